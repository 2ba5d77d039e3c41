#pragma once

#include <string>
#include <vector>

#include "lint/lint_context.h"

namespace vpcsynth::lint {

enum class DataProblem : unsigned char {
  UnknownProperty,
  MissingRequired,
  WrongType,
  Conflicting,  // properties that AWS refuses together
};

/// One disagreement between a resource's properties and the official resource data.
struct DataIssue {
  DataProblem problem;
  Position position;
  std::string message;
};

/// Checks every resource whose type the built-in resource data knows: property names, required
/// properties and value types, nested property types included, and the requirements between
/// properties that the data cannot express (facts/property_requirements.cc). Values that are
/// functions are not judged (their result is known only at deploy time).
std::vector<DataIssue> checkResourceData(const LintContext& context);

}  // namespace vpcsynth::lint
