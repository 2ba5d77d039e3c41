#pragma once

#include <string>
#include <vector>

#include "yaml/writer.h"

namespace vpcsynth::cli {

struct FmtOptions {
  std::vector<std::string> inputs;
  WriteOptions write;
  std::string outputFile;  // empty: standard output
  bool inPlace = false;
  bool check = false;
};

/// Runs `vpcsynth fmt`; returns the exit code.
int runFmt(const FmtOptions& options);

}  // namespace vpcsynth::cli
