// R0009: a condition that no resource, output, Fn::If or other condition uses.
#include <fmt/format.h>

#include <unordered_set>

#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class UnusedConditionRule final : public Rule {
 public:
  UnusedConditionRule()
      : Rule({"R0009", Severity::Warning, "A condition that nothing uses", "W8001"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const Mapping* conditions = context.section("Conditions");
    if (!conditions || context.hasTransform()) return;
    std::unordered_set<std::string_view> used;
    for (const Reference& reference : context.references()) {
      if (reference.kind == ReferenceKind::Condition) used.insert(reference.target);
    }
    for (const MappingEntry& condition : *conditions) {
      if (used.count(condition.key)) continue;
      findings.add(condition.keyPosition,
                   fmt::format("condition '{}' is declared but never used", condition.key));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeUnusedConditionRule() { return std::make_unique<UnusedConditionRule>(); }

}  // namespace vpcsynth::lint
