#pragma once

#include <cstddef>
#include <string_view>

namespace vpcsynth {

// Counting and cutting UTF-8 text by characters (code points), for the limits people and tools
// state in characters: GitHub's comment size, Parameter Store's value size, a label's width.
// The text is taken as valid UTF-8 (the YAML reader checks it).

/// True for a byte that continues a UTF-8 sequence rather than starting a character.
constexpr bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The number of characters (code points) in `text`.
std::size_t codePoints(std::string_view text);

/// The longest start of `text` with at most `maxBytes` bytes that ends on a character boundary.
std::string_view prefixOfBytes(std::string_view text, std::size_t maxBytes);

/// The longest start of `text` with at most `maxCharacters` characters.
std::string_view prefixOfCodePoints(std::string_view text, std::size_t maxCharacters);

}  // namespace vpcsynth
