#include "io/file_io.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace vpcsynth;
namespace fs = std::filesystem;

namespace {

fs::path scratchDirectory() {
  fs::path directory = fs::temp_directory_path() / ("vpcsynth-test-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  return directory;
}

}  // namespace

TEST_CASE("atomic writes replace a file whole and keep its mode") {
  fs::path file = scratchDirectory() / "out.yaml";
  std::ofstream(file) << "old";
  ::chmod(file.c_str(), 0600);
  REQUIRE_FALSE(writeFileAtomically(file.string(), "new contents"));
  CHECK(readInput(file.string(), 1024).text == "new contents");
  struct stat info {};
  ::stat(file.c_str(), &info);
  CHECK((info.st_mode & 0777) == 0600);
  fs::remove_all(file.parent_path());
}

TEST_CASE("a failed atomic write leaves nothing behind") {
  auto error = writeFileAtomically("/nonexistent-dir/out.yaml", "x");
  REQUIRE(error);
  CHECK(error->find("/nonexistent-dir/out.yaml") != std::string::npos);
}

TEST_CASE("reading refuses files over the limit and directories") {
  fs::path directory = scratchDirectory();
  fs::path file = directory / "big.yaml";
  std::ofstream(file) << std::string(100, 'x');
  CHECK(readInput(file.string(), 99).error);
  CHECK_FALSE(readInput(file.string(), 100).error);
  CHECK(readInput(directory.string(), 100).error);
  CHECK(readInput((directory / "missing").string(), 100).error);
  fs::remove_all(directory);
}
