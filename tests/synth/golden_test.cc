#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "io/file_io.h"
#include "synth/synthesize.h"
#include "yaml/writer.h"

using namespace vpcsynth;

namespace {

std::string readFile(const std::filesystem::path& path) {
  FileContents contents = readInput(path.string(), 1u << 20);
  INFO(path.string());
  REQUIRE_FALSE(contents.error);
  return contents.text;
}

}  // namespace

TEST_CASE(
    "every committed template is what its example synthesizes (run scripts/update-templates)") {
  const std::filesystem::path source(VPCSYNTH_SOURCE_DIR);
  int examples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source / "examples")) {
    if (entry.path().extension() != ".yaml") continue;
    ++examples;
    const std::filesystem::path committed = source / "templates" / entry.path().filename();
    INFO(committed.string() << " is stale or missing: run scripts/update-templates");
    REQUIRE(std::filesystem::exists(committed));
    SynthResult result =
        synthesizeFromConfig(readFile(entry.path()), entry.path().string(), std::nullopt);
    REQUIRE(result.document);
    CHECK(writeDocument(*result.document) == readFile(committed));
  }
  CHECK(examples >= 5);
}

TEST_CASE("every committed template has an example") {
  const std::filesystem::path source(VPCSYNTH_SOURCE_DIR);
  for (const auto& entry : std::filesystem::directory_iterator(source / "templates")) {
    INFO(entry.path().string());
    CHECK(std::filesystem::exists(source / "examples" / entry.path().filename()));
  }
}
