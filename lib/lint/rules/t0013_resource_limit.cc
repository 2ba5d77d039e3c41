// T0013: more resources than CloudFormation accepts in one stack.
#include <fmt/format.h>

#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

constexpr std::size_t kMaxResources = 500;

class ResourceLimitRule final : public Rule {
 public:
  ResourceLimitRule()
      : Rule({"T0013", Severity::Error, "More than 500 resources in one template", "E3010"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const auto& resources = context.resources();
    if (resources.size() <= kMaxResources) return;
    findings.add(resources[kMaxResources].keyPosition,
                 fmt::format("the template declares {} resources; a stack holds at most {} (this "
                             "is resource {})",
                             resources.size(), kMaxResources, kMaxResources + 1));
  }
};

}  // namespace

std::unique_ptr<Rule> makeResourceLimitRule() { return std::make_unique<ResourceLimitRule>(); }

}  // namespace vpcsynth::lint
