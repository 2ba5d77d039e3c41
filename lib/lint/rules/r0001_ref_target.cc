// R0001: a Ref names no parameter, resource or pseudo parameter.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_names.h"

namespace vpcsynth::lint {
namespace {

class RefTargetRule final : public Rule {
 public:
  RefTargetRule()
      : Rule({"R0001", Severity::Error, "Ref names a parameter or resource that does not exist",
              "E1020,E1012"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.hasTransform()) return;
    std::vector<std::string_view> candidates;
    for (const Reference& reference : context.references()) {
      if (reference.kind != ReferenceKind::Ref) continue;
      if (isPseudoParameter(reference.target) || context.resource(reference.target) ||
          context.isModuleOutput(reference.target) ||
          declares(context, "Parameters", reference.target)) {
        continue;
      }
      if (candidates.empty()) {
        candidates = sectionNames(context, "Parameters");
        for (std::string_view name : resourceNames(context)) candidates.push_back(name);
      }
      findings.add(reference.position,
                   fmt::format("Ref to {}, which is neither a parameter nor a resource",
                               quotedWithHint(reference.target, candidates)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRefTargetRule() { return std::make_unique<RefTargetRule>(); }

}  // namespace vpcsynth::lint
