#pragma once

#include <cstddef>
#include <string_view>

namespace vpcsynth {

/// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
/// forms, surrogates and code points above U+10FFFF included), or npos when `text` is valid.
std::size_t findInvalidUtf8(std::string_view text);

}  // namespace vpcsynth
