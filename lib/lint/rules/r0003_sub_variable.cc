// R0003: a ${Variable} of a Fn::Sub names nothing the template or the Sub itself declares.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_names.h"

namespace vpcsynth::lint {
namespace {

class SubVariableRule final : public Rule {
 public:
  SubVariableRule()
      : Rule({"R0003", Severity::Error,
              "Fn::Sub variable names no parameter, resource or attribute", "E1019"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.hasTransform()) return;
    std::vector<std::string_view> candidates;
    for (const Reference& reference : context.references()) {
      if (reference.kind != ReferenceKind::SubVariable) continue;
      const bool isAttribute = !reference.attribute.empty();
      if (context.resource(reference.target) || context.isModuleOutput(reference.target)) continue;
      if (!isAttribute && (isPseudoParameter(reference.target) ||
                           declares(context, "Parameters", reference.target))) {
        continue;
      }
      if (candidates.empty()) {
        candidates = sectionNames(context, "Parameters");
        for (std::string_view name : resourceNames(context)) candidates.push_back(name);
      }
      findings.add(
          reference.position,
          fmt::format("Fn::Sub variable ${{{}{}{}}}: {} is {}", reference.target,
                      isAttribute ? "." : "", reference.attribute,
                      quotedWithHint(reference.target, candidates),
                      isAttribute ? "not a resource" : "neither a parameter nor a resource"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSubVariableRule() { return std::make_unique<SubVariableRule>(); }

}  // namespace vpcsynth::lint
