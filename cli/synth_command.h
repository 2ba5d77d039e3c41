#pragma once

#include <string>

#include "config/config_reader.h"
#include "yaml/writer.h"

namespace vpcsynth::cli {

struct SynthOptions {
  std::string configFile;  // empty: the built-in default; "-": standard input
  ConfigOverrides overrides;
  WriteOptions write;
  std::string outputFile;  // empty: standard output
  /// Print the stack's monthly cost to standard output (the template then goes only to
  /// `outputFile`, if given).
  bool cost = false;
  std::string regionPricesFile;  // empty: the built-in us-east-1 prices
};

/// Runs `vpcsynth synth`; returns the exit code.
int runSynth(const SynthOptions& options);

struct ValidateOptions {
  std::string configFile;  // empty: the built-in default; "-": standard input
  ConfigOverrides overrides;
};

/// Runs `vpcsynth validate`: `synth` without output; returns the exit code.
int runValidate(const ValidateOptions& options);

struct InitOptions {
  std::string outputFile = "vpcsynth.yaml";  // "-": standard output
  bool force = false;
};

/// Runs `vpcsynth init`: writes the commented starter configuration; returns the exit code.
int runInit(const InitOptions& options);

}  // namespace vpcsynth::cli
