// A0008: a function in a VPC calls an AWS service (by its role's grants, or by a parameter or
// secret it refers to) and the reachability engine finds a hop that stops the call.
#include <fmt/format.h>

#include "lint/function_calls.h"
#include "lint/lambda_functions.h"
#include "lint/reachability.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class ServicePathRule final : public Rule {
 public:
  ServicePathRule()
      : Rule({"A0008", Severity::Error,
              "A function calls an AWS service that it has no network path to", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<const Resource*> functions = lambdaFunctions(context);
    if (functions.empty()) return;
    const FunctionCalls calls(context);
    const Reachability reachability(context);
    for (const Resource* function : functions) {
      const NetworkSource source = functionSource(context, *function);
      if (source.subnets.resources.empty()) continue;  // outside a VPC: AWS's own network
      for (const AwsService* service : calls.servicesOf(*function)) {
        const PathVerdict verdict = reachability.toService(source, *service);
        if (!verdict.isBlocked()) continue;
        const Value* config = function->property("VpcConfig");
        findings.add(config ? config->position() : function->keyPosition,
                     fmt::format("{} -> {} (HTTPS): blocked by {}; the call would time out",
                                 source.name, service->name, verdict.hop));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeServicePathRule() { return std::make_unique<ServicePathRule>(); }

}  // namespace vpcsynth::lint
