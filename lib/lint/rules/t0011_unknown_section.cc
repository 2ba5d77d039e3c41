// T0011: a top-level key that is not a CloudFormation template section.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lint/rule.h"
#include "text/suggest.h"

namespace vpcsynth::lint {
namespace {

constexpr std::array<std::string_view, 10> kSections = {"AWSTemplateFormatVersion",
                                                        "Description",
                                                        "Metadata",
                                                        "Parameters",
                                                        "Rules",
                                                        "Mappings",
                                                        "Conditions",
                                                        "Transform",
                                                        "Resources",
                                                        "Outputs"};

class UnknownSectionRule final : public Rule {
 public:
  UnknownSectionRule()
      : Rule({"T0011", Severity::Error, "A top-level key that is not a template section",
              "E1001"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<std::string_view> candidates(kSections.begin(), kSections.end());
    for (const MappingEntry& entry : context.root().mapping()) {
      // `Globals` belongs to the SAM transform, which removes it before CloudFormation reads it.
      if (entry.key == "Hooks" || (entry.key == "Globals" && context.hasTransform()) ||
          std::find(kSections.begin(), kSections.end(), std::string_view(entry.key)) !=
              kSections.end()) {
        continue;
      }
      findings.add(entry.keyPosition, fmt::format("'{}' is not a template section{}", entry.key,
                                                  didYouMean(entry.key, candidates)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeUnknownSectionRule() { return std::make_unique<UnknownSectionRule>(); }

}  // namespace vpcsynth::lint
