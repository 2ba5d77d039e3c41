// R0005: a Condition attribute, Fn::If or Condition function names an undeclared condition.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_names.h"

namespace vpcsynth::lint {
namespace {

class ConditionTargetRule final : public Rule {
 public:
  ConditionTargetRule()
      : Rule({"R0005", Severity::Error,
              "A condition name that the Conditions section does not declare", "E8002"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.hasTransform()) return;
    std::vector<std::string_view> candidates;
    for (const Reference& reference : context.references()) {
      if (reference.kind != ReferenceKind::Condition ||
          declares(context, "Conditions", reference.target)) {
        continue;
      }
      if (candidates.empty()) candidates = sectionNames(context, "Conditions");
      findings.add(reference.position, fmt::format("condition {} is not declared in Conditions",
                                                   quotedWithHint(reference.target, candidates)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeConditionTargetRule() { return std::make_unique<ConditionTargetRule>(); }

}  // namespace vpcsynth::lint
