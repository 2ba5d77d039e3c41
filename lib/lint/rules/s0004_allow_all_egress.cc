// S0004: an egress rule that allows every protocol to anywhere, written or EC2's default.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/security_groups.h"

namespace vpcsynth::lint {
namespace {

class AllowAllEgressRule final : public Rule {
 public:
  AllowAllEgressRule()
      : Rule({"S0004", Severity::Warning, "Egress of all traffic to 0.0.0.0/0 or ::/0", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<SecurityGroupRule> rules = securityGroupRules(context);
    for (const SecurityGroupRule& rule : rules) {
      if (rule.direction != Direction::Egress || !opensToWorld(*rule.rule)) continue;
      std::optional<PortRange> range = portRangeOf(*rule.rule);
      if (!range || !range->allTraffic) continue;
      findings.add(rule.rule->position(),
                   "egress of all traffic to anywhere: allow only the ports and destinations "
                   "the workload needs (for example TCP 443 for AWS APIs)");
    }
    // The same rule when EC2 adds it: a group created without egress rules gets it.
    for (const Resource* group : groupsWithDefaultEgress(context, rules)) {
      findings.add(group->keyPosition,
                   fmt::format("security group '{}' declares no egress rule, so EC2 gives it one "
                               "that allows all traffic to 0.0.0.0/0: declare only the egress the "
                               "workload needs",
                               group->name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeAllowAllEgressRule() { return std::make_unique<AllowAllEgressRule>(); }

}  // namespace vpcsynth::lint
