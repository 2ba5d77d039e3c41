#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vpcsynth {

/// The contents of a file, or why it could not be read.
struct FileContents {
  std::string text;
  std::optional<std::string> error;
};

/// Reads `path` whole, or standard input when `path` is "-". Stops with an error past `maxBytes`
/// instead of reading an unbounded stream into memory.
FileContents readInput(const std::string& path, std::size_t maxBytes);

/// Writes `contents` to a temporary file beside `path`, then renames it over `path`, so a reader
/// sees the old file or the new one, never a part. Keeps the mode of an existing file. Returns
/// the error, if any; on error `path` is untouched.
std::optional<std::string> writeFileAtomically(const std::string& path, std::string_view contents);

}  // namespace vpcsynth
