// D0003: A property value of the wrong type, per the built-in CloudFormation resource data.
#include "lint/resource_data_check.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class WrongTypeRule final : public Rule {
 public:
  WrongTypeRule()
      : Rule({"D0003", Severity::Error, "A property value of the wrong type", "E3012"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (DataIssue& issue : checkResourceData(context)) {
      if (issue.problem == DataProblem::WrongType)
        findings.add(issue.position, std::move(issue.message));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeWrongTypeRule() { return std::make_unique<WrongTypeRule>(); }

}  // namespace vpcsynth::lint
