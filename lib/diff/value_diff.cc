#include "diff/value_diff.h"

#include <algorithm>
#include <string>

namespace vpcsynth {
namespace {

ValueChange makeChange(const std::vector<std::string>& path, ChangeKind kind, const Value* oldValue,
                       const Value* newValue) {
  ValueChange change;
  change.path = path;
  change.kind = kind;
  if (oldValue != nullptr) change.oldValue = *oldValue;
  if (newValue != nullptr) change.newValue = *newValue;
  return change;
}

void diffMappings(const Mapping& oldMapping, const Mapping& newMapping,
                  std::vector<std::string>& path, const UnorderedListTest& unordered,
                  std::vector<ValueChange>& changes) {
  for (const MappingEntry& entry : oldMapping) {
    path.push_back(entry.key);
    if (const Value* newValue = newMapping.find(entry.key)) {
      diffValues(entry.value, *newValue, path, unordered, changes);
    } else {
      changes.push_back(makeChange(path, ChangeKind::Removed, &entry.value, nullptr));
    }
    path.pop_back();
  }
  for (const MappingEntry& entry : newMapping) {
    if (oldMapping.contains(entry.key)) continue;
    path.push_back(entry.key);
    changes.push_back(makeChange(path, ChangeKind::Added, nullptr, &entry.value));
    path.pop_back();
  }
}

/// Items of one list without an equal partner in the other, each partner used once.
void diffAsSets(const Sequence& oldItems, const Sequence& newItems,
                const std::vector<std::string>& path, std::vector<ValueChange>& changes) {
  std::vector<bool> matched(newItems.size(), false);
  std::vector<const Value*> removed;
  for (const Value& item : oldItems) {
    bool found = false;
    for (std::size_t i = 0; i < newItems.size() && !found; ++i) {
      if (!matched[i] && semanticallyEqual(item, newItems[i])) found = matched[i] = true;
    }
    if (!found) removed.push_back(&item);
  }
  for (const Value* item : removed) {
    changes.push_back(makeChange(path, ChangeKind::Removed, item, nullptr));
  }
  for (std::size_t i = 0; i < newItems.size(); ++i) {
    if (!matched[i]) changes.push_back(makeChange(path, ChangeKind::Added, nullptr, &newItems[i]));
  }
}

void diffByIndex(const Sequence& oldItems, const Sequence& newItems, std::vector<std::string>& path,
                 const UnorderedListTest& unordered, std::vector<ValueChange>& changes) {
  const std::size_t common = std::min(oldItems.size(), newItems.size());
  for (std::size_t i = 0; i < std::max(oldItems.size(), newItems.size()); ++i) {
    path.push_back("[" + std::to_string(i) + "]");
    if (i < common) {
      diffValues(oldItems[i], newItems[i], path, unordered, changes);
    } else if (i < oldItems.size()) {
      changes.push_back(makeChange(path, ChangeKind::Removed, &oldItems[i], nullptr));
    } else {
      changes.push_back(makeChange(path, ChangeKind::Added, nullptr, &newItems[i]));
    }
    path.pop_back();
  }
}

}  // namespace

void diffValues(const Value& oldValue, const Value& newValue, std::vector<std::string>& path,
                const UnorderedListTest& unordered, std::vector<ValueChange>& changes) {
  if (semanticallyEqual(oldValue, newValue)) return;
  if (oldValue.isMapping() && newValue.isMapping()) {
    diffMappings(oldValue.mapping(), newValue.mapping(), path, unordered, changes);
  } else if (oldValue.isSequence() && newValue.isSequence()) {
    if (unordered(path)) {
      diffAsSets(oldValue.sequence(), newValue.sequence(), path, changes);
    } else {
      diffByIndex(oldValue.sequence(), newValue.sequence(), path, unordered, changes);
    }
  } else {
    changes.push_back(makeChange(path, ChangeKind::Modified, &oldValue, &newValue));
  }
}

}  // namespace vpcsynth
