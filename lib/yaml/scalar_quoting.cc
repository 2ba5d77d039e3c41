#include "yaml/scalar_quoting.h"

#include <fmt/format.h>

namespace vpcsynth {
namespace {

// U+FEFF, the byte order mark: readers drop it at the start of a stream, so it is always escaped.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isControl(unsigned char c) { return c < 0x20 || c == 0x7F; }

bool isIndicator(char c) {
  switch (c) {
    case '-':
    case '?':
    case ':':
    case ',':
    case '[':
    case ']':
    case '{':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case '\'':
    case '"':
    case '%':
    case '@':
    case '`': return true;
    default: return false;
  }
}

// '?' is not a flow indicator in YAML, but yaml-cpp 0.7 takes it for one inside `[...]`.
bool isFlowIndicator(char c) {
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '?';
}

void appendEscaped(std::string& out, unsigned char c) {
  switch (c) {
    case '\n': out += "\\n"; break;
    case '\t': out += "\\t"; break;
    case '\r': out += "\\r"; break;
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    default:
      if (isControl(c)) {
        out += fmt::format("\\u{:04x}", c);
      } else {
        out += static_cast<char>(c);
      }
  }
}

}  // namespace

bool isPlainSyntaxSafe(std::string_view text, ScalarContext context) {
  if (text.empty() || text.find(kByteOrderMark) != std::string_view::npos) return false;
  const char first = text.front();
  const char last = text.back();
  if (first == ' ' || first == '\t' || last == ' ' || last == '\t' || last == ':') return false;
  if (isIndicator(first)) {
    // `-`, `?` and `:` may start a plain scalar when a non-space follows (`-1`, `-foo`).
    const bool mayStart = (first == '-' || first == '?' || first == ':') && text.size() > 1 &&
                          text[1] != ' ' &&
                          !(context == ScalarContext::Flow && isFlowIndicator(text[1]));
    if (!mayStart) return false;
  }
  if (text.starts_with("---") || text.starts_with("...")) return false;
  char previous = '\0';
  for (char c : text) {
    if (isControl(static_cast<unsigned char>(c))) return false;
    if (c == '#' && previous == ' ') return false;
    if (previous == ':' && (c == ' ' || (context == ScalarContext::Flow && isFlowIndicator(c)))) {
      return false;
    }
    if (context == ScalarContext::Flow && isFlowIndicator(c)) return false;
    previous = c;
  }
  return true;
}

bool suitsLiteralBlock(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return false;
  if (text.find(kByteOrderMark) != std::string_view::npos) return false;
  if (text.front() == ' ' || text.front() == '\n' || text.front() == '\t') return false;
  for (char c : text) {
    if (c != '\n' && c != '\t' && isControl(static_cast<unsigned char>(c))) return false;
  }
  // A line of only spaces would be taken for indentation; trailing spaces after the last line
  // break would be lost.
  std::size_t lineStart = 0;
  while (lineStart <= text.size()) {
    std::size_t lineEnd = text.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    std::string_view line = text.substr(lineStart, lineEnd - lineStart);
    if (!line.empty() && line.find_first_not_of(" \t") == std::string_view::npos) return false;
    lineStart = lineEnd + 1;
  }
  return true;
}

std::string quoteYaml(std::string_view text) {
  bool needsEscapes = text.find(kByteOrderMark) != std::string_view::npos;
  for (char c : text) needsEscapes = needsEscapes || isControl(static_cast<unsigned char>(c));
  std::string out;
  out.reserve(text.size() + 2);
  if (!needsEscapes) {
    out += '\'';
    for (char c : text) {
      out += c;
      if (c == '\'') out += '\'';
    }
    out += '\'';
    return out;
  }
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, kByteOrderMark.size(), kByteOrderMark) == 0) {
      out += "\\uFEFF";
      i += kByteOrderMark.size() - 1;
    } else {
      appendEscaped(out, static_cast<unsigned char>(text[i]));
    }
  }
  out += '"';
  return out;
}

void appendJsonString(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\\' ||
        isControl(static_cast<unsigned char>(c))) {
      appendEscaped(out, static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  out += '"';
}

}  // namespace vpcsynth
