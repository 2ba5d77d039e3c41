// The Monthly cost section of a diff: what two templates' priced resources differ by.
#include "cost/cost_change.h"

#include <catch2/catch.hpp>
#include <limits>
#include <string>

#include "cost/cost_text.h"
#include "cost_test_support.h"
#include "diff/cost_section.h"
#include "diff/json_out.h"
#include "read_or_fail.h"

using namespace vpcsynth;
using namespace vpcsynth::test_support;

namespace {

CostChange change(std::string_view oldText, std::string_view newText,
                  const PriceList& prices = builtInPrices()) {
  return costChange(readTemplateOrFail(oldText), readTemplateOrFail(newText), prices);
}

constexpr std::string_view kPrivate = R"(
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
)";

constexpr std::string_view kNatEgress = R"(
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  NatEipA: {Type: AWS::EC2::EIP}
  NatGatewayA: {Type: AWS::EC2::NatGateway, Properties: {AllocationId: !GetAtt NatEipA.AllocationId}}
  NatEipB: {Type: AWS::EC2::EIP}
  NatGatewayB: {Type: AWS::EC2::NatGateway, Properties: {AllocationId: !GetAtt NatEipB.AllocationId}}
)";

}  // namespace

TEST_CASE("adding a NAT gateway per AZ adds their hours and their public IPv4 addresses") {
  const CostChange cost = change(kPrivate, kNatEgress);
  REQUIRE(cost.fixed.size() == 2);
  CHECK(cost.fixed[0].priceKey == "nat-gateway-hour");
  CHECK(cost.fixed[0].added == std::vector<std::string>{"NatGatewayA", "NatGatewayB"});
  const double fixed = monthly(2, "nat-gateway-hour") + monthly(2, "public-ipv4-hour");
  REQUIRE(cost.monthlyFixedChange());
  CHECK(*cost.monthlyFixedChange() == Approx(fixed));
  CHECK(costSummary(cost) == "+2 NAT gateways, +2 public IPv4 addresses: " + signedUsd(fixed) +
                                 "/month fixed, plus " + unitPrice(tablePrice("nat-gateway-gb")) +
                                 "/GB processed by NAT gateways");
  const std::vector<CostLine> lines = costLines(cost);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].kind == ChangeKind::Added);
  CHECK(lines[0].text.find(signedUsd(monthly(2, "nat-gateway-hour")) + "/month") !=
        std::string::npos);
}

TEST_CASE("removing them takes the same amount off, and the price by use goes") {
  const CostChange cost = change(kNatEgress, kPrivate);
  REQUIRE(cost.monthlyFixedChange());
  CHECK(*cost.monthlyFixedChange() ==
        Approx(-monthly(2, "nat-gateway-hour") - monthly(2, "public-ipv4-hour")));
  CHECK(cost.usageAdded.empty());
  REQUIRE(cost.usageRemoved.size() == 1);
  CHECK(costSummary(cost).find(", no longer ") != std::string::npos);
  CHECK(costLines(cost).front().kind == ChangeKind::Removed);
}

TEST_CASE("templates that cost the same have no cost change") {
  CHECK(change(kNatEgress, kNatEgress).empty());
  CHECK(change(kPrivate, kPrivate).empty());
}

TEST_CASE("a resource that gains an AZ changes its units, not its presence") {
  const std::string twoAzs = R"(
Resources:
  E: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcEndpointType: Interface, ServiceName: s, VpcId: v, SubnetIds: [a, b]}}
)";
  std::string threeAzs = twoAzs;
  threeAzs.replace(threeAzs.find("[a, b]"), 6, "[a, b, c]");
  const CostChange cost = change(twoAzs, threeAzs);
  REQUIRE(cost.fixed.size() == 1);
  CHECK(cost.fixed[0].oldUnits == 2);
  CHECK(cost.fixed[0].newUnits == 3);
  CHECK(cost.fixed[0].added == std::vector<std::string>{"E (3 AZs)"});
  CHECK(cost.fixed[0].removed == std::vector<std::string>{"E (2 AZs)"});
  CHECK(*cost.monthlyFixedChange() == Approx(monthly(1, "interface-endpoint-az-hour")));
  CHECK(cost.usageAdded.empty());
}

