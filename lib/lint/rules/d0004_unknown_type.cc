// D0004: a resource type the built-in resource data does not know, so its properties are not
// validated.
#include <fmt/format.h>

#include "lint/rule.h"
#include "spec/resource_spec.h"

namespace vpcsynth::lint {
namespace {

bool validatedElsewhere(std::string_view type) {
  return type.starts_with("Custom::") || type == "AWS::CloudFormation::CustomResource" ||
         type.ends_with("::MODULE") || type.starts_with("AWS::Serverless::");
}

class UnknownTypeRule final : public Rule {
 public:
  UnknownTypeRule()
      : Rule({"D0004", Severity::Informational,
              "A resource type the built-in resource data does not know (not validated)", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource& resource : context.resources()) {
      if (resource.type.empty() || validatedElsewhere(resource.type) ||
          findResourceType(resource.type)) {
        continue;
      }
      const Value* type = resource.body->find("Type");
      findings.add(type ? type->position() : resource.keyPosition,
                   fmt::format("resource type '{}' is not in the resource data ({}); its "
                               "properties are not validated",
                               resource.type, resourceSpecDescription()));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeUnknownTypeRule() { return std::make_unique<UnknownTypeRule>(); }

}  // namespace vpcsynth::lint
