#include "price_source.h"

#include <fmt/format.h>

#include <cstdio>

#include "config/config_reader.h"
#include "io/file_io.h"

namespace vpcsynth::cli {

std::optional<PriceList> loadPrices(std::string_view command, const std::string& path) {
  if (path.empty()) return builtInPrices();
  // A price file is as small as a configuration; the same limit keeps a wrong file out.
  FileContents contents = readInput(path, kMaxConfigBytes);
  if (contents.error) {
    fmt::print(stderr, "vpcsynth {}: --region-prices: {}\n", command, *contents.error);
    return std::nullopt;
  }
  PriceFileResult result = readPriceFile(contents.text, path == "-" ? "<stdin>" : path);
  for (const Diagnostic& diagnostic : result.diagnostics) {
    fmt::print(stderr, "{}", renderDiagnostic(diagnostic, contents.text));
  }
  return std::move(result.prices);
}

}  // namespace vpcsynth::cli
