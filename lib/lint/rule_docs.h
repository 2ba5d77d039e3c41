#pragma once

#include <span>
#include <string_view>

namespace vpcsynth::lint {

/// One rule's documentation page, `docs/rules/<id>.md`, as compiled into the binary.
struct RuleDocPage {
  std::string_view id;
  std::string_view markdown;
};

/// Every page of docs/rules/, sorted by rule ID (generated at build time by
/// cmake/embed_text_files.cmake).
std::span<const RuleDocPage> ruleDocPages();

/// The page of rule `id`; empty when the rule has none.
std::string_view ruleDocPage(std::string_view id);

}  // namespace vpcsynth::lint
