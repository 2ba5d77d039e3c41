#pragma once

#include <cstddef>
#include <string_view>

namespace vpcsynth {

/// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
/// forms, surrogates and code points above U+10FFFF included), or npos when `text` is valid.
std::size_t findInvalidUtf8(std::string_view text);

/// Byte offset of the first control character YAML and JSON do not allow unescaped (all of C0
/// but tab, line feed and carriage return, and DEL), or npos. A NUL would also make yaml-cpp guess
/// UTF-16 or UTF-32 and read something else than the bytes say.
std::size_t findForbiddenControl(std::string_view text);

}  // namespace vpcsynth
