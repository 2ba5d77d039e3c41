// R0010: a mapping that no Fn::FindInMap reads.
#include <fmt/format.h>

#include <unordered_set>

#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class UnusedMappingRule final : public Rule {
 public:
  UnusedMappingRule()
      : Rule({"R0010", Severity::Warning, "A mapping that no Fn::FindInMap reads", "W7001"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const Mapping* mappings = context.section("Mappings");
    if (!mappings || context.hasTransform() || context.hasDynamicMappingUse()) return;
    std::unordered_set<std::string_view> used;
    for (const Reference& reference : context.references()) {
      if (reference.kind == ReferenceKind::FindInMap) used.insert(reference.target);
    }
    for (const MappingEntry& mapping : *mappings) {
      if (used.count(mapping.key)) continue;
      findings.add(mapping.keyPosition,
                   fmt::format("mapping '{}' is declared but never read", mapping.key));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeUnusedMappingRule() { return std::make_unique<UnusedMappingRule>(); }

}  // namespace vpcsynth::lint
