// S0003: a security group rule without a Description.
#include "lint/rule.h"
#include "lint/security_groups.h"

namespace vpcsynth::lint {
namespace {

class RuleDescriptionRule final : public Rule {
 public:
  RuleDescriptionRule()
      : Rule({"S0003", Severity::Warning, "A security group rule without a Description", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const SecurityGroupRule& rule : securityGroupRules(context)) {
      const Value* description = rule.rule->find("Description");
      if (description && !(description->isScalar() && description->text().empty())) continue;
      findings.add(rule.rule->position(),
                   rule.direction == Direction::Ingress
                       ? "ingress rule without a Description: say who needs this access and why"
                       : "egress rule without a Description: say what this traffic is for");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRuleDescriptionRule() { return std::make_unique<RuleDescriptionRule>(); }

}  // namespace vpcsynth::lint
