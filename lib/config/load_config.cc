#include "config/load_config.h"

#include "pattern/validate.h"

namespace vpcsynth {

LoadedConfig loadConfig(std::string_view text, std::string_view fileName,
                        const ConfigOverrides& overrides) {
  ConfigResult read = readConfig(text, fileName);
  LoadedConfig loaded{std::nullopt, std::move(read.diagnostics)};
  if (!read.spec) return loaded;
  applyOverrides(overrides, *read.spec, read.positions);
  Diagnostics problems = read.positions.locate(validatePattern(*read.spec));
  loaded.diagnostics.insert(loaded.diagnostics.end(), problems.begin(), problems.end());
  if (!hasErrors(loaded.diagnostics)) loaded.spec = std::move(read.spec);
  return loaded;
}

}  // namespace vpcsynth
