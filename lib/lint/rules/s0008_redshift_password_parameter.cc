// S0008: a Redshift master password passed as a parameter that the console and API show.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

class PlainPasswordParameterRule final : public Rule {
 public:
  PlainPasswordParameterRule()
      : Rule({"S0008", Severity::Error,
              "A Redshift master password from a parameter without NoEcho", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
      const Value* password = cluster->property("MasterUserPassword");
      if (!password) continue;
      const Value* parameter = referencedParameter(context, *password);
      if (!parameter) continue;
      const std::string_view name = password->functionCall().argument->text();
      if (isLiteralTrue(parameter->find("NoEcho"))) continue;
      findings.add(password->position(),
                   fmt::format("parameter '{}' carries the master password of Redshift cluster "
                               "'{}' without NoEcho: true, so the console and API show it; better, "
                               "use ManageMasterPassword or a Secrets Manager dynamic reference",
                               name, cluster->name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makePlainPasswordParameterRule() {
  return std::make_unique<PlainPasswordParameterRule>();
}

}  // namespace vpcsynth::lint
