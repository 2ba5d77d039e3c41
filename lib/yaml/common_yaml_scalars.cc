#include "yaml/common_yaml_scalars.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace vpcsynth::common_yaml {
namespace {

constexpr std::string_view kFlowIndicators = ",[]{}";

bool isFlowIndicator(char c) {
  return c != '\0' && kFlowIndicators.find(c) != std::string_view::npos;
}

// The bytes at which a plain scalar may stop or leave the subset; every other byte is content.
constexpr std::array<bool, 256> stopBytes(bool inFlow) {
  std::array<bool, 256> stops{};
  for (char c : {'\n', ':', '#', '\t'}) stops[static_cast<unsigned char>(c)] = true;
  if (inFlow) {
    for (char c : {',', '[', ']', '{', '}', '?'}) stops[static_cast<unsigned char>(c)] = true;
  }
  return stops;
}
constexpr std::array<bool, 256> kBlockStops = stopBytes(false);
constexpr std::array<bool, 256> kFlowStops = stopBytes(true);

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void appendUtf8(std::string& out, unsigned codePoint) {
  if (codePoint < 0x80) {
    out += static_cast<char>(codePoint);
  } else if (codePoint < 0x800) {
    out += static_cast<char>(0xC0 | (codePoint >> 6));
    out += static_cast<char>(0x80 | (codePoint & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (codePoint >> 12));
    out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (codePoint & 0x3F));
  }
}

// The escapes JSON knows, which is what templates use; yaml-cpp's rarer ones leave the subset.
// Returns the offset after the escape.
std::size_t appendEscape(std::string_view text, std::size_t backslash, std::string& out) {
  const char escape = backslash + 1 < text.size() ? text[backslash + 1] : '\0';
  switch (escape) {
    case '"': out += '"'; break;
    case '\\': out += '\\'; break;
    case '/': out += '/'; break;
    case 'n': out += '\n'; break;
    case 't': out += '\t'; break;
    case 'r': out += '\r'; break;
    case 'b': out += '\b'; break;
    case 'f': out += '\f'; break;
    case 'u': {
      unsigned codePoint = 0;
      for (std::size_t i = backslash + 2; i < backslash + 6; ++i) {
        const int digit = i < text.size() ? hexValue(text[i]) : -1;
        if (digit < 0) leaveSubset();
        codePoint = codePoint * 16 + static_cast<unsigned>(digit);
      }
      // A surrogate (half of a JSON pair) is no character of its own; yaml-cpp refuses it.
      if (codePoint >= 0xD800 && codePoint <= 0xDFFF) leaveSubset();
      appendUtf8(out, codePoint);
      return backslash + 6;
    }
    default: leaveSubset();
  }
  return backslash + 2;
}

std::string readDoubleQuoted(std::string_view text, std::size_t open, std::size_t& next) {
  std::string value;
  std::size_t i = open + 1;
  for (;;) {
    const std::size_t special = text.find_first_of("\"\\\n", i);
    if (special == std::string_view::npos || text[special] == '\n') leaveSubset();
    value.append(text, i, special - i);
    if (text[special] == '"') {
      next = special + 1;
      return value;
    }
    i = appendEscape(text, special, value);
  }
}

std::string readSingleQuoted(std::string_view text, std::size_t open, std::size_t& next) {
  std::string value;
  std::size_t i = open + 1;
  for (;;) {
    const std::size_t special = text.find_first_of("'\n", i);
    if (special == std::string_view::npos || text[special] == '\n') leaveSubset();
    value.append(text, i, special - i);
    if (special + 1 < text.size() && text[special + 1] == '\'') {
      value += '\'';
      i = special + 2;
      continue;
    }
    next = special + 1;
    return value;
  }
}

// yaml-cpp's chomping, applied to the scalar with every line break kept.
enum class Chomping { Clip, Strip, Keep };

void chomp(std::string& value, Chomping chomping) {
  if (chomping == Chomping::Keep) return;
  const std::size_t last = value.find_last_not_of('\n');
  if (last == std::string::npos) {
    value.clear();
  } else if (chomping == Chomping::Strip) {
    value.erase(last + 1);
  } else if (last + 1 < value.size()) {
    value.erase(last + 2);
  }
}

}  // namespace

bool plainCanStart(const Cursor& cursor, bool inFlow) {
  const char c = cursor.peek();
  switch (c) {
    case '-':
    case '?':
    case ':': {
      const char next = cursor.peek(1);
      if (cursor.blankOrEndAt(1) || next == '\t') return false;
      return !inFlow || (c != '?' && !isFlowIndicator(next));
    }
    case '\0':
    case ' ':
    case '\t':
    case '\n': return false;
    default: return std::strchr(",[]{}#&*!|>'\"%@`", c) == nullptr;
  }
}

