// The one dated price table (lib/facts/prices.cc): every row is complete, and the documentation
// quotes it as it is.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "facts/prices.h"
#include "lint/lint_config.h"

using namespace vpcsynth;

TEST_CASE("every row of the price table has a key, a price, a unit and an AWS pricing page") {
  CHECK(facts::listPriceRegion() == "us-east-1");
  CHECK(lint::isIsoDate(facts::listPriceDate()));
  CHECK(facts::publicIpv4ChargedSince() == "2024-02-01");
  for (const facts::ListPrice& row : facts::listPrices()) {
    INFO(row.key);
    CHECK(row.usd > 0);
    CHECK_FALSE(row.unit.empty());
    CHECK(row.source.starts_with("https://aws.amazon.com/"));
  }
}

TEST_CASE("a month is 365 days x 24 hours / 12, as AWS's Pricing Calculator counts it") {
  CHECK(facts::kHoursPerMonth == 365.0 * 24 / 12);
}

TEST_CASE("docs/synth.md quotes every price of the table with the table's date") {
  std::ifstream file(std::string(VPCSYNTH_SOURCE_DIR) + "/docs/synth.md");
  std::stringstream text;
  text << file.rdbuf();
  const std::string page = text.str();
  CHECK(page.find(fmt::format("read on {}", facts::listPriceDate())) != std::string::npos);
  for (const facts::ListPrice& row : facts::listPrices()) {
    const std::string line = fmt::format("| `{}` | {} | {} |", row.key, row.usd, row.unit);
    INFO(line);
    CHECK(page.find(line) != std::string::npos);
  }
}
