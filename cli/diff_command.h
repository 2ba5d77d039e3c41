#pragma once

#include <string>

#include "diff/diff_report.h"

namespace vpcsynth::cli {

/// When `diff` exits 1 beyond `--exit-code`.
enum class FailOn : unsigned char { Never, Any, Broadening, Destructive };

/// Whether to colour the text output.
enum class ColorMode : unsigned char { Auto, Always, Never };

struct DiffOptions {
  std::string oldSide;  // a template file, '-', or a variant name
  std::string newSide;
  std::string configFile;  // for variant sides; empty: the built-in default
  DiffFormat format = DiffFormat::Text;
  ColorMode color = ColorMode::Auto;
  bool summary = false;
  bool exitCode = false;
  FailOn failOn = FailOn::Never;
  std::string regionPricesFile;  // empty: the built-in us-east-1 prices
};

/// Runs `vpcsynth diff`; returns the exit code.
int runDiff(const DiffOptions& options);

}  // namespace vpcsynth::cli
