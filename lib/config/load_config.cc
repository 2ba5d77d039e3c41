#include "config/load_config.h"

#include <algorithm>
#include <utility>

#include "pattern/validate.h"

namespace vpcsynth {

void addProblems(Diagnostics& diagnostics, const Diagnostics& problems) {
  diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
  // In file order, so a user fixes them top to bottom; flags (no line) come first.
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.position.line, a.position.column) <
                            std::pair(b.position.line, b.position.column);
                   });
}

LoadedConfig loadConfig(std::string_view text, std::string_view fileName,
                        const ConfigOverrides& overrides) {
  ConfigResult read = readConfig(text, fileName);
  LoadedConfig loaded{std::nullopt, std::move(read.diagnostics), read.positions};
  if (!read.spec) return loaded;
  applyOverrides(overrides, *read.spec, read.positions);
  loaded.positions = read.positions;
  addProblems(loaded.diagnostics, loaded.positions.locate(validatePattern(*read.spec)));
  if (!hasErrors(loaded.diagnostics)) loaded.spec = std::move(read.spec);
  return loaded;
}

}  // namespace vpcsynth
