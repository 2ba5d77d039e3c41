#include "lint/rule_filter.h"

#include <algorithm>

namespace vpcsynth::lint {
namespace {

// Length of the longest prefix in `prefixes` that `id` starts with; -1 when none does.
long longestMatch(const std::vector<std::string>& prefixes, std::string_view id) {
  long longest = -1;
  for (const std::string& prefix : prefixes) {
    if (id.starts_with(prefix)) longest = std::max(longest, static_cast<long>(prefix.size()));
  }
  return longest;
}

void appendPrefixes(std::vector<std::string>& to, const std::vector<std::string>& prefixes) {
  for (const std::string& prefix : prefixes) {
    if (!prefix.empty()) to.push_back(prefix);
  }
}

}  // namespace

void RuleFilter::ignore(const std::vector<std::string>& prefixes) {
  appendPrefixes(ignored_, prefixes);
}

void RuleFilter::include(const std::vector<std::string>& prefixes) {
  appendPrefixes(included_, prefixes);
}

bool RuleFilter::enabled(std::string_view id) const {
  const long ignoredBy = longestMatch(ignored_, id);
  const long includedBy = longestMatch(included_, id);
  if (includedBy < 0 && ignoredBy < 0) return included_.empty();
  return includedBy > ignoredBy;
}

}  // namespace vpcsynth::lint
