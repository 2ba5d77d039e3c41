// V0006: a Lambda function on a runtime that AWS has deprecated by the as-of date.
#include <fmt/format.h>

#include "facts/lambda_runtimes.h"
#include "lint/lambda_functions.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class DeprecatedRuntimeRule final : public Rule {
 public:
  DeprecatedRuntimeRule()
      : Rule({"V0006", Severity::Warning, "A Lambda runtime deprecated by the as-of date",
              "W2531,E2531,E2533"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::string_view asOf = context.settings().judgedOn();
    for (const Resource* function : lambdaFunctions(context)) {
      const Value* runtime = function->property("Runtime");
      if (!runtime || !runtime->isScalar()) continue;
      const facts::LambdaRuntime* entry = facts::findLambdaRuntime(runtime->text());
      if (!entry || !entry->deprecatedOn(asOf)) continue;
      findings.add(runtime->position(),
                   fmt::format("runtime '{}' of function '{}' was deprecated on {} (judged as of "
                               "{}); it no longer gets security patches: move to a supported "
                               "version",
                               runtime->text(), function->name, entry->deprecated, asOf));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeDeprecatedRuntimeRule() {
  return std::make_unique<DeprecatedRuntimeRule>();
}

}  // namespace vpcsynth::lint
