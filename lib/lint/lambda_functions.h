#pragma once

#include <vector>

#include "lint/lint_context.h"

namespace vpcsynth::lint {

/// The Lambda functions of a template: `AWS::Lambda::Function` and SAM's
/// `AWS::Serverless::Function`.
std::vector<const Resource*> lambdaFunctions(const LintContext& context);

/// The `Environment: Variables` mapping of a function, or null.
const Mapping* environmentVariables(const Resource& function);

}  // namespace vpcsynth::lint
