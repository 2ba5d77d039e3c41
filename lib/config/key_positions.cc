#include "config/key_positions.h"

#include <fmt/format.h>

namespace vpcsynth {

KeyPositions::KeyPositions(std::string_view fileName) {
  if (!fileName.empty()) fileOnly_.file = internFileName(fileName);
}

void KeyPositions::record(std::string key, Position position) {
  positions_.insert_or_assign(std::move(key), position);
}

Position KeyPositions::find(std::string_view key) const {
  while (!key.empty()) {
    auto found = positions_.find(key);
    if (found != positions_.end()) return found->second;
    const std::size_t cut = key.find_last_of(".[");
    if (cut == std::string_view::npos) break;
    key = key.substr(0, cut);
  }
  return fileOnly_;
}

Diagnostics KeyPositions::locate(const Problems& problems) const {
  Diagnostics diagnostics;
  for (const Problem& problem : problems) {
    diagnostics.push_back({problem.severity, std::string(problem.ruleId),
                           fmt::format("{}: {}", problem.key, problem.message), find(problem.key)});
  }
  return diagnostics;
}

}  // namespace vpcsynth
