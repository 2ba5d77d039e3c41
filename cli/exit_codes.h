#pragma once

namespace vpcsynth::cli {

/// The process exit codes; `docs/exit-codes.md` lists them per command. Usage errors keep the
/// codes CLI11 gives them (100 and above).
enum ExitCode : int {
  kSuccess = 0,
  /// `fmt --check`: some file is not formatted.
  kNotFormatted = 1,
  /// `fmt`: a file could not be read, is not a valid template, or the output could not be
  /// written.
  kFormatInputError = 2,
  /// `lint`: a usage error (a bad option value, a bad configuration file). The lint findings
  /// themselves exit with a bitmask: 2 errors, 4 warnings, 8 informational.
  kLintUsageError = 1,
  /// `synth`, `validate`, `init`: the configuration could not be read or is invalid (the
  /// messages say why), or the output could not be written.
  kInvalidConfiguration = 1,
  /// `diff`: `--exit-code` or `--fail-on` found a difference of the kind asked for.
  kDiffFound = 1,
  /// `diff`: a side could not be read, is not a valid template, or its variant could not be
  /// synthesized (the messages name file, line and column).
  kDiffInputError = 2,
  /// `graph`: the output file could not be written (nothing was written).
  kGraphOutputError = 1,
  /// `graph`: the input could not be read, is not a valid template or configuration, or its
  /// variant could not be synthesized (the messages name file, line and column).
  kGraphInputError = 2,
};

}  // namespace vpcsynth::cli
