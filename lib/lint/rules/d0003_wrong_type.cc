// D0003: A property value of the wrong type, per the built-in CloudFormation resource data.
#include "lint/data_problem_rule.h"

namespace vpcsynth::lint {

std::unique_ptr<Rule> makeWrongTypeRule() {
  return std::make_unique<DataProblemRule>(
      RuleInfo{"D0003", Severity::Error, "A property value of the wrong type", "E3012"},
      DataProblem::WrongType);
}

}  // namespace vpcsynth::lint
