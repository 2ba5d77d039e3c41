#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "config/key_positions.h"
#include "diagnostic.h"
#include "pattern/pattern.h"

namespace vpcsynth {

/// Largest configuration accepted, in bytes: configurations are small, so a larger input is a
/// mistake (a template passed by accident).
inline constexpr std::size_t kMaxConfigBytes = 1u << 20;

/// A configuration file read into the pattern model (not yet validated).
struct ConfigResult {
  /// Absent when the text is not YAML. Keys with an error (unknown key, wrong type) keep their
  /// defaults; `diagnostics` then holds errors.
  std::optional<PatternSpec> spec;
  Diagnostics diagnostics;
  KeyPositions positions;
};

/// Reads a configuration (kebab-case keys, sections `variant`, `network`, `redshift`, `lambda`,
/// `on-premises`; `docs/configuration.md`). Keys left out keep their defaults, so an empty text
/// gives the built-in default. Reports every unknown key (with a "did you mean") and wrong value
/// type in one run.
ConfigResult readConfig(std::string_view text, std::string_view fileName);

/// Command-line values that replace the configuration's.
struct ConfigOverrides {
  std::optional<Variant> variant;
  std::optional<int> azs;
  std::optional<NatMode> nat;
};

/// Applies `overrides` to `spec`; problems with an overridden key then point at the flag.
void applyOverrides(const ConfigOverrides& overrides, PatternSpec& spec, KeyPositions& positions);

}  // namespace vpcsynth
