// S0001: ingress from anywhere to a database or remote administration port.
#include <fmt/format.h>

#include <string>

#include "lint/rule.h"
#include "lint/security_groups.h"

namespace vpcsynth::lint {
namespace {

class OpenDatabasePortRule final : public Rule {
 public:
  OpenDatabasePortRule()
      : Rule({"S0001", Severity::Error,
              "Ingress from 0.0.0.0/0 or ::/0 to a database or administration port", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const SecurityGroupRule& rule : securityGroupRules(context)) {
      if (rule.direction != Direction::Ingress || !opensToWorld(*rule.rule)) continue;
      std::optional<PortRange> range = portRangeOf(*rule.rule);
      if (!range) continue;
      const SensitivePort* sensitive = firstSensitivePort(*range);
      if (!sensitive) continue;
      const std::string port =
          fmt::format("{} port {} ({})", portProtocol(*range), sensitive->port, sensitive->service);
      const bool onlyThatPort = !range->allTraffic && range->from == range->to;
      findings.add(rule.rule->position(),
                   onlyThatPort
                       ? fmt::format("this rule admits {} from the whole internet; admit only the "
                                     "security group or the address range that needs it",
                                     port)
                       : fmt::format("this rule admits {} from the whole internet, which includes "
                                     "{}; admit only the security group or the address range "
                                     "that needs it",
                                     describeRange(*range), port));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeOpenDatabasePortRule() {
  return std::make_unique<OpenDatabasePortRule>();
}

}  // namespace vpcsynth::lint
