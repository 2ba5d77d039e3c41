// P0018: a Standard-tier Parameter Store value longer than 4096 characters.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"
#include "text/code_points.h"

namespace vpcsynth::lint {
namespace {

constexpr std::size_t kStandardLimit = 4096;

class ParameterValueSizeRule final : public Rule {
 public:
  ParameterValueSizeRule()
      : Rule({"P0018", Severity::Error,
              "A Standard-tier Parameter Store value longer than 4096 characters", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* parameter : context.resourcesOfType("AWS::SSM::Parameter")) {
      // Without a Tier the account's default tier decides, which the template does not show.
      auto tier = literalText(parameter->property("Tier"));
      const Value* value = parameter->property("Value");
      auto text = literalText(value);
      if (!tier || *tier != "Standard" || !text) continue;
      std::size_t count = codePoints(*text);
      if (count <= kStandardLimit) continue;
      findings.add(value->position(),
                   fmt::format("the value of parameter '{}' has {} characters; \"Standard tier "
                               "parameters support a maximum parameter value of 4096 "
                               "characters\": use Tier: Advanced or store it elsewhere",
                               parameter->name, count));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeParameterValueSizeRule() {
  return std::make_unique<ParameterValueSizeRule>();
}

}  // namespace vpcsynth::lint
