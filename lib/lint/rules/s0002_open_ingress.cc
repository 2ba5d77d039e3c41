// S0002: ingress from anywhere to ports other than the web ports and those S0001 reports.
#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "lint/rule.h"
#include "lint/security_groups.h"
#include "text/ascii.h"

namespace vpcsynth::lint {

namespace {

bool onlyWebPorts(const PortRange& range) {
  return range.protocol == "tcp" &&
         ((range.from == 80 && range.to == 80) || (range.from == 443 && range.to == 443));
}

// What a rule whose ports are not literals admits, as far as the template says.
std::string describeUnresolved(const Value& rule) {
  const Value* protocol = rule.find("IpProtocol");
  if (!protocol || !protocol->isScalar()) return "traffic";
  PortRange range;
  range.protocol = asciiLowercase(protocol->text());
  if (range.protocol != "tcp" && range.protocol != "udp") return "traffic";
  return fmt::format("{} traffic on ports computed at deploy time", portProtocol(range));
}

class OpenIngressRule final : public Rule {
 public:
  OpenIngressRule() : Rule({"S0002", Severity::Warning, "Ingress from 0.0.0.0/0 or ::/0", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const SecurityGroupRule& rule : securityGroupRules(context)) {
      if (rule.direction != Direction::Ingress || !opensToWorld(*rule.rule)) continue;
      std::optional<PortRange> range = portRangeOf(*rule.rule);
      if (range && (onlyWebPorts(*range) || firstSensitivePort(*range))) continue;
      findings.add(rule.rule->position(),
                   fmt::format("this rule admits {} from the whole internet; admit only the "
                               "callers' security group or address range",
                               range ? describeRange(*range) : describeUnresolved(*rule.rule)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeOpenIngressRule() { return std::make_unique<OpenIngressRule>(); }

}  // namespace vpcsynth::lint
