#include "lint/lambda_functions.h"

namespace vpcsynth::lint {

std::vector<const Resource*> lambdaFunctions(const LintContext& context) {
  std::vector<const Resource*> functions;
  for (const Resource& resource : context.resources()) {
    if (resource.type == "AWS::Lambda::Function" || resource.type == "AWS::Serverless::Function") {
      functions.push_back(&resource);
    }
  }
  return functions;
}

const Mapping* environmentVariables(const Resource& function) {
  const Value* environment = function.property("Environment");
  const Value* variables = environment ? environment->find("Variables") : nullptr;
  return variables && variables->isMapping() ? &variables->mapping() : nullptr;
}

}  // namespace vpcsynth::lint
