#pragma once

#include <optional>
#include <string_view>

#include "config/config_reader.h"
#include "diagnostic.h"
#include "model/value.h"
#include "pattern/variant.h"

namespace vpcsynth {

struct SynthResult {
  /// The template; absent when the configuration has errors (warnings leave it present).
  std::optional<Value> document;
  Diagnostics diagnostics;
};

/// Reads `configText` (empty: the built-in default), applies `variant` when given, validates,
/// and builds the template.
SynthResult synthesizeFromConfig(std::string_view configText, std::string_view configFileName,
                                 std::optional<Variant> variant);

/// `synthesizeFromConfig` with every command-line override (`--variant`, `--azs`, `--nat`).
SynthResult synthesize(std::string_view configText, std::string_view configFileName,
                       const ConfigOverrides& overrides);

}  // namespace vpcsynth
