// T0015: a key in a resource that is not a resource attribute CloudFormation knows.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lint/rule.h"
#include "model/function.h"
#include "text/suggest.h"

namespace vpcsynth::lint {
namespace {

// `Version` is a legacy attribute that custom resources may still carry.
constexpr std::array<std::string_view, 10> kAttributes = {
    "Type",           "Properties",   "DependsOn",           "Condition",      "Metadata",
    "DeletionPolicy", "UpdatePolicy", "UpdateReplacePolicy", "CreationPolicy", "Version"};

class ResourceAttributeRule final : public Rule {
 public:
  ResourceAttributeRule()
      : Rule({"T0015", Severity::Error, "An unknown key in a resource", "E3001"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<std::string_view> candidates(kAttributes.begin(), kAttributes.end());
    for (const Resource& resource : context.resources()) {
      if (!resource.body->isMapping() || isForEachKey(resource.name)) continue;
      for (const MappingEntry& entry : resource.body->mapping()) {
        if (std::find(kAttributes.begin(), kAttributes.end(), std::string_view(entry.key)) !=
            kAttributes.end()) {
          continue;
        }
        // SAM and custom transforms read extra keys of their own.
        if (context.hasTransform()) continue;
        findings.add(entry.keyPosition, fmt::format("'{}' is not a resource attribute{}", entry.key,
                                                    didYouMean(entry.key, candidates)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeResourceAttributeRule() {
  return std::make_unique<ResourceAttributeRule>();
}

}  // namespace vpcsynth::lint
