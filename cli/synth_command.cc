#include "synth_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <optional>

#include "config/load_config.h"
#include "config/starter_config.h"
#include "cost/cost_text.h"
#include "cost/stack_cost.h"
#include "exit_codes.h"
#include "io/file_io.h"
#include "price_source.h"
#include "synth/synthesize.h"

namespace vpcsynth::cli {
namespace {

struct ConfigSource {
  std::string text;
  std::string displayName;
};

// The configuration's text, or nullopt after printing why it could not be read.
std::optional<ConfigSource> readConfigSource(std::string_view command, const std::string& path) {
  if (path.empty()) return ConfigSource{"", "<built-in default>"};
  FileContents contents = readInput(path, kMaxConfigBytes);
  if (contents.error) {
    fmt::print(stderr, "vpcsynth {}: {}\n", command, *contents.error);
    return std::nullopt;
  }
  return ConfigSource{std::move(contents.text), path == "-" ? "<stdin>" : path};
}

void printDiagnostics(const Diagnostics& diagnostics, std::string_view source) {
  for (const Diagnostic& diagnostic : diagnostics) {
    fmt::print(stderr, "{}", renderDiagnostic(diagnostic, source));
  }
}

}  // namespace

int runSynth(const SynthOptions& options) {
  std::optional<PriceList> prices;
  if (options.regionPricesFile == "-" && options.configFile == "-") {
    fmt::print(stderr,
               "vpcsynth synth: the price file and the configuration cannot both be standard "
               "input\n");
    return kInvalidConfiguration;
  }
  if (options.cost) {
    prices = loadPrices("synth", options.regionPricesFile);
    if (!prices) return kInvalidConfiguration;
  }
  auto source = readConfigSource("synth", options.configFile);
  if (!source) return kInvalidConfiguration;
  SynthResult result = synthesize(source->text, source->displayName, options.overrides);
  printDiagnostics(result.diagnostics, source->text);
  if (!result.document) return kInvalidConfiguration;
  const std::string output = writeDocument(*result.document, options.write);
  const bool toStandardOutput = options.outputFile.empty() || options.outputFile == "-";
  if (options.cost) {
    // The template goes to its file first, so that the cost is printed only for what was written.
    if (!toStandardOutput) {
      if (auto error = writeFileAtomically(options.outputFile, output)) {
        fmt::print(stderr, "vpcsynth synth: {}\n", *error);
        return kInvalidConfiguration;
      }
    }
    const std::string report = renderStackCost(stackCost(*result.document), *prices);
    std::fwrite(report.data(), 1, report.size(), stdout);
    return kSuccess;
  }
  if (toStandardOutput) {
    std::fwrite(output.data(), 1, output.size(), stdout);
    return kSuccess;
  }
  if (auto error = writeFileAtomically(options.outputFile, output)) {
    fmt::print(stderr, "vpcsynth synth: {}\n", *error);
    return kInvalidConfiguration;
  }
  return kSuccess;
}

int runValidate(const ValidateOptions& options) {
  auto source = readConfigSource("validate", options.configFile);
  if (!source) return kInvalidConfiguration;
  // Validation builds the template too, so that the reachability engine can judge it.
  SynthResult result = synthesize(source->text, source->displayName, options.overrides);
  printDiagnostics(result.diagnostics, source->text);
  if (!result.spec) return kInvalidConfiguration;
  fmt::print(stderr, "{}: valid ({})\n", source->displayName, variantName(result.spec->variant));
  return kSuccess;
}

int runInit(const InitOptions& options) {
  const std::string_view text = starterConfig();
  if (options.outputFile == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kSuccess;
  }
  std::error_code ignored;
  if (!options.force && std::filesystem::exists(options.outputFile, ignored)) {
    fmt::print(stderr, "vpcsynth init: {} already exists (use --force to overwrite it)\n",
               options.outputFile);
    return kInvalidConfiguration;
  }
  if (auto error = writeFileAtomically(options.outputFile, text)) {
    fmt::print(stderr, "vpcsynth init: {}\n", *error);
    return kInvalidConfiguration;
  }
  fmt::print(stderr, "wrote {}; synthesize it with: vpcsynth synth {}\n", options.outputFile,
             options.outputFile);
  return kSuccess;
}

}  // namespace vpcsynth::cli
