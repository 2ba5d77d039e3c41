// S0011: an IAM policy that allows every action.
#include <fmt/format.h>

#include "lint/iam_policies.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class WildcardActionRule final : public Rule {
 public:
  WildcardActionRule()
      : Rule({"S0011", Severity::Error, "An IAM policy that allows Action \"*\"", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const PolicyStatement& statement : allowStatements(context)) {
      for (const Value* action : statement.actions) {
        if (action->text() != "*" && action->text() != "*:*") continue;
        findings.add(action->position(),
                     fmt::format("a policy of '{}' allows every action of every service; list the "
                                 "actions the workload calls",
                                 statement.owner->name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeWildcardActionRule() { return std::make_unique<WildcardActionRule>(); }

}  // namespace vpcsynth::lint
