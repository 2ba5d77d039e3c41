// S0007: a Redshift master password written in the template, or as a parameter default.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

bool isDynamicReference(std::string_view text) { return text.starts_with("{{resolve:"); }

// The parameter a password value refers to, or null.
const Value* referencedParameter(const LintContext& context, const Value& password,
                                 std::string_view& name) {
  if (!password.isFunction(Function::Ref)) return nullptr;
  name = password.functionCall().argument->text();
  const Mapping* parameters = context.section("Parameters");
  return parameters ? parameters->find(name) : nullptr;
}

class HardCodedPasswordRule final : public Rule {
 public:
  HardCodedPasswordRule()
      : Rule({"S0007", Severity::Error, "A Redshift master password written in the template", ""}) {
  }

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
      const Value* password = cluster->property("MasterUserPassword");
      if (!password) continue;
      if (password->isScalar() && !isDynamicReference(password->text())) {
        findings.add(password->position(),
                     fmt::format("the master password of Redshift cluster '{}' is written in the "
                                 "template; use ManageMasterPassword, or a dynamic reference to "
                                 "Secrets Manager",
                                 cluster->name));
        continue;
      }
      std::string_view name;
      const Value* parameter = referencedParameter(context, *password, name);
      const Value* fallback = parameter ? parameter->find("Default") : nullptr;
      if (fallback && fallback->isScalar() && !fallback->text().empty()) {
        findings.add(fallback->position(),
                     fmt::format("parameter '{}' gives the master password of Redshift cluster "
                                 "'{}' a default written in the template",
                                 name, cluster->name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeHardCodedPasswordRule() {
  return std::make_unique<HardCodedPasswordRule>();
}

}  // namespace vpcsynth::lint
