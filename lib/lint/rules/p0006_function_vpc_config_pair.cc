// P0006: a Lambda function's VpcConfig with subnets and no security groups, or the reverse.
#include <fmt/format.h>

#include "lint/lambda_functions.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// How many IDs a VpcConfig list holds: 0 when absent, nullopt when computed.
std::optional<std::size_t> listSize(const Value* value) {
  if (!value) return 0;
  if (!value->isSequence()) return std::nullopt;
  return value->sequence().size();
}

class FunctionVpcConfigPairRule final : public Rule {
 public:
  FunctionVpcConfigPairRule()
      : Rule({"P0006", Severity::Error,
              "A Lambda function's VpcConfig with subnets but no security groups, or the reverse",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* function : lambdaFunctions(context)) {
      const Value* config = function->property("VpcConfig");
      if (!config || !config->isMapping()) continue;
      auto subnets = listSize(config->find("SubnetIds"));
      auto groups = listSize(config->find("SecurityGroupIds"));
      if (!subnets || !groups || (*subnets == 0) == (*groups == 0)) continue;
      const bool missingGroups = *groups == 0;
      findings.add(config->position(),
                   fmt::format("function '{}' lists {} but no {}; Lambda refuses it: "
                               "\"SubnetIds and SecurityIds must coexist or be both empty list\"",
                               function->name, missingGroups ? "SubnetIds" : "SecurityGroupIds",
                               missingGroups ? "SecurityGroupIds" : "SubnetIds"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeFunctionVpcConfigPairRule() {
  return std::make_unique<FunctionVpcConfigPairRule>();
}

}  // namespace vpcsynth::lint
