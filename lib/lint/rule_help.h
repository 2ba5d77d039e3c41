#pragma once

#include <string>
#include <string_view>

namespace vpcsynth::lint {

// What the CI reports say about a rule, drawn from its documentation page (docs/rules/ID.md) so
// that the page stays the one place the rule is explained.

/// The first paragraph of the page's "## Why" section, on one line; empty when there is none.
std::string ruleRationale(std::string_view page);

/// The page without its title line, for a report that shows the title separately. Relative
/// links are made absolute against `pageUrl`, the address of the page itself, because the
/// report is read far from the repository.
std::string ruleHelpMarkdown(std::string_view page, std::string_view pageUrl);

/// `target`, a link written in the page at `pageUrl`, as an absolute address.
std::string resolveLink(std::string_view target, std::string_view pageUrl);

}  // namespace vpcsynth::lint
