#include "lint/line_index.h"

namespace vpcsynth::lint {

LineIndex::LineIndex(std::string_view source) : source_(source) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n') starts_.push_back(i + 1);
  }
}

std::string_view LineIndex::line(std::uint32_t number) const {
  if (number == 0 || number > starts_.size()) return {};
  const std::size_t start = starts_[number - 1];
  const std::size_t end = number < starts_.size() ? starts_[number] - 1 : source_.size();
  std::string_view text = source_.substr(start, end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

}  // namespace vpcsynth::lint
