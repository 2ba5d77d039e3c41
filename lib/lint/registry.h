#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace vpcsynth::lint {

/// Every rule that runs over a parsed template, sorted by ID. To add a rule, write one file in
/// `lib/lint/rules/` defining its factory and add one line to `lib/lint/rules/rule_list.inc`.
const std::vector<std::unique_ptr<Rule>>& registeredRules();

/// The reader's checks (`T0001`..`T0010`), which become findings like any rule's.
const std::vector<RuleInfo>& readerRules();

/// The rule with `id`, reader rules included; null when there is none.
const RuleInfo* findRuleInfo(std::string_view id);

}  // namespace vpcsynth::lint
