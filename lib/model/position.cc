#include "model/position.h"

#include <deque>
#include <mutex>
#include <unordered_map>

namespace vpcsynth {

const std::string* internFileName(std::string_view name) {
  // A deque never moves its elements, so the returned pointers stay valid as names are added.
  static std::mutex mutex;
  static std::deque<std::string> names;
  static std::unordered_map<std::string_view, const std::string*> byName;
  std::lock_guard lock(mutex);
  if (auto found = byName.find(name); found != byName.end()) return found->second;
  const std::string& stored = names.emplace_back(name);
  byName.emplace(stored, &stored);
  return &stored;
}

}  // namespace vpcsynth
