#pragma once

#include <string>
#include <vector>

namespace vpcsynth::cli {

struct LintOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string color = "auto";  // auto | always | never
  std::string nonZeroExitCode = "informational";
  std::vector<std::string> ignore;
  std::vector<std::string> include;
  /// Empty: `.vpcsynth-lint.yaml` in the working directory, when there is one.
  std::string configFile;
  std::string asOf;
  /// 0: one worker per core.
  unsigned jobs = 0;
  bool listRules = false;
};

/// Runs `vpcsynth lint`; returns the exit code (see docs/exit-codes.md).
int runLint(const LintOptions& options);

}  // namespace vpcsynth::cli
