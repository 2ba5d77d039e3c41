#include "diff/markdown_text.h"

namespace vpcsynth {

std::string markdownCell(std::string_view text) {
  std::string escaped;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      escaped += "<br>";
      continue;
    }
    if (c == '|') escaped += '\\';
    escaped += c;
  }
  return escaped;
}

std::string_view markdownMarker(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return "[+]";
    case ChangeKind::Removed: return "[-]";
    case ChangeKind::Modified: break;
  }
  return "[~]";
}

}  // namespace vpcsynth