PlainExtent scanPlain(const Cursor& cursor, bool inFlow) {
  const std::array<bool, 256>& stops = inFlow ? kFlowStops : kBlockStops;
  const std::string_view text = cursor.text();
  const std::size_t start = cursor.offset();
  std::size_t i = start;
  PlainStop reason = PlainStop::LineBreak;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (!stops[static_cast<unsigned char>(c)]) continue;
    if (c == '\n') break;
    if (c == '\t' || c == '?') leaveSubset();
    if (c == ':') {
      const char next = i + 1 < text.size() ? text[i + 1] : '\0';
      if (next == ' ' || next == '\n' || next == '\0' ||
          (inFlow && isFlowIndicator(next) && next != '[' && next != '{')) {
        reason = PlainStop::Colon;
        break;
      }
      if (next == '\t') leaveSubset();
      continue;
    }
    if (c == '#') {
      if (text[i - 1] != ' ') continue;
      reason = PlainStop::Comment;
      break;
    }
    reason = PlainStop::FlowIndicator;
    break;
  }
  std::size_t end = i;
  while (end > start && text[end - 1] == ' ') --end;
  return PlainExtent{end, i, reason};
}

bool isNullString(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

std::size_t closingOfQuotedOnLine(std::string_view text, std::size_t open) {
  const char quote = text[open];
  const std::string_view specials = quote == '"' ? std::string_view("\"\\\n") : "'\n";
  std::size_t i = open + 1;
  for (;;) {
    const std::size_t special = text.find_first_of(specials, i);
    if (special == std::string_view::npos || text[special] == '\n') return std::string_view::npos;
    if (text[special] == '\\') {
      i = special + 2;
    } else if (quote == '\'' && special + 1 < text.size() && text[special + 1] == '\'') {
      i = special + 2;
    } else {
      return special + 1;
    }
  }
}

std::string readQuoted(Cursor& cursor) {
  std::size_t next = 0;
  std::string value = cursor.peek() == '"' ? readDoubleQuoted(cursor.text(), cursor.offset(), next)
                                           : readSingleQuoted(cursor.text(), cursor.offset(), next);
  cursor.advanceTo(next);
  return value;
}

std::string readBlockScalar(Cursor& cursor, int parentIndent) {
  const bool folded = cursor.peek() == '>';
  cursor.advance();
  Chomping chomping = Chomping::Clip;
  if (cursor.peek() == '-' || cursor.peek() == '+') {
    chomping = cursor.peek() == '-' ? Chomping::Strip : Chomping::Keep;
    cursor.advance();
  }
  // An explicit indentation indicator, or anything else on the line, leaves the subset.
  if (!cursor.restOfLineIsEmpty() || cursor.atEnd()) leaveSubset();
  // yaml-cpp folds some trailing and more indented lines its own way: the subset folds only
  // lines of one indentation, and keeps no trailing breaks of a folded scalar.
  if (folded && chomping == Chomping::Keep) leaveSubset();
  cursor.nextLine();

  const std::string_view text = cursor.text();
  std::string value;
  int indent = -1;             // of the content, from its first non-empty line
  std::size_t emptyLines = 0;  // since the last content line, for folding
  int widestLeadingBlank = 0;  // yaml-cpp refuses leading blank lines wider than the content
  while (!cursor.atEnd()) {
    const std::size_t start = cursor.offset();
    const std::size_t lineEnd = text.find('\n', start);
    if (lineEnd == std::string_view::npos) leaveSubset();  // a last line without a line break
    std::size_t spaces = 0;
    while (text[start + spaces] == ' ') ++spaces;
    const int column = static_cast<int>(spaces);
    const bool blank = start + spaces == lineEnd;
    if (blank && (indent < 0 || column <= indent)) {
      if (folded && indent < 0) leaveSubset();
      if (indent < 0) widestLeadingBlank = std::max(widestLeadingBlank, column);
      ++emptyLines;
      if (!folded) value += '\n';
    } else {
      if (indent < 0) {
        if (column <= parentIndent || column < widestLeadingBlank ||
            text[start + spaces] == '\t') {
          leaveSubset();
        }
        indent = column;
      }
      if (column < indent) break;
      const std::string_view line = text.substr(start + static_cast<std::size_t>(indent),
                                                lineEnd - start - static_cast<std::size_t>(indent));
      if (folded) {
        if (column > indent || blank || line.front() == '\t') leaveSubset();
        // Lines fold into one, joined by a space; n empty lines between two stand for n breaks.
        if (!value.empty())
          value.append(std::max<std::size_t>(emptyLines, 1), emptyLines > 0 ? '\n' : ' ');
        value += line;
      } else {
        value += line;
        value += '\n';
      }
      emptyLines = 0;
    }
    cursor.advanceTo(lineEnd);
    cursor.nextLine();
  }
  if (indent < 0) leaveSubset();  // an empty scalar
  if (folded) value += '\n';
  chomp(value, chomping);
  return value;
}

std::string readTag(Cursor& cursor) {
  const std::string_view text = cursor.text();
  const std::size_t start = cursor.offset();
  std::size_t end = start + 1;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                               (text[end] != '\0' && std::strchr(":_.-", text[end]) != nullptr))) {
    ++end;
  }
  // `!` alone, `!!str`, `!<verbatim>` and tags with other characters leave the subset.
  if (end == start + 1) leaveSubset();
  cursor.advanceTo(end);
  if (!cursor.blankOrEndAt(0)) leaveSubset();
  return std::string(text.substr(start, end - start));
}

}  // namespace vpcsynth::common_yaml
