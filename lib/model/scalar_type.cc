#include "model/scalar_type.h"

#include <array>
#include <cctype>

namespace vpcsynth {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool anyOf(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text == word) return true;
  }
  return false;
}

// Characters that can make up a YAML number or timestamp in any base and notation.
bool isNumberLikeCharacter(char c) {
  if (isDigit(c)) return true;
  switch (std::tolower(static_cast<unsigned char>(c))) {
    case 'a':
    case 'b':
    case 'c':
    case 'd':
    case 'e':
    case 'f':
    case 'o':
    case 'x':
    case 't':
    case 'z':
    case '_':
    case '.':
    case ':':
    case '+':
    case '-':
    case ' ': return true;
    default: return false;
  }
}

}  // namespace

std::optional<bool> plainBoolean(std::string_view text) {
  if (anyOf(text, {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"})) return true;
  if (anyOf(text, {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"})) {
    return false;
  }
  return std::nullopt;
}

bool isPlainNull(std::string_view text) { return anyOf(text, {"", "~", "null", "Null", "NULL"}); }

bool isJsonNumber(std::string_view text) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t start = i;
    while (i < text.size() && isDigit(text[i])) ++i;
    return i > start;
  };
  if (i < text.size() && text[i] == '-') ++i;
  if (i < text.size() && text[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == text.size();
}

bool resolvesAsNonString(std::string_view text) {
  if (isPlainNull(text) || plainBoolean(text)) return true;
  if (anyOf(text, {"y", "Y", "n", "N", "<<", "=", ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF",
                   "+.inf", "+.Inf", "+.INF", ".nan", ".NaN", ".NAN"})) {
    return true;
  }
  // Numbers in every YAML notation (1e3, 0x1F, 0o17, 010, 1_000, 1:30, .5) and timestamps
  // (2010-09-09, 2001-12-14 21:59:43.10 -5) all start with a digit, a sign or a dot and use
  // only these characters; quoting a few more strings than needed is harmless.
  const char first = text.front();
  if (!isDigit(first) && first != '-' && first != '+' && first != '.') return false;
  bool hasDigit = false;
  for (char c : text) {
    if (!isNumberLikeCharacter(c)) return false;
    hasDigit = hasDigit || isDigit(c);
  }
  return hasDigit;
}

}  // namespace vpcsynth
