// R0006: a Fn::FindInMap names a mapping that the Mappings section does not declare.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_names.h"

namespace vpcsynth::lint {
namespace {

class MappingTargetRule final : public Rule {
 public:
  MappingTargetRule()
      : Rule({"R0006", Severity::Error, "Fn::FindInMap names a mapping that does not exist",
              "E1011"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.hasTransform()) return;
    std::vector<std::string_view> candidates;
    for (const Reference& reference : context.references()) {
      if (reference.kind != ReferenceKind::FindInMap ||
          declares(context, "Mappings", reference.target)) {
        continue;
      }
      if (candidates.empty()) candidates = sectionNames(context, "Mappings");
      findings.add(reference.position,
                   fmt::format("Fn::FindInMap of {}, which is not declared in Mappings",
                               quotedWithHint(reference.target, candidates)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeMappingTargetRule() { return std::make_unique<MappingTargetRule>(); }

}  // namespace vpcsynth::lint
