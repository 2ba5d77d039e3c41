// T0012: a resource that is not a mapping with a string Type.
#include <fmt/format.h>

#include "lint/rule.h"
#include "model/function.h"

namespace vpcsynth::lint {
namespace {

class ResourceTypeRule final : public Rule {
 public:
  ResourceTypeRule() : Rule({"T0012", Severity::Error, "A resource without a Type", "E3001"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource& resource : context.resources()) {
      if (isForEachKey(resource.name)) continue;
      if (!resource.body->isMapping()) {
        findings.add(resource.keyPosition,
                     fmt::format("resource '{}' is {}, not a mapping with a Type", resource.name,
                                 describeKind(*resource.body)));
        continue;
      }
      const Value* type = resource.body->find("Type");
      if (!type) {
        findings.add(resource.keyPosition, fmt::format("resource '{}' has no Type", resource.name));
      } else if (!type->isScalar() || type->text().empty()) {
        findings.add(
            type->position(),
            fmt::format("the Type of resource '{}' must be a non-empty string", resource.name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeResourceTypeRule() { return std::make_unique<ResourceTypeRule>(); }

}  // namespace vpcsynth::lint
