// S0007: a Redshift master password written in the template, or as a parameter default.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

bool isDynamicReference(std::string_view text) { return text.starts_with("{{resolve:"); }

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
      const Value* parameter = referencedParameter(context, *password);
      if (!parameter) continue;
      const std::string_view name = password->functionCall().argument->text();
      const Value* fallback = parameter->find("Default");
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
