#include "diff_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "cost/cost_change.h"
#include "diff/template_diff.h"
#include "exit_codes.h"
#include "graph/change_diagram.h"
#include "io/file_io.h"
#include "price_source.h"
#include "spec/resource_spec.h"
#include "synth/synthesize.h"
#include "yaml/reader.h"

namespace vpcsynth::cli {
namespace {

void printDiagnostics(const Diagnostics& diagnostics, std::string_view source) {
  for (const Diagnostic& diagnostic : diagnostics) {
    fmt::print(stderr, "{}", renderDiagnostic(diagnostic, source));
  }
}

/// The configuration for variant sides, read at most once.
class ConfigSource {
 public:
  explicit ConfigSource(std::string path) : path_(std::move(path)) {}

  /// The text (empty for the built-in default), or nullopt after printing why it is unreadable.
  const std::optional<std::string>& text(std::size_t maxBytes) {
    if (!loaded_) {
      loaded_ = true;
      if (path_.empty()) {
        text_ = std::string();
      } else if (FileContents contents = readInput(path_, maxBytes); contents.error) {
        fmt::print(stderr, "vpcsynth diff: {}\n", *contents.error);
      } else {
        text_ = std::move(contents.text);
      }
    }
    return text_;
  }

  std::string displayName() const { return path_ == "-" ? "<stdin>" : path_; }

 private:
  std::string path_;
  bool loaded_ = false;
  std::optional<std::string> text_;
};

/// One side of the comparison: a template file, standard input, or a synthesized variant.
std::optional<Value> loadSide(const std::string& side, ConfigSource& config) {
  const ReadLimits limits;
  std::error_code error;
  const std::optional<Variant> variant = parseVariant(side);
  if (side == "-" || !variant || std::filesystem::exists(side, error)) {
    FileContents contents = readInput(side, limits.maxBytes);
    if (contents.error) {
      fmt::print(
          stderr, "vpcsynth diff: {}{}\n", *contents.error,
          variant
              ? ""
              : " (a side is a template file, '-', private-only, private-endpoints or nat-egress)");
      return std::nullopt;
    }
    ReadResult read = readTemplate(contents.text, side == "-" ? "<stdin>" : side, limits);
    printDiagnostics(read.diagnostics, contents.text);
    if (!read.ok()) return std::nullopt;
    return std::move(read.document);
  }
  const std::optional<std::string>& configText = config.text(limits.maxBytes);
  if (!configText) return std::nullopt;
  SynthResult synthesized = synthesizeFromConfig(*configText, config.displayName(), variant);
  printDiagnostics(synthesized.diagnostics, *configText);
  return std::move(synthesized.document);
}

bool useColor(ColorMode mode) {
  if (mode != ColorMode::Auto) return mode == ColorMode::Always;
  const char* noColor = std::getenv("NO_COLOR");
  if (noColor != nullptr && *noColor != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

bool fails(const TemplateDiff& diff, const DiffOptions& options) {
  if (options.exitCode && !diff.empty()) return true;
  switch (options.failOn) {
    case FailOn::Never: return false;
    case FailOn::Any: return !diff.empty();
    case FailOn::Broadening: return diff.hasBroadening();
    case FailOn::Destructive: return diff.hasDestructive();
  }
  return false;
}

}  // namespace

int runDiff(const DiffOptions& options) {
  if (options.oldSide == "-" && options.newSide == "-") {
    fmt::print(stderr, "vpcsynth diff: only one side can read standard input\n");
    return kDiffInputError;
  }
  if (options.configFile == "-" && (options.oldSide == "-" || options.newSide == "-")) {
    fmt::print(stderr,
               "vpcsynth diff: the configuration and a side cannot both be standard input\n");
    return kDiffInputError;
  }
  if (options.regionPricesFile == "-" &&
      (options.oldSide == "-" || options.newSide == "-" || options.configFile == "-")) {
    fmt::print(stderr,
               "vpcsynth diff: the price file and a side or the configuration cannot both "
               "be standard input\n");
    return kDiffInputError;
  }
  const std::optional<PriceList> prices = loadPrices("diff", options.regionPricesFile);
  if (!prices) return kDiffInputError;
  ConfigSource config(options.configFile);
  const std::optional<Value> oldTemplate = loadSide(options.oldSide, config);
  const std::optional<Value> newTemplate = loadSide(options.newSide, config);
  if (!oldTemplate || !newTemplate) return kDiffInputError;

  const TemplateDiff diff = diffTemplates(*oldTemplate, *newTemplate);
  DiffReportOptions report;
  report.oldName = options.oldSide == "-" ? "<stdin>" : options.oldSide;
  report.newName = options.newSide == "-" ? "<stdin>" : options.newSide;
  report.color = options.format == DiffFormat::Text && useColor(options.color);
  report.summaryOnly = options.summary;
  const CostChange cost = costChange(*oldTemplate, *newTemplate, *prices);
  report.cost = &cost;
  if (options.format == DiffFormat::Markdown && !options.summary) {
    // A third of the comment, so the tables below it fit too.
    report.networkDiagram = graph::changeDiagram(*oldTemplate, *newTemplate, diff, 20000);
  }
  const std::string output = renderDiff(diff, options.format, report);
  std::fwrite(output.data(), 1, output.size(), stdout);
  if (const std::string& specError = resourceSpecOverrideError(); !specError.empty()) {
    fmt::print(stderr, "vpcsynth diff: warning: VPCSYNTH_RESOURCE_SPEC not used: {}\n", specError);
  }
  return fails(diff, options) ? kDiffFound : kSuccess;
}

}  // namespace vpcsynth::cli
