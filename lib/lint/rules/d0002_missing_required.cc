// D0002: A required property is missing, per the built-in CloudFormation resource data.
#include "lint/resource_data_check.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class MissingRequiredRule final : public Rule {
 public:
  MissingRequiredRule()
      : Rule({"D0002", Severity::Warning, "A required property is missing", "E3003"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (DataIssue& issue : checkResourceData(context)) {
      if (issue.problem == DataProblem::MissingRequired)
        findings.add(issue.position, std::move(issue.message));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeMissingRequiredRule() { return std::make_unique<MissingRequiredRule>(); }

}  // namespace vpcsynth::lint
