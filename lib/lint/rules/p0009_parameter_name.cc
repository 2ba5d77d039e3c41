// P0009: a Systems Manager parameter name that Parameter Store refuses: a character outside
// its set, or a path without its leading slash.
#include <fmt/format.h>

#include <algorithm>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// Parameter Store names use letters, digits, `.`, `-`, `_`, and `/` between the levels of a path.
bool allowedCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_' || c == '/';
}

class ParameterNameRule final : public Rule {
 public:
  ParameterNameRule()
      : Rule({"P0009", Severity::Error,
              "A Parameter Store name with a refused character or a path without a leading slash",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* parameter : context.resourcesOfType("AWS::SSM::Parameter")) {
      const Value* name = parameter->property("Name");
      auto text = literalText(name);
      if (!text || text->empty()) continue;
      if (auto bad = std::find_if_not(text->begin(), text->end(), allowedCharacter);
          bad != text->end()) {
        findings.add(name->position(),
                     fmt::format("parameter name '{}' contains '{}'; Parameter Store accepts only "
                                 "letters, digits, '.', '-', '_' and '/' between path levels",
                                 *text, *bad));
      } else if (!text->starts_with('/') && text->find('/') != std::string_view::npos) {
        findings.add(name->position(),
                     fmt::format("parameter name '{}' is a path without its leading '/'; "
                                 "Parameter Store refuses it: \"Parameter name must be a fully "
                                 "qualified name\"",
                                 *text));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeParameterNameRule() { return std::make_unique<ParameterNameRule>(); }

}  // namespace vpcsynth::lint
