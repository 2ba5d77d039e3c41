// Region price files: what they hold, and the file:line:column messages for what is wrong.
#include <catch2/catch.hpp>
#include <string>

#include "cost/price_list.h"

using namespace vpcsynth;

namespace {

std::vector<std::string> messages(std::string_view text) {
  std::vector<std::string> rendered;
  for (const Diagnostic& diagnostic : readPriceFile(text, "eu.yaml").diagnostics) {
    std::string line = renderDiagnostic(diagnostic);
    if (line.ends_with('\n')) line.pop_back();
    rendered.push_back(line);
  }
  return rendered;
}

}  // namespace

TEST_CASE("a price file gives its region, the day it was read and the prices it knows") {
  const PriceFileResult result = readPriceFile(R"(region: eu-west-1
read-on: 2026-11-30
prices:
  nat-gateway-hour: 0.048
  redshift-node-hour:
    ra3.xlplus: 1.13
)",
                                               "eu.yaml");
  REQUIRE(result.prices);
  CHECK(result.diagnostics.empty());
  CHECK(result.prices->region == "eu-west-1");
  CHECK(result.prices->readOn == "2026-11-30");
  CHECK(result.prices->origin == "eu.yaml");
  CHECK(result.prices->find("nat-gateway-hour") == 0.048);
  CHECK(result.prices->find("redshift-node-hour.ra3.xlplus") == 1.13);
  // Left out: no price, never the us-east-1 one.
  CHECK_FALSE(result.prices->find("public-ipv4-hour"));
}

TEST_CASE("every problem of a price file is reported with its line and column") {
  CHECK(messages(R"(region: eu-west-1
read-on: 30/11/2026
prices:
  nat-gateway-hours: 0.048
  public-ipv4-hour: '0.005'
  vpn-connection-hour: -1
  redshift-node-hour:
    ra3.xlplsu: 1.13
)") == std::vector<std::string>{
           "eu.yaml:2:10: error K0003: read-on: '30/11/2026' is not a day written YYYY-MM-DD",
           "eu.yaml:4:3: error K0002: prices.nat-gateway-hours: unknown price key (did you "
           "mean 'nat-gateway-hour'?)",
           "eu.yaml:5:21: error K0003: prices.public-ipv4-hour: expected a price in US dollars "
           "from 0 to 10000 (a number such as 0.045), found '0.005'",
           "eu.yaml:6:24: error K0003: prices.vpn-connection-hour: expected a price in US "
           "dollars from 0 to 10000 (a number such as 0.045), found '-1'",
           "eu.yaml:8:5: error K0002: prices.redshift-node-hour.ra3.xlplsu: not a node type the "
           "cost model prices (did you mean 'ra3.xlplus'?)",
       });
}

TEST_CASE("a price file without its region, day or prices is refused") {
  const PriceFileResult result = readPriceFile("prices: {}\n", "eu.yaml");
  CHECK_FALSE(result.prices);
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].ruleId == price_rule::kMissingKey);
  CHECK(renderDiagnostic(result.diagnostics[0]).starts_with("eu.yaml:1:1: error K0004: region:"));
  CHECK(messages("[1, 2]\n") ==
        std::vector<std::string>{"eu.yaml:1:1: error K0001: a price file is a mapping with region, "
                                 "read-on and prices, not a list"});
  CHECK(readPriceFile("region: [\n", "eu.yaml").diagnostics.front().ruleId == "T0001");
}

TEST_CASE("an absurd price or an impossible day is refused, not carried into the amounts") {
  CHECK(messages(R"(region: eu-west-1
read-on: 2026-99-30
prices:
  nat-gateway-hour: 1e308
  nat-gateway-gb: 10000.01
  public-ipv4-hour: 1e400
  vpn-connection-hour: 10000
  redshift-node-hour:
    ra3.xlplus: .nan
)") == std::vector<std::string>{
           "eu.yaml:2:10: error K0003: read-on: '2026-99-30' is not a day written YYYY-MM-DD",
           "eu.yaml:4:21: error K0003: prices.nat-gateway-hour: expected a price in US dollars "
           "from 0 to 10000 (a number such as 0.045), found '1e308'",
           "eu.yaml:5:19: error K0003: prices.nat-gateway-gb: expected a price in US dollars "
           "from 0 to 10000 (a number such as 0.045), found '10000.01'",
           "eu.yaml:6:21: error K0003: prices.public-ipv4-hour: expected a price in US dollars "
           "from 0 to 10000 (a number such as 0.045), found '1e400'",
           "eu.yaml:9:17: error K0003: prices.redshift-node-hour.ra3.xlplus: expected a price in "
           "US dollars from 0 to 10000 (a number such as 0.045), found '.nan'",
       });
  CHECK_FALSE(readPriceFile("region: r\nread-on: 2026-13-01\nprices: {}\n", "eu.yaml").prices);
  CHECK(readPriceFile("region: r\nread-on: 2026-12-31\nprices: {}\n", "eu.yaml").prices);
}
