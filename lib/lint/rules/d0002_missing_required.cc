// D0002: A required property is missing, per the resource data or facts/property_requirements.cc.
#include "lint/data_problem_rule.h"

namespace vpcsynth::lint {

std::unique_ptr<Rule> makeMissingRequiredRule() {
  return std::make_unique<DataProblemRule>(
      RuleInfo{"D0002", Severity::Warning, "A required property is missing", "E3003"},
      DataProblem::MissingRequired);
}

}  // namespace vpcsynth::lint
