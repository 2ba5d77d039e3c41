#include "yaml/common_yaml.h"

#include <yaml-cpp/emitterstyle.h>

#include <algorithm>
#include <string>

#include "yaml/common_yaml_cursor.h"
#include "yaml/common_yaml_scalars.h"

namespace vpcsynth {
namespace {

using common_yaml::Cursor;
using common_yaml::leaveSubset;
using common_yaml::PlainStop;

// yaml-cpp gives up on an implicit key longer than this (the reader then marks long JSON keys
// explicit for it, see long_flow_keys.h); the subset stays well inside it.
constexpr std::size_t kLongestKey = 1000;
// Deeper nesting is left to yaml-cpp and the document builder, which report it.
constexpr int kDeepestNesting = 200;

const std::string kPlainTag = "?";
const std::string kQuotedTag = "!";

// A text holding a byte that yaml-cpp might read differently from the subset: NUL (the cursor's
// end), carriage returns and the Unicode line breaks (U+0085, U+2028, U+2029), and byte order
// marks past the start.
bool holdsUnusualBytes(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0xC2) continue;
    if (byte == '\n' || byte == '\t') continue;
    if (byte < 0x20) return true;
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte == 0xC2 && next == 0x85) return true;
    if (byte == 0xE2 && next == 0x80 && i + 2 < text.size() &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xA8) {
      return true;
    }
    if (byte == 0xEF && next == 0xBB) return true;
  }
  return false;
}

class Parser {
 public:
  Parser(std::string_view text, YAML::EventHandler& handler) : cursor_(text), handler_(handler) {}

  void parseDocument() {
    cursor_.skipToContent();
    const YAML::Mark documentMark = cursor_.mark();
    if (cursor_.column() == 0 && cursor_.atDocumentMarker()) {
      if (cursor_.peek() == '.') leaveSubset();
      cursor_.advance(3);
      if (!cursor_.restOfLineIsEmpty()) leaveSubset();
      cursor_.nextLine();
      cursor_.skipToContent();
    }
    if (cursor_.atEnd() || cursor_.peek() == '%' || cursor_.atDocumentMarker()) leaveSubset();
    cursor_.enterDocument();
    handler_.OnDocumentStart(documentMark);
    const YAML::Mark mark = cursor_.mark();
    if (cursor_.peek() == '{' || cursor_.peek() == '[') {
      parseFlowCollection(mark, {});
      finishLine();
    } else if (startsSequenceEntry()) {
      parseBlockSequence(cursor_.column(), mark, {}, false);
    } else if (startsKey(false)) {
      parseBlockMapping(cursor_.column(), mark, {});
    } else {
      leaveSubset();
    }
    // A second document, a document end marker or stray text are yaml-cpp's to read.
    if (!cursor_.atEnd()) leaveSubset();
    handler_.OnDocumentEnd();
  }

 private:
  // ---- block collections -------------------------------------------------------------------

  void parseBlockMapping(int indent, const YAML::Mark& mark, const std::string& tag) {
    Nesting nesting(*this);
    handler_.OnMapStart(mark, tag.empty() ? kPlainTag : tag, YAML::NullAnchor,
                        YAML::EmitterStyle::Block);
    for (;;) {
      parseKey(false);
      parseEntryValue(indent, false);
      if (cursor_.atEnd() || cursor_.column() < indent) break;
      if (cursor_.column() > indent || !startsKey(false)) leaveSubset();
    }
    handler_.OnMapEnd();
  }

  // `indentless`: a sequence at its mapping key's own indentation, which ends at the next key.
  void parseBlockSequence(int indent, const YAML::Mark& mark, const std::string& tag,
                          bool indentless) {
    Nesting nesting(*this);
    handler_.OnSequenceStart(mark, tag.empty() ? kPlainTag : tag, YAML::NullAnchor,
                             YAML::EmitterStyle::Block);
    for (;;) {
      cursor_.advance();  // '-'
      parseEntryValue(indent, true);
      if (cursor_.atEnd() || cursor_.column() < indent) break;
      if (cursor_.column() > indent) leaveSubset();
      if (!startsSequenceEntry()) {
        if (indentless) break;
        leaveSubset();
      }
    }
    handler_.OnSequenceEnd();
  }

