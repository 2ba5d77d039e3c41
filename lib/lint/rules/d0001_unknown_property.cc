// D0001: A property the resource type does not have, per the built-in CloudFormation resource data.
#include "lint/resource_data_check.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class UnknownPropertyRule final : public Rule {
 public:
  UnknownPropertyRule()
      : Rule({"D0001", Severity::Warning, "A property the resource type does not have", "E3002"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (DataIssue& issue : checkResourceData(context)) {
      if (issue.problem == DataProblem::UnknownProperty)
        findings.add(issue.position, std::move(issue.message));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeUnknownPropertyRule() { return std::make_unique<UnknownPropertyRule>(); }

}  // namespace vpcsynth::lint
