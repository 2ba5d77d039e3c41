// R0008: a parameter that nothing references.
#include <fmt/format.h>

#include <unordered_set>

#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class UnusedParameterRule final : public Rule {
 public:
  UnusedParameterRule()
      : Rule({"R0008", Severity::Warning, "A parameter that nothing references", "W2001"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const Mapping* parameters = context.section("Parameters");
    if (!parameters || context.hasTransform()) return;
    std::unordered_set<std::string_view> used;
    for (const Reference& reference : context.references()) {
      if (reference.kind == ReferenceKind::Ref ||
          (reference.kind == ReferenceKind::SubVariable && reference.attribute.empty())) {
        used.insert(reference.target);
      }
    }
    for (const MappingEntry& parameter : *parameters) {
      if (used.count(parameter.key)) continue;
      findings.add(parameter.keyPosition,
                   fmt::format("parameter '{}' is declared but never referenced", parameter.key));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeUnusedParameterRule() { return std::make_unique<UnusedParameterRule>(); }

}  // namespace vpcsynth::lint
