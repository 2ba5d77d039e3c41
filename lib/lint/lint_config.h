#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace vpcsynth::lint {

/// The name of the configuration file `vpcsynth lint` reads from the working directory.
inline constexpr std::string_view kConfigFileName = ".vpcsynth-lint.yaml";

/// The contents of a lint configuration file:
///   ignore: [S0003, V]     # rule ID prefixes that do not run
///   include: [S0003]       # prefixes that run (see RuleFilter)
///   as-of: 2026-01-31      # the date for dated data
///   customer-managed-keys: true  # data stores must name a customer managed KMS key
struct LintConfig {
  std::vector<std::string> ignore;
  std::vector<std::string> include;
  std::string asOf;
  bool customerManagedKeys = false;
};

struct LintConfigResult {
  LintConfig config;
  /// Problems with the file; the configuration is not to be used when one is an error.
  Diagnostics diagnostics;
};

/// Parses a configuration file's text; never throws.
LintConfigResult parseLintConfig(std::string_view text, std::string_view fileName);

/// True for a `YYYY-MM-DD` date whose month and day are in range.
bool isIsoDate(std::string_view text);

}  // namespace vpcsynth::lint
