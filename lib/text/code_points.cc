#include "text/code_points.h"

namespace vpcsynth {

std::size_t codePoints(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += isContinuationByte(c) ? 0 : 1;
  return count;
}

std::string_view prefixOfBytes(std::string_view text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return text;
  std::size_t end = maxBytes;
  while (end > 0 && isContinuationByte(text[end])) --end;
  return text.substr(0, end);
}

std::string_view prefixOfCodePoints(std::string_view text, std::size_t maxCharacters) {
  std::size_t kept = 0;
  std::size_t end = 0;
  while (end < text.size() && kept < maxCharacters) {
    ++end;
    while (end < text.size() && isContinuationByte(text[end])) ++end;
    ++kept;
  }
  return text.substr(0, end);
}

}  // namespace vpcsynth
