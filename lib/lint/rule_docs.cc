#include "lint/rule_docs.h"

#include <algorithm>

namespace vpcsynth::lint {

std::string_view ruleDocPage(std::string_view id) {
  const std::span<const RuleDocPage> pages = ruleDocPages();
  const auto found = std::lower_bound(
      pages.begin(), pages.end(), id,
      [](const RuleDocPage& page, std::string_view wanted) { return page.id < wanted; });
  return found != pages.end() && found->id == id ? found->markdown : std::string_view();
}

}  // namespace vpcsynth::lint