  // The value after a mapping key's ':' or a sequence entry's '-' of a collection indented by
  // `indent`. The cursor ends on the next line with content, or at the end.
  void parseEntryValue(int indent, bool inSequence) {
    if (cursor_.restOfLineIsEmpty()) {
      nextContentLine();
      // An empty value (null) is yaml-cpp's to mark.
      if (cursor_.atEnd()) leaveSubset();
      const int column = cursor_.column();
      if (column > indent) {
        parseInlineNode(indent, true);
      } else if (!inSequence && column == indent && startsSequenceEntry()) {
        parseBlockSequence(indent, cursor_.mark(), {}, true);
      } else {
        leaveSubset();
      }
      return;
    }
    parseInlineNode(indent, inSequence);
  }

  void parseCollectionOnOwnLine(int column, const YAML::Mark& mark, const std::string& tag) {
    if (startsSequenceEntry()) {
      parseBlockSequence(column, mark, tag, false);
    } else if (startsKey(false)) {
      parseBlockMapping(column, mark, tag);
    } else {
      leaveSubset();  // a scalar or flow collection on its own line
    }
  }

  // A node starting at the cursor, after "key: " or "- " or first on its line. In the last two
  // places a key may start (`keyMayStart`): the node may open a collection (`- Key: value`,
  // `- - item`).
  void parseInlineNode(int indent, bool keyMayStart) {
    const YAML::Mark mark = cursor_.mark();
    if (keyMayStart) {
      if (startsSequenceEntry()) return parseBlockSequence(cursor_.column(), mark, {}, false);
      if (startsKey(false)) return parseBlockMapping(cursor_.column(), mark, {});
    }
    std::string tag;
    if (cursor_.peek() == '!') {
      tag = common_yaml::readTag(cursor_);
      if (cursor_.restOfLineIsEmpty()) {  // the tagged collection follows on its own lines
        nextContentLine();
        if (cursor_.atEnd()) leaveSubset();
        if (cursor_.column() > indent) return parseCollectionOnOwnLine(cursor_.column(), mark, tag);
        // Nothing follows (`!GetAZs` alone): yaml-cpp reads an empty string, unless a sequence
        // at the key's own indentation might be the tagged node.
        if (startsSequenceEntry()) leaveSubset();
        return emitQuoted(mark, tag, {});
      }
    }
    switch (cursor_.peek()) {
      case '[':
      case '{': parseFlowCollection(mark, tag); break;
      case '"':
      case '\'': emitQuoted(mark, tag, common_yaml::readQuoted(cursor_)); break;
      case '|':
      case '>': {
        // Where a key may start, yaml-cpp opens an indentation at a tag's column, and the
        // block scalar's lines must go beyond it (`- !Sub |` takes lines indented past the tag).
        const int parentIndent =
            keyMayStart && !tag.empty() ? std::max(indent, mark.column) : indent;
        emitQuoted(mark, tag, common_yaml::readBlockScalar(cursor_, parentIndent));
        cursor_.skipToContent();
        return;
      }
      default: return parseBlockPlain(indent, mark, tag);
    }
    finishLine();
  }

  void parseBlockPlain(int indent, const YAML::Mark& mark, const std::string& tag) {
    if (!common_yaml::plainCanStart(cursor_, false)) leaveSubset();
    const common_yaml::PlainExtent plain = common_yaml::scanPlain(cursor_, false);
    if (plain.reason == PlainStop::Colon) leaveSubset();  // a mapping where none may start
    emitPlain(mark, tag, plainText(plain));
    cursor_.advanceTo(plain.end);
    const bool endedByComment = plain.reason == PlainStop::Comment;
    if (!cursor_.restOfLineIsEmpty()) leaveSubset();
    if (!cursor_.atEnd()) cursor_.nextLine();
    // A more indented line would continue the scalar (a multi-line plain scalar).
    if (!endedByComment && cursor_.nextNonEmptyLineIndentedBeyond(indent)) leaveSubset();
    cursor_.skipToContent();
  }

