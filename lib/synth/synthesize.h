#pragma once

#include <optional>
#include <string_view>

#include "config/config_reader.h"
#include "diagnostic.h"
#include "model/value.h"
#include "pattern/pattern.h"
#include "pattern/variant.h"

namespace vpcsynth {

struct SynthResult {
  /// The template; absent when the configuration has errors (warnings leave it present).
  std::optional<Value> document;
  /// The specification it was built from; present with the document.
  std::optional<PatternSpec> spec;
  Diagnostics diagnostics;
};

/// Reads `configText` (empty: the built-in default), applies `variant` when given, validates,
/// builds the template, and checks with the lint reachability engine that its function reaches
/// what it needs (see `checkPaths`).
SynthResult synthesizeFromConfig(std::string_view configText, std::string_view configFileName,
                                 std::optional<Variant> variant);

/// `synthesizeFromConfig` with every command-line override (`--variant`, `--azs`, `--nat`).
SynthResult synthesize(std::string_view configText, std::string_view configFileName,
                       const ConfigOverrides& overrides);

}  // namespace vpcsynth