TEST_CASE("an unknown cost shows when its resource changes and cancels when it does not") {
  const std::string byParameter = R"(
Parameters: {NodeType: {Type: String}}
Resources:
  C: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: single-node, NodeType: !Ref NodeType}}
)";
  CHECK(change(byParameter, byParameter).empty());
  const std::string literal = R"(
Resources:
  C: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: single-node, NodeType: ra3.large}}
)";
  const CostChange cost = change(literal, byParameter);
  REQUIRE(cost.unknown.size() == 1);
  CHECK(cost.unknown[0].reason == "NodeType comes from parameter 'NodeType'");
  // The known node goes; the one that replaces it has no known price.
  REQUIRE(cost.fixed.size() == 1);
  CHECK(cost.fixed[0].newUnits == 0);
  CHECK(costSummary(cost).ends_with("; 1 cost not known from the templates"));
  CHECK(costLines(cost).back().kind == ChangeKind::Modified);
}

TEST_CASE("a price the list lacks makes the change unknown instead of zero") {
  PriceList prices = builtInPrices();
  prices.origin = "eu.yaml";
  prices.usd.erase("nat-gateway-hour");
  const CostChange cost = change(kPrivate, kNatEgress, prices);
  CHECK_FALSE(cost.monthlyFixedChange());
  CHECK(costSummary(cost).find("fixed monthly change unknown") != std::string::npos);
  CHECK(costLines(cost).front().text.find("price unknown (eu.yaml gives no nat-gateway-hour)") !=
        std::string::npos);
}

TEST_CASE("a line break in a condition's name stays inside its Markdown table row") {
  const CostChange cost = change(kPrivate, R"(
Resources:
  Nat: {Type: AWS::EC2::NatGateway, Condition: "Use|\nNat", Properties: {SubnetId: s}}
)");
  const std::string markdown = costMarkdown(cost);
  INFO(markdown);
  CHECK(markdown.find("| [?] | unknown: Nat (NAT gateway): created only when condition "
                      "'Use\\|<br>Nat' holds |\n") != std::string::npos);
  CHECK(markdown.find("| [+] | plus ") != std::string::npos);
}

TEST_CASE("an amount too large to report is null in JSON and unknown in text") {
  PriceList prices = builtInPrices();
  CostChange cost = change(kPrivate, kNatEgress, prices);
  REQUIRE(cost.fixed.size() == 2);
  cost.fixed[0].newUnits = 1e14;  // only absurd input could give such a count
  JsonOut json;
  json.beginObject();
  writeCostJson(json, cost);
  json.endObject();
  const std::string text = json.finish();
  INFO(text);
  CHECK(text.find("\"monthlyChange\": null") != std::string::npos);
  CHECK(text.find("\"fixedMonthlyChange\": null") != std::string::npos);
  CHECK(text.find("e+") == std::string::npos);
  CHECK(costSummary(cost).find(": fixed monthly change unknown (an amount out of range)") !=
        std::string::npos);
  CHECK(costLines(cost).front().text.find(
            "+100000000000000 NAT gateways: monthly change unknown (100000000000000 x $0.045/hour "
            "x 730 hours is out of range)") == 0);
}

TEST_CASE("JSON has no infinity or NaN: such a number is written null") {
  JsonOut json;
  json.beginArray();
  json.decimal(std::numeric_limits<double>::infinity());
  json.decimal(std::numeric_limits<double>::quiet_NaN());
  json.decimal(0.045);
  json.endArray();
  CHECK(json.finish() == "[\n  null,\n  null,\n  0.045\n]\n");
}