  // ---- flow collections ----------------------------------------------------------------------

  void parseFlowCollection(const YAML::Mark& mark, const std::string& tag) {
    Nesting nesting(*this);
    const bool isMapping = cursor_.peek() == '{';
    const char close = isMapping ? '}' : ']';
    if (isMapping) {
      handler_.OnMapStart(mark, tag.empty() ? kPlainTag : tag, YAML::NullAnchor,
                          YAML::EmitterStyle::Flow);
    } else {
      handler_.OnSequenceStart(mark, tag.empty() ? kPlainTag : tag, YAML::NullAnchor,
                               YAML::EmitterStyle::Flow);
    }
    cursor_.advance();
    skipFlowSpace();
    while (cursor_.peek() != close) {
      if (isMapping) {
        parseKey(true);
        skipFlowSpace();
        if (cursor_.peek() == ',' || cursor_.peek() == '}') leaveSubset();  // a null value
      }
      parseFlowNode(!isMapping);
      skipFlowSpace();
      if (cursor_.peek() == ',') {
        cursor_.advance();
        skipFlowSpace();
        if (cursor_.peek() == close) leaveSubset();  // a trailing comma
      } else if (cursor_.peek() != close) {
        leaveSubset();
      }
    }
    cursor_.advance();
    if (isMapping) {
      handler_.OnMapEnd();
    } else {
      handler_.OnSequenceEnd();
    }
  }

  // A mapping key at the cursor and its ':' (`startsKey` said so in block context). The cursor
  // ends after the colon.
  void parseKey(bool inFlow) {
    const YAML::Mark mark = cursor_.mark();
    const char first = cursor_.peek();
    if (first == '"' || first == '\'') {
      handler_.OnScalar(mark, kQuotedTag, YAML::NullAnchor, common_yaml::readQuoted(cursor_));
      cursor_.skipSpaces();
      if (cursor_.peek() != ':') leaveSubset();
    } else {
      if (!common_yaml::plainCanStart(cursor_, inFlow)) leaveSubset();
      const common_yaml::PlainExtent plain = common_yaml::scanPlain(cursor_, inFlow);
      if (plain.reason != PlainStop::Colon) leaveSubset();
      emitPlain(mark, {}, plainText(plain));
      cursor_.advanceTo(plain.stop);
    }
    if (cursor_.offset() - static_cast<std::size_t>(mark.pos) > kLongestKey) leaveSubset();
    cursor_.advance();  // ':'
  }

  // `inSequence`: a single `key: value` pair may stand for a mapping there (`[0, Fn::GetAZs: x]`).
  void parseFlowNode(bool inSequence) {
    const YAML::Mark mark = cursor_.mark();
    if (inSequence && startsKey(true)) {
      Nesting nesting(*this);
      handler_.OnMapStart(mark, kPlainTag, YAML::NullAnchor, YAML::EmitterStyle::Flow);
      parseKey(true);
      skipFlowSpace();
      if (cursor_.peek() == ',' || cursor_.peek() == ']') leaveSubset();  // a null value
      parseFlowNode(false);
      handler_.OnMapEnd();
      return;
    }
    std::string tag;
    if (cursor_.peek() == '!') {
      tag = common_yaml::readTag(cursor_);
      cursor_.skipSpaces();
    }
    switch (cursor_.peek()) {
      case '[':
      case '{': return parseFlowCollection(mark, tag);
      case '"':
      case '\'': return emitQuoted(mark, tag, common_yaml::readQuoted(cursor_));
      default: break;
    }
    if (!common_yaml::plainCanStart(cursor_, true)) leaveSubset();
    const common_yaml::PlainExtent plain = common_yaml::scanPlain(cursor_, true);
    if (plain.reason == PlainStop::Colon) leaveSubset();  // `[a: b]` or `{a: b: c}`
    if (plain.reason == PlainStop::LineBreak) {
      // A plain scalar goes on over line breaks unless the collection goes on first.
      const std::string_view text = cursor_.text();
      const std::size_t next = text.find_first_not_of(" \t\n", plain.stop);
      if (next == std::string_view::npos ||
          (text[next] != ',' && text[next] != ']' && text[next] != '}')) {
        leaveSubset();
      }
    }
    emitPlain(mark, tag, plainText(plain));
    cursor_.advanceTo(plain.end);
  }

