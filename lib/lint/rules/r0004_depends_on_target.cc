// R0004: a DependsOn entry names a resource that does not exist.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_names.h"

namespace vpcsynth::lint {
namespace {

class DependsOnTargetRule final : public Rule {
 public:
  DependsOnTargetRule()
      : Rule({"R0004", Severity::Error, "DependsOn names a resource that does not exist",
              "E3005"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.hasTransform()) return;
    std::vector<std::string_view> candidates;
    for (const Reference& reference : context.references()) {
      if (reference.kind != ReferenceKind::DependsOn || context.resource(reference.target) ||
          context.isModuleOutput(reference.target)) {
        continue;
      }
      if (candidates.empty()) candidates = resourceNames(context);
      findings.add(reference.position, fmt::format("DependsOn {}, which is not a resource",
                                                   quotedWithHint(reference.target, candidates)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeDependsOnTargetRule() { return std::make_unique<DependsOnTargetRule>(); }

}  // namespace vpcsynth::lint
