// S0011: an IAM policy that allows every action.
#include <fmt/format.h>

#include "iam/policy_sources.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class WildcardActionRule final : public Rule {
 public:
  WildcardActionRule()
      : Rule({"S0011", Severity::Error, "An IAM policy that allows Action \"*\"", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const iam::Policy& policy : iam::templatePolicies(context.root())) {
      if (policy.kind != iam::PolicyKind::Identity) continue;
      for (const iam::Statement& statement : policy.statements) {
        if (statement.effect != iam::Effect::Allow || statement.actions.negated) continue;
        for (const iam::Element& action : statement.actions.elements) {
          if (action.text != "*" && action.text != "*:*") continue;
          findings.add(action.value->position(),
                       fmt::format("a policy of '{}' allows every action of every service; list "
                                   "the actions the workload calls",
                                   policy.owner));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeWildcardActionRule() { return std::make_unique<WildcardActionRule>(); }

}  // namespace vpcsynth::lint
