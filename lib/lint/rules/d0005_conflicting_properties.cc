// D0005: properties that AWS refuses to take together.
#include "lint/resource_data_check.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class ConflictingPropertiesRule final : public Rule {
 public:
  ConflictingPropertiesRule()
      : Rule({"D0005", Severity::Error, "Properties that AWS refuses together", "E3020"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (DataIssue& issue : checkResourceData(context)) {
      if (issue.problem == DataProblem::Conflicting)
        findings.add(issue.position, std::move(issue.message));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeConflictingPropertiesRule() {
  return std::make_unique<ConflictingPropertiesRule>();
}

}  // namespace vpcsynth::lint
