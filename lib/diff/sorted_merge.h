#pragma once

#include <cstddef>
#include <vector>

namespace vpcsynth {

/// Calls `record(item, added)` for each item of `before` missing from `after` (added false) and
/// each of `after` missing from `before` (added true); both lists are sorted by `key`.
template <typename Item, typename Key, typename Record>
void recordSortedDifferences(const std::vector<Item>& before, const std::vector<Item>& after,
                             Key key, Record record) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < before.size() || j < after.size()) {
    if (j == after.size() || (i < before.size() && key(before[i]) < key(after[j]))) {
      record(before[i++], false);
    } else if (i == before.size() || key(after[j]) < key(before[i])) {
      record(after[j++], true);
    } else {
      ++i;
      ++j;
    }
  }
}

}  // namespace vpcsynth