  // White space, line breaks and comments between the parts of a flow collection.
  void skipFlowSpace() {
    for (;;) {
      const char c = cursor_.peek();
      if (c == ' ' || c == '\t') {
        cursor_.advance();
      } else if (c == '\n') {
        cursor_.nextLine();
      } else if (c == '#') {
        const char before = cursor_.atLineStart() ? ' ' : cursor_.text()[cursor_.offset() - 1];
        if (before != ' ' && before != '\t') leaveSubset();
        cursor_.skipComment();
      } else {
        return;
      }
    }
  }

  // ---- shared -------------------------------------------------------------------------------

  bool startsSequenceEntry() const { return cursor_.peek() == '-' && cursor_.blankOrEndAt(1); }

  // A plain or quoted key and its colon, on this line. In block context the colon must be
  // followed by a space or a line break; JSON's `"key":value` needs none in a flow mapping.
  bool startsKey(bool inFlow) const {
    const char first = cursor_.peek();
    if (first == '"' || first == '\'') {
      const std::string_view text = cursor_.text();
      std::size_t close = common_yaml::closingOfQuotedOnLine(text, cursor_.offset());
      if (close == std::string_view::npos) return false;
      while (close < text.size() && text[close] == ' ') ++close;
      if (close >= text.size() || text[close] != ':') return false;
      return inFlow || close + 1 == text.size() || text[close + 1] == ' ' ||
             text[close + 1] == '\n';
    }
    return common_yaml::plainCanStart(cursor_, inFlow) &&
           common_yaml::scanPlain(cursor_, inFlow).reason == PlainStop::Colon;
  }

  std::string plainText(const common_yaml::PlainExtent& plain) const {
    return std::string(cursor_.text().substr(cursor_.offset(), plain.end - cursor_.offset()));
  }

  void emitPlain(const YAML::Mark& mark, const std::string& tag, const std::string& value) {
    if (common_yaml::isNullString(value)) {
      if (!tag.empty()) leaveSubset();  // a tagged null: yaml-cpp's to decide
      handler_.OnNull(mark, YAML::NullAnchor);
      return;
    }
    handler_.OnScalar(mark, tag.empty() ? kPlainTag : tag, YAML::NullAnchor, value);
  }

  void emitQuoted(const YAML::Mark& mark, const std::string& tag, const std::string& value) {
    handler_.OnScalar(mark, tag.empty() ? kQuotedTag : tag, YAML::NullAnchor, value);
  }

  // After a node that ends mid-line: nothing but a comment may follow it on the line.
  void finishLine() {
    if (!cursor_.restOfLineIsEmpty()) leaveSubset();
    nextContentLine();
  }

  void nextContentLine() {
    if (!cursor_.atEnd()) cursor_.nextLine();
    cursor_.skipToContent();
  }

  class Nesting {
   public:
    explicit Nesting(Parser& parser) : parser_(parser) {
      if (++parser_.depth_ > kDeepestNesting) leaveSubset();
    }
    ~Nesting() { --parser_.depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;

   private:
    Parser& parser_;
  };

  Cursor cursor_;
  YAML::EventHandler& handler_;
  int depth_ = 0;
};

}  // namespace

bool parseCommonYaml(std::string_view text, YAML::EventHandler& handler) {
  if (holdsUnusualBytes(text)) return false;
  try {
    Parser(text, handler).parseDocument();
    return true;
  } catch (const common_yaml::LeavesSubset&) {
    return false;
  }
}

}  // namespace vpcsynth
