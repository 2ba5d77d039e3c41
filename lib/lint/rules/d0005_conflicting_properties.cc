// D0005: properties that AWS refuses to take together.
#include "lint/data_problem_rule.h"

namespace vpcsynth::lint {

std::unique_ptr<Rule> makeConflictingPropertiesRule() {
  return std::make_unique<DataProblemRule>(
      RuleInfo{"D0005", Severity::Error, "Properties that AWS refuses together", "E3020"},
      DataProblem::Conflicting);
}

}  // namespace vpcsynth::lint
