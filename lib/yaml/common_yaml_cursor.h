#pragma once

// The reading position of the common-subset parser (common_yaml.h): an offset in the text with
// the line and column yaml-cpp would give it, so that both parsers mark nodes alike.

#include <yaml-cpp/mark.h>

#include <cstddef>
#include <string_view>

namespace vpcsynth::common_yaml {

/// Thrown when the text leaves the subset: the caller reads it again with yaml-cpp.
struct LeavesSubset {};

[[noreturn]] inline void leaveSubset() { throw LeavesSubset{}; }

class Cursor {
 public:
  /// `text` must hold no NUL, carriage return or other line break than '\n' (see
  /// `parseCommonYaml`): the cursor reads '\0' as the end.
  explicit Cursor(std::string_view text) : text_(text) {}

  std::string_view text() const { return text_; }
  std::size_t offset() const { return pos_; }
  int column() const { return static_cast<int>(pos_ - lineStart_); }
  bool atEnd() const { return pos_ >= text_.size(); }
  bool atLineStart() const { return pos_ == lineStart_; }
  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  /// A space, a line break or the end of the text, `ahead` bytes on.
  bool blankOrEndAt(std::size_t ahead) const {
    const char c = peek(ahead);
    return c == ' ' || c == '\n' || c == '\0';
  }

  /// yaml-cpp's mark of the cursor: 0-based, columns counted in bytes.
  YAML::Mark mark() const {
    YAML::Mark mark;
    mark.pos = static_cast<int>(pos_);
    mark.line = line_;
    mark.column = column();
    return mark;
  }

  /// Moves along the current line (never over a line break).
  void advance(std::size_t bytes = 1) { pos_ += bytes; }
  void advanceTo(std::size_t offset) { pos_ = offset; }
  void skipSpaces() {
    while (peek() == ' ') ++pos_;
  }

  /// Skips spaces and a comment. True, with the cursor on the line break (or the end), when
  /// nothing else is left on the line; false, on the next character, otherwise.
  bool restOfLineIsEmpty();
  /// From a '#': onto the line break (or the end) that ends the comment.
  void skipComment() {
    const std::size_t lineEnd = text_.find('\n', pos_);
    pos_ = lineEnd == std::string_view::npos ? text_.size() : lineEnd;
  }
  /// From a line break (or the end): onto the start of the next line.
  void nextLine() {
    if (pos_ < text_.size()) ++pos_;
    ++line_;
    lineStart_ = pos_;
    if (inDocument_ && atDocumentMarker()) leaveSubset();
  }
  /// From now on a line starting with `---` or `...` leaves the subset: yaml-cpp ends the
  /// document there, whatever it interrupts.
  void enterDocument() { inDocument_ = true; }
  bool atDocumentMarker() const {
    const std::string_view rest = text_.substr(pos_);
    return atLineStart() && (rest.starts_with("---") || rest.starts_with("...")) &&
           (blankOrEndAt(3) || peek(3) == '\t');
  }
  /// From the start of a line: past empty and comment-only lines, onto the first character of
  /// the next line with content, or to the end.
  void skipToContent();
  /// From the start of a line: whether the next line that is not all spaces (a comment line
  /// counts) is indented more than `indent`, which would continue a plain scalar.
  bool nextNonEmptyLineIndentedBeyond(int indent) const;

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t lineStart_ = 0;
  int line_ = 0;
  bool inDocument_ = false;
};

}  // namespace vpcsynth::common_yaml
