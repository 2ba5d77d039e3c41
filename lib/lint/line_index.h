#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace vpcsynth::lint {

// The text of each line of a source, indexed once so that looking up the line of each finding
// costs no more than the finding.
class LineIndex {
 public:
  explicit LineIndex(std::string_view source);

  /// The 1-based line `number`, without its line break; empty when out of range.
  std::string_view line(std::uint32_t number) const;

 private:
  std::string_view source_;
  std::vector<std::size_t> starts_;
};

}  // namespace vpcsynth::lint
