#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vpcsynth {

/// Where a value was read from. Line and column are 1-based; 0 means "not from a file"
/// (a value built in code).
struct Position {
  const std::string* file = nullptr;
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool known() const { return line != 0; }
  std::string_view fileName() const { return file ? std::string_view(*file) : std::string_view(); }
};

/// Returns a pointer to a process-lifetime copy of `name`, so that many positions can share one
/// file name at the cost of a pointer each.
const std::string* internFileName(std::string_view name);

}  // namespace vpcsynth
