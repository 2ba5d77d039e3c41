#include "yaml/common_yaml_cursor.h"

namespace vpcsynth::common_yaml {

bool Cursor::restOfLineIsEmpty() {
  skipSpaces();
  const char c = peek();
  if (c == '\n' || c == '\0') return true;
  // A comment needs white space before it; yaml-cpp is laxer after some tokens, so any other
  // '#' leaves the subset rather than guess.
  if (c == '#' && (atLineStart() || text_[pos_ - 1] == ' ')) {
    skipComment();
    return true;
  }
  if (c == '\t') leaveSubset();
  return false;
}

void Cursor::skipToContent() {
  for (;;) {
    skipSpaces();
    const char c = peek();
    if (c == '\0') return;
    if (c == '\t') leaveSubset();  // tabs may not indent; yaml-cpp words that error
    if (c == '#') {
      skipComment();
      if (atEnd()) return;
      nextLine();
    } else if (c == '\n') {
      nextLine();
    } else {
      return;
    }
  }
}

bool Cursor::nextNonEmptyLineIndentedBeyond(int indent) const {
  std::size_t i = pos_;
  for (;;) {
    const std::size_t start = i;
    while (i < text_.size() && text_[i] == ' ') ++i;
    if (i >= text_.size()) return false;
    if (text_[i] != '\n') return static_cast<int>(i - start) > indent || text_[i] == '\t';
    ++i;
  }
}

}  // namespace vpcsynth::common_yaml
