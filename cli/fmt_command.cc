#include "fmt_command.h"

#include <fmt/format.h>

#include <cstdio>

#include "exit_codes.h"
#include "format/format_template.h"
#include "io/file_io.h"

namespace vpcsynth::cli {
namespace {

void printDiagnostics(const Diagnostics& diagnostics, std::string_view source) {
  for (const Diagnostic& diagnostic : diagnostics) {
    fmt::print(stderr, "{}", renderDiagnostic(diagnostic, source));
  }
}

}  // namespace

int runFmt(const FmtOptions& options) {
  const ReadLimits limits;
  bool failed = false;
  std::vector<std::string> unformatted;
  std::string toStdout;
  for (const std::string& input : options.inputs) {
    FileContents contents = readInput(input, limits.maxBytes);
    const std::string displayName = input == "-" ? "<stdin>" : input;
    if (contents.error) {
      fmt::print(stderr, "vpcsynth fmt: {}\n", *contents.error);
      failed = true;
      continue;
    }
    FormatResult formatted = formatTemplate(contents.text, displayName, options.write, limits);
    printDiagnostics(formatted.diagnostics, contents.text);
    if (!formatted.output) {
      failed = true;
      continue;
    }
    if (options.check) {
      if (*formatted.output != contents.text) unformatted.push_back(displayName);
    } else if (options.inPlace) {
      if (*formatted.output == contents.text) continue;
      if (auto error = writeFileAtomically(input, *formatted.output)) {
        fmt::print(stderr, "vpcsynth fmt: {}\n", *error);
        failed = true;
      }
    } else {
      toStdout += *formatted.output;
    }
  }
  // Output is written only when every input was formatted, so a failed run leaves no partial file.
  if (failed) return kFormatInputError;
  if (options.check) {
    for (const std::string& name : unformatted) fmt::print("{}\n", name);
    if (!unformatted.empty()) {
      fmt::print(stderr, "vpcsynth fmt: {} file(s) would be reformatted\n", unformatted.size());
      return kNotFormatted;
    }
    return kSuccess;
  }
  if (!options.inPlace) {
    if (!options.outputFile.empty()) {
      if (auto error = writeFileAtomically(options.outputFile, toStdout)) {
        fmt::print(stderr, "vpcsynth fmt: {}\n", *error);
        return kFormatInputError;
      }
    } else {
      std::fwrite(toStdout.data(), 1, toStdout.size(), stdout);
    }
  }
  return kSuccess;
}

}  // namespace vpcsynth::cli
