// The deploy-time rules (P....): for each, a broken template in tests/lint/deploy/ that AWS
// refuses, found at the line that causes it, and its corrected twin, which the rule passes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint_test_support.h"

using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;
using Lines = std::vector<std::uint32_t>;

namespace {

std::string readTwin(const std::string& name) {
  const std::filesystem::path path =
      std::filesystem::path(VPCSYNTH_SOURCE_DIR) / "tests/lint/deploy" / name;
  std::ifstream in(path);
  INFO(path.string());
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Lints `p00NN_<kind>.yaml` with the rules whose IDs start with `only` (the twin's own rule when
// empty).
FileReport lintTwin(const std::string& rule, const std::string& kind, std::string only = {}) {
  std::string lower = rule;
  lower[0] = 'p';
  return lintText(readTwin(lower + "_" + kind + ".yaml"), only.empty() ? rule : only);
}

struct Twin {
  const char* rule;
  std::uint32_t line;   // where the broken template's finding points
  const char* excerpt;  // a part of its message
};

// One row per rule; the broken template has exactly one mistake.
const Twin kTwins[] = {
    {"P0001", 15, "contains '''"},
    {"P0002", 8, "starts with 'sg-'"},
    {"P0003", 22, "belong to different networks"},
    {"P0004", 17, "RouteAlreadyExists"},
    {"P0005", 20, "DuplicateSubnetsInSameZone"},
    {"P0006", 28, "must coexist"},
    {"P0007", 31, "CreateNetworkInterface"},
    {"P0008", 7, "greater than or equal to 2"},
    {"P0009", 5, "fully qualified"},
    {"P0010", 10, "accepts only 5431-5455 and 8191-8215"},
    {"P0011", 20, "ExcludeCharacters"},
};

}  // namespace

TEST_CASE("each deploy-time rule finds its broken twin and passes the corrected one") {
  for (const Twin& twin : kTwins) {
    INFO(twin.rule);
    FileReport broken = lintTwin(twin.rule, "broken");
    REQUIRE(linesOf(broken, twin.rule) == Lines{twin.line});
    REQUIRE(broken.findings.front().message.find(twin.excerpt) != std::string::npos);
    REQUIRE(linesOf(lintTwin(twin.rule, "correct"), twin.rule).empty());
  }
}

TEST_CASE("each broken twin breaks only its own deploy-time rule, each corrected twin none") {
  for (const Twin& twin : kTwins) {
    INFO(twin.rule);
    REQUIRE(ruleIds(lintTwin(twin.rule, "broken", "P")) == std::vector<std::string>{twin.rule});
    REQUIRE(lintTwin(twin.rule, "correct", "P").findings.empty());
  }
}
