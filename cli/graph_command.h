#pragma once

#include <string>

#include "graph/render.h"

namespace vpcsynth::cli {

struct GraphOptions {
  /// A template file, a configuration file, '-' (either, on standard input), or a variant name;
  /// empty: the built-in default configuration.
  std::string input;
  graph::GraphFormat format = graph::GraphFormat::Svg;
  std::string outputFile;  // empty: standard output
};

/// Runs `vpcsynth graph`; returns the exit code.
int runGraph(const GraphOptions& options);

}  // namespace vpcsynth::cli
