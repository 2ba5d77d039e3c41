// Every file of the shared corpus (real templates written elsewhere) either reads or fails with
// a positioned diagnostic, and every template that reads survives a round trip through the
// writer in its own format and in the other one.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "io/file_io.h"
#include "yaml/reader.h"
#include "yaml/writer.h"

using namespace vpcsynth;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> corpusFiles() {
  std::vector<fs::path> files;
  const fs::path root = VPCSYNTH_CORPUS_DIR;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml" ||
                                    extension == ".json" || extension == ".template")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void checkRoundTrip(const Value& original, const fs::path& file, WriteOptions options) {
  const std::string written = writeDocument(original, options);
  ReadResult again = readDocument(written, file.string() + " (rewritten)");
  INFO(file.string() << "\n" << written.substr(0, 2000));
  for (const Diagnostic& diagnostic : again.diagnostics)
    INFO(renderDiagnostic(diagnostic, written));
  REQUIRE(again.ok());
  CHECK(semanticallyEqual(original, *again.document));
  // Writing is a fixed point: formatting formatted output changes nothing.
  CHECK(writeDocument(*again.document, options) == written);
}

}  // namespace

TEST_CASE("every corpus file reads or fails with a positioned diagnostic, and round trips") {
  const std::vector<fs::path> files = corpusFiles();
  if (files.empty()) {
    WARN("the shared corpus is not beside the checkout (" VPCSYNTH_CORPUS_DIR "); nothing to test");
    return;
  }
  std::size_t templates = 0;
  for (const fs::path& file : files) {
    FileContents contents = readInput(file.string(), ReadLimits{}.maxBytes);
    REQUIRE_FALSE(contents.error);
    ReadResult result = readTemplate(contents.text, file.string());
    if (!result.ok()) {
      INFO(file.string());
      REQUIRE_FALSE(result.diagnostics.empty());
      for (const Diagnostic& diagnostic : result.diagnostics) {
        CHECK(diagnostic.position.fileName() == file.string());
        CHECK(diagnostic.position.line >= 1);
        CHECK_FALSE(diagnostic.message.empty());
      }
      continue;
    }
    ++templates;
    const bool isJson = file.extension() == ".json";
    checkRoundTrip(*result.document, file,
                   {isJson ? OutputFormat::Json : OutputFormat::Yaml, FunctionForm::Short});
    checkRoundTrip(*result.document, file,
                   {isJson ? OutputFormat::Yaml : OutputFormat::Json, FunctionForm::Short});
    checkRoundTrip(*result.document, file, {OutputFormat::Yaml, FunctionForm::Long});
  }
  // Most of the corpus is real templates; a reader that refused them all would pass otherwise.
  CHECK(templates * 10 >= files.size() * 8);
}
