// S0004: an egress rule that allows every protocol to anywhere.
#include "lint/rule.h"
#include "lint/security_groups.h"

namespace vpcsynth::lint {
namespace {

class AllowAllEgressRule final : public Rule {
 public:
  AllowAllEgressRule()
      : Rule({"S0004", Severity::Warning, "Egress of all traffic to 0.0.0.0/0 or ::/0", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const SecurityGroupRule& rule : securityGroupRules(context)) {
      if (rule.direction != Direction::Egress || !opensToWorld(*rule.rule)) continue;
      std::optional<PortRange> range = portRangeOf(*rule.rule);
      if (!range || !range->allTraffic) continue;
      findings.add(rule.rule->position(),
                   "egress of all traffic to anywhere: allow only the ports and destinations "
                   "the workload needs (for example TCP 443 for AWS APIs)");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeAllowAllEgressRule() { return std::make_unique<AllowAllEgressRule>(); }

}  // namespace vpcsynth::lint
