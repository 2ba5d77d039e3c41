#include "lint/registry.h"

#include <algorithm>

#include "yaml/reader.h"

namespace vpcsynth::lint {

#define VPCSYNTH_LINT_RULE(factory) std::unique_ptr<Rule> factory();
#include "lint/rules/rule_list.inc"
#undef VPCSYNTH_LINT_RULE

namespace {

std::vector<std::unique_ptr<Rule>> makeRules() {
  std::vector<std::unique_ptr<Rule>> rules;
#define VPCSYNTH_LINT_RULE(factory) rules.push_back(factory());
#include "lint/rules/rule_list.inc"
#undef VPCSYNTH_LINT_RULE
  std::sort(rules.begin(), rules.end(),
            [](const auto& a, const auto& b) { return a->info().id < b->info().id; });
  return rules;
}

}  // namespace

const std::vector<std::unique_ptr<Rule>>& registeredRules() {
  static const std::vector<std::unique_ptr<Rule>> rules = makeRules();
  return rules;
}

const std::vector<RuleInfo>& readerRules() {
  using namespace reader_rule;
  static const std::vector<RuleInfo> rules = {
      {kSyntax, Severity::Error, "The template is not valid YAML or JSON", "E0000"},
      {kDuplicateKey, Severity::Error, "A mapping has the same key twice", "E0000"},
      {kAnchorOrAlias, Severity::Error, "YAML anchors and aliases are not accepted", ""},
      {kTooDeep, Severity::Error, "The template nests deeper than the reader accepts", ""},
      {kInvalidText, Severity::Error, "The template is not valid UTF-8 text", "E0000"},
      {kManyDocuments, Severity::Error, "The file holds more than one YAML document", "E0000"},
      {kNotATemplate, Severity::Error, "The file is not a CloudFormation template", "E1001"},
      {kTooLarge, Severity::Error, "The file is larger than the reader accepts", ""},
      {kUnsupportedTag, Severity::Error, "A YAML tag that CloudFormation does not know", "E0000"},
      {kUnreadable, Severity::Error, "The file could not be read", ""},
  };
  return rules;
}

const RuleInfo* findRuleInfo(std::string_view id) {
  for (const RuleInfo& info : readerRules()) {
    if (info.id == id) return &info;
  }
  const auto& rules = registeredRules();
  auto found = std::lower_bound(
      rules.begin(), rules.end(), id,
      [](const auto& rule, std::string_view wanted) { return rule->info().id < wanted; });
  return found != rules.end() && (*found)->info().id == id ? &(*found)->info() : nullptr;
}

}  // namespace vpcsynth::lint
