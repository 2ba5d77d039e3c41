#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vpcsynth {

/// Where an explicit-key indicator `? ` was inserted: the 0-based line and column of the `?` in
/// the text after insertion, as yaml-cpp's marks count them.
struct InsertedIndicator {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// yaml-cpp 0.7 refuses an implicit key longer than 1,024 characters, as YAML says, but JSON has
/// no such limit. For a document in flow style (one that starts with `{` or `[`, as JSON does),
/// returns the text with `? ` before each quoted key that long, which makes it an explicit key of
/// the same value, and records each insertion in `inserted`. Returns an empty string, and
/// records nothing, when no key needs it.
std::string explicitLongFlowKeys(std::string_view text, std::vector<InsertedIndicator>& inserted);

/// Offset just past the quoted scalar (`"..."` with backslash escapes, or `'...'` with `''`) that
/// opens at `open`, or npos when it is not closed before the end of `text`.
std::size_t endOfQuotedScalar(std::string_view text, std::size_t open);

/// Moves a 0-based column on `line` of the rewritten text back to the original text.
std::uint32_t originalColumn(const std::vector<InsertedIndicator>& inserted, std::uint32_t line,
                             std::uint32_t column);

}  // namespace vpcsynth
