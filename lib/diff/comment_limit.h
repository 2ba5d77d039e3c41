#pragma once

#include <cstddef>
#include <string>

namespace vpcsynth {

/// GitHub refuses issue and pull-request comments longer than this many characters.
inline constexpr std::size_t kCommentCharacterLimit = 65536;

/// `report` unchanged when it has at most `limit` characters (code points); otherwise cut at the
/// end of a line, with any open ``` fence closed and a note of how much was left out, so that the
/// result has at most `limit` characters and still renders. A ```mermaid block is never cut: if
/// the cut would fall inside one, the whole block is left out (half a diagram does not render).
std::string fitComment(std::string report, std::size_t limit = kCommentCharacterLimit);

}  // namespace vpcsynth
