#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diff/template_diff.h"

namespace vpcsynth {

/// Says whether the list at a path compares as a set.
using UnorderedListTest = std::function<bool(const std::vector<std::string>& path)>;

/// Appends to `changes` the differences between `oldValue` and `newValue`, both found at `path`:
/// keys added, removed or changed in mappings, items of ordered lists by index, items of
/// unordered lists by presence. Values that are semantically equal give nothing.
void diffValues(const Value& oldValue, const Value& newValue, std::vector<std::string>& path,
                const UnorderedListTest& unordered, std::vector<ValueChange>& changes);

}  // namespace vpcsynth
