#include "graph_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <optional>

#include "exit_codes.h"
#include "graph/topology.h"
#include "io/file_io.h"
#include "lint/lint_context.h"
#include "synth/synthesize.h"
#include "yaml/reader.h"

namespace vpcsynth::cli {
namespace {

void printDiagnostics(const Diagnostics& diagnostics, std::string_view source) {
  for (const Diagnostic& diagnostic : diagnostics) {
    fmt::print(stderr, "{}", renderDiagnostic(diagnostic, source));
  }
}

/// True when the input read cleanly as YAML but is not a template because it is a mapping
/// without the keys only templates have: a configuration.
bool isConfiguration(const ReadResult& read) {
  if (!read.document || !read.document->isMapping()) return false;
  for (const Diagnostic& diagnostic : read.diagnostics) {
    if (diagnostic.ruleId != reader_rule::kNotATemplate) return false;
  }
  return read.document->find("Resources") == nullptr &&
         read.document->find("AWSTemplateFormatVersion") == nullptr;
}

/// The template to draw: read from a template file, synthesized from a configuration file, or
/// synthesized for a variant; nullopt after printing why there is none.
std::optional<Value> loadInput(const std::string& input) {
  const ReadLimits limits;
  std::error_code error;
  const std::optional<Variant> variant = parseVariant(input);
  if (input.empty() || (variant && input != "-" && !std::filesystem::exists(input, error))) {
    SynthResult synthesized = synthesizeFromConfig("", "<built-in default>", variant);
    printDiagnostics(synthesized.diagnostics, "");
    return std::move(synthesized.document);
  }
  FileContents contents = readInput(input, limits.maxBytes);
  if (contents.error) {
    fmt::print(stderr, "vpcsynth graph: {}{}\n", *contents.error,
               " (the input is a template, a configuration, '-', private-only, "
               "private-endpoints or nat-egress)");
    return std::nullopt;
  }
  const std::string name = input == "-" ? "<stdin>" : input;
  ReadResult read = readTemplate(contents.text, name, limits);
  if (!read.ok() && isConfiguration(read)) {
    SynthResult synthesized = synthesizeFromConfig(contents.text, name, std::nullopt);
    printDiagnostics(synthesized.diagnostics, contents.text);
    return std::move(synthesized.document);
  }
  printDiagnostics(read.diagnostics, contents.text);
  if (!read.ok()) return std::nullopt;
  return std::move(read.document);
}

std::string titleOf(const std::string& input) {
  if (input.empty()) return "nat-egress (built-in default)";
  if (input == "-") return "<stdin>";
  return std::filesystem::path(input).filename().string();
}

}  // namespace

int runGraph(const GraphOptions& options) {
  const std::optional<Value> document = loadInput(options.input);
  if (!document) return kGraphInputError;
  const lint::LintContext context(*document, "", options.input);
  const graph::Topology topology = graph::buildTopology(context);
  graph::RenderOptions render;
  render.title = titleOf(options.input);
  const std::string output = graph::render(topology, options.format, render);
  if (options.outputFile.empty() || options.outputFile == "-") {
    std::fwrite(output.data(), 1, output.size(), stdout);
    return kSuccess;
  }
  if (const std::optional<std::string> error = writeFileAtomically(options.outputFile, output)) {
    fmt::print(stderr, "vpcsynth graph: {}\n", *error);
    return kGraphOutputError;
  }
  return kSuccess;
}

}  // namespace vpcsynth::cli
