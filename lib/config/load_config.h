#pragma once

#include <optional>
#include <string_view>

#include "config/config_reader.h"
#include "diagnostic.h"
#include "pattern/pattern.h"

namespace vpcsynth {

/// A configuration read, overridden and validated.
struct LoadedConfig {
  /// Present when there is no error (warnings allowed).
  std::optional<PatternSpec> spec;
  /// Reader and validation diagnostics, each at the file, line and column of its key.
  Diagnostics diagnostics;
  /// Where each key was written, for problems found later (in the built template).
  KeyPositions positions;
};

/// Reads `text` (empty: the built-in default), applies `overrides`, then validates: every
/// problem of the file and the pattern in one list.
LoadedConfig loadConfig(std::string_view text, std::string_view fileName,
                        const ConfigOverrides& overrides = {});

/// Adds `problems` to `diagnostics`, keeping them in file order.
void addProblems(Diagnostics& diagnostics, const Diagnostics& problems);

}  // namespace vpcsynth
