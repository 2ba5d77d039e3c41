// D0001: A property the resource type does not have, per the resource data.
#include "lint/data_problem_rule.h"

namespace vpcsynth::lint {

std::unique_ptr<Rule> makeUnknownPropertyRule() {
  return std::make_unique<DataProblemRule>(
      RuleInfo{"D0001", Severity::Warning, "A property the resource type does not have", "E3002"},
      DataProblem::UnknownProperty);
}

}  // namespace vpcsynth::lint
