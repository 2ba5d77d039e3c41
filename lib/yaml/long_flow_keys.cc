#include "yaml/long_flow_keys.h"

#include <algorithm>

namespace vpcsynth {
namespace {

// Longest key span, in bytes from the opening quote to the colon, left implicit. Below 1,024 so
// that counting characters rather than bytes cannot matter.
constexpr std::size_t kMaxImplicitKeySpan = 1000;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::size_t skipSpaceAndComments(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    if (isSpace(text[i])) {
      ++i;
    } else if (text[i] == '#' && (i == 0 || isSpace(text[i - 1]))) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else {
      break;
    }
  }
  return i;
}

// Offsets of the opening quotes of the keys that need `? `.
std::vector<std::size_t> longKeyOffsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  i = skipSpaceAndComments(text, i);
  if (i >= text.size() || (text[i] != '{' && text[i] != '[')) return offsets;
  // The last character outside quotes, comments and spaces: a quote may open a scalar only
  // where a node may start.
  char previous = '\0';
  while (i < text.size()) {
    const char c = text[i];
    const bool nodeMayStart =
        previous == '{' || previous == '[' || previous == ',' || previous == ':';
    if ((c == '"' || c == '\'') && nodeMayStart) {
      const std::size_t end = endOfQuotedScalar(text, i);
      if (end == std::string_view::npos) break;
      const std::size_t after = skipSpaceAndComments(text, end);
      const bool isKey = after < text.size() && text[after] == ':' && previous != ':';
      const bool oneLine = text.substr(i, end - i).find('\n') == std::string_view::npos;
      if (isKey && oneLine && after - i > kMaxImplicitKeySpan) offsets.push_back(i);
      previous = c;
      i = end;
      continue;
    }
    if (isSpace(c) || (c == '#' && i > 0 && isSpace(text[i - 1]))) {
      i = skipSpaceAndComments(text, i);
      continue;
    }
    previous = c;
    ++i;
  }
  return offsets;
}

}  // namespace

std::size_t endOfQuotedScalar(std::string_view text, std::size_t open) {
  const char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return i + 1;
      }
    }
  }
  return std::string_view::npos;
}

std::string explicitLongFlowKeys(std::string_view text, std::vector<InsertedIndicator>& inserted) {
  const std::vector<std::size_t> offsets = longKeyOffsets(text);
  if (offsets.empty()) return {};
  std::string rewritten;
  rewritten.reserve(text.size() + 2 * offsets.size());
  std::uint32_t line = 0;
  std::size_t lineStart = 0;
  std::uint32_t insertedOnLine = 0;
  std::size_t copied = 0;
  for (std::size_t offset : offsets) {
    for (std::size_t i = copied; i < offset; ++i) {
      if (text[i] == '\n') {
        ++line;
        lineStart = i + 1;
        insertedOnLine = 0;
      }
    }
    rewritten.append(text.substr(copied, offset - copied));
    rewritten += "? ";
    copied = offset;
    inserted.push_back(InsertedIndicator{
        line, static_cast<std::uint32_t>(offset - lineStart + 2 * insertedOnLine)});
    ++insertedOnLine;
  }
  rewritten.append(text.substr(copied));
  return rewritten;
}

std::uint32_t originalColumn(const std::vector<InsertedIndicator>& inserted, std::uint32_t line,
                             std::uint32_t column) {
  std::uint32_t shift = 0;
  for (const InsertedIndicator& indicator : inserted) {
    if (indicator.line != line || column < indicator.column) continue;
    // A mark on the inserted `? ` itself moves to the key that follows.
    shift += std::min<std::uint32_t>(2, column - indicator.column);
  }
  return column - shift;
}

}  // namespace vpcsynth
