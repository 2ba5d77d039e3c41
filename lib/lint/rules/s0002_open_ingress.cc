// S0002: ingress from anywhere to ports other than the web ports and those S0001 reports.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/security_groups.h"

namespace vpcsynth::lint {

namespace {

bool onlyWebPorts(const PortRange& range) {
  return !range.allTraffic && range.protocol == "tcp" &&
         ((range.from == 80 && range.to == 80) || (range.from == 443 && range.to == 443));
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
                   fmt::format("{} is open to the whole internet",
                               range ? describeRange(*range) : std::string("this rule")));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeOpenIngressRule() { return std::make_unique<OpenIngressRule>(); }

}  // namespace vpcsynth::lint
