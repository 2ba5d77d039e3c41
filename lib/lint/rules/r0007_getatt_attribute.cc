// R0007: a Fn::GetAtt attribute that the resource's type does not have.
#include <fmt/format.h>

#include "lint/rule.h"
#include "spec/resource_spec.h"
#include "text/suggest.h"

namespace vpcsynth::lint {
namespace {

class GetAttAttributeRule final : public Rule {
 public:
  GetAttAttributeRule()
      : Rule({"R0007", Severity::Error,
              "Fn::GetAtt of an attribute the resource type does not have", "E1010"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.hasTransform()) return;
    for (const Reference& reference : context.references()) {
      if ((reference.kind != ReferenceKind::GetAtt &&
           reference.kind != ReferenceKind::SubVariable) ||
          reference.attribute.empty()) {
        continue;
      }
      const Resource* target = context.resource(reference.target);
      if (!target) continue;
      // A custom resource returns whatever attributes its function sends back.
      if (target->type.starts_with("Custom::") ||
          target->type == "AWS::CloudFormation::CustomResource") {
        continue;
      }
      const ResourceTypeSpec* spec = findResourceType(target->type);
      // Nested stacks expose `Outputs.Name` for each output of the child template.
      if (!spec || spec->hasAttribute(reference.attribute) ||
          (target->type == "AWS::CloudFormation::Stack" &&
           reference.attribute.starts_with("Outputs."))) {
        continue;
      }
      findings.add(
          reference.position,
          fmt::format("{} '{}' has no attribute '{}'{}", target->type, target->name,
                      reference.attribute, didYouMean(reference.attribute, spec->attributes)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeGetAttAttributeRule() { return std::make_unique<GetAttAttributeRule>(); }

}  // namespace vpcsynth::lint
