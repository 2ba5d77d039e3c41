// R0002: a Fn::GetAtt names a resource that does not exist.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_names.h"

namespace vpcsynth::lint {
namespace {

class GetAttTargetRule final : public Rule {
 public:
  GetAttTargetRule()
      : Rule({"R0002", Severity::Error, "Fn::GetAtt names a resource that does not exist",
              "E1010"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.hasTransform()) return;
    std::vector<std::string_view> candidates;
    for (const Reference& reference : context.references()) {
      if (reference.kind != ReferenceKind::GetAtt || context.resource(reference.target) ||
          context.isModuleOutput(reference.target)) {
        continue;
      }
      if (candidates.empty()) candidates = resourceNames(context);
      std::string_view kind = declares(context, "Parameters", reference.target)
                                  ? "a parameter, not a resource"
                                  : "not a resource";
      findings.add(
          reference.position,
          fmt::format("Fn::GetAtt of {}: {}", quotedWithHint(reference.target, candidates), kind));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeGetAttTargetRule() { return std::make_unique<GetAttTargetRule>(); }

}  // namespace vpcsynth::lint
