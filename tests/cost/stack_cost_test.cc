// The cost model read from templates: which resources are priced, how many units each is, and
// what a template leaves unknown. Amounts come from the price table, never from literals.
#include "cost/stack_cost.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <limits>
#include <string>

#include "cost/cost_text.h"
#include "cost/price_list.h"
#include "cost_test_support.h"
#include "facts/prices.h"
#include "read_or_fail.h"

using namespace vpcsynth;
using namespace vpcsynth::test_support;

namespace {

StackCost costOf(std::string_view resources, std::string_view extra = "") {
  const std::string text = std::string(extra) + "Resources:\n" + std::string(resources);
  return stackCost(readTemplateOrFail(text));
}

const FixedCharge* fixedCharge(const StackCost& cost, std::string_view key) {
  for (const FixedCharge& charge : cost.fixed) {
    if (charge.priceKey == key) return &charge;
  }
  return nullptr;
}

bool hasUsage(const StackCost& cost, std::string_view key) {
  for (const UsageCharge& charge : cost.usage) {
    if (charge.priceKey == key) return true;
  }
  return false;
}

constexpr std::string_view kNatPair = R"(
  NatEipA: {Type: AWS::EC2::EIP, Properties: {Domain: vpc}}
  NatGatewayA: {Type: AWS::EC2::NatGateway, Properties: {AllocationId: !GetAtt NatEipA.AllocationId, SubnetId: s}}
  NatEipB: {Type: AWS::EC2::EIP, Properties: {Domain: vpc}}
  NatGatewayB: {Type: AWS::EC2::NatGateway, Properties: {AllocationId: !GetAtt NatEipB.AllocationId, SubnetId: s}}
)";

}  // namespace

TEST_CASE("a NAT gateway per AZ costs its hours, and its Elastic IP is a charged public IPv4") {
  const StackCost cost = costOf(kNatPair);
  const FixedCharge* nat = fixedCharge(cost, "nat-gateway-hour");
  const FixedCharge* ipv4 = fixedCharge(cost, "public-ipv4-hour");
  REQUIRE(nat != nullptr);
  REQUIRE(ipv4 != nullptr);
  CHECK(nat->units == 2);
  CHECK(nat->resources == std::vector<std::string>{"NatGatewayA", "NatGatewayB"});
  CHECK(ipv4->units == 2);
  CHECK(hasUsage(cost, "nat-gateway-gb"));
  CHECK(cost.unknown.empty());
}

TEST_CASE("the synth --cost report adds up each line from the table") {
  const std::string report = renderStackCost(costOf(kNatPair), builtInPrices());
  const std::string natLine = usd(monthly(2, "nat-gateway-hour"));
  const std::string ipv4Line = usd(monthly(2, "public-ipv4-hour"));
  const std::string total = usd(monthly(2, "nat-gateway-hour") + monthly(2, "public-ipv4-hour"));
  INFO(report);
  CHECK(report.find("2 NAT gateways") != std::string::npos);
  CHECK(report.find(natLine + "  NatGatewayA, NatGatewayB") != std::string::npos);
  CHECK(report.find(ipv4Line + "  NatEipA, NatEipB") != std::string::npos);
  CHECK(report.find("Total") != std::string::npos);
  CHECK(report.find(total + "\n") != std::string::npos);
  CHECK(report.find(unitPrice(tablePrice("nat-gateway-gb")) + "/GB processed by NAT gateways") !=
        std::string::npos);
  CHECK(report.find("a month is 730 hours") != std::string::npos);
}

TEST_CASE("an interface endpoint costs per subnet (one per AZ), a gateway endpoint nothing") {
  const StackCost cost = costOf(R"(
  SsmEndpoint: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcEndpointType: Interface, ServiceName: x, VpcId: v, SubnetIds: [!Ref A, !Ref B, !Ref C]}}
  S3GatewayEndpoint: {Type: AWS::EC2::VPCEndpoint, Properties: {ServiceName: y, VpcId: v}}
  DynamoEndpoint: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcEndpointType: Gateway, ServiceName: z, VpcId: v}}
)");
  REQUIRE(cost.fixed.size() == 1);
  CHECK(cost.fixed[0].priceKey == "interface-endpoint-az-hour");
  CHECK(cost.fixed[0].units == 3);
  CHECK(cost.fixed[0].resources == std::vector<std::string>{"SsmEndpoint (3 AZs)"});
  CHECK(hasUsage(cost, "interface-endpoint-gb"));
  CHECK(cost.unknown.empty());
}

TEST_CASE("subnets from a parameter leave the endpoint's AZ count unknown") {
  const StackCost cost = costOf(R"(
  Endpoint: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcEndpointType: Interface, ServiceName: x, VpcId: v, SubnetIds: !Ref Subnets}}
)",
                                "Parameters: {Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}}\n");
  CHECK(cost.fixed.empty());
  REQUIRE(cost.unknown.size() == 1);
  CHECK(cost.unknown[0].logicalId == "Endpoint");
  CHECK(cost.unknown[0].reason.find("SubnetIds comes from parameter 'Subnets'") == 0);
}

TEST_CASE("a provisioned cluster is its node type's price times its nodes") {
  const StackCost single = costOf(R"(
  C: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: single-node, NodeType: ra3.large}}
)");
  REQUIRE(single.fixed.size() == 1);
  CHECK(single.fixed[0].priceKey == "redshift-node-hour.ra3.large");
  CHECK(single.fixed[0].units == 1);
  CHECK(hasUsage(single, "redshift-managed-storage-gb-month"));

  const StackCost multi = costOf(R"(
  C: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: multi-node, NodeType: dc2.large, NumberOfNodes: 4}}
)");
  REQUIRE(multi.fixed.size() == 1);
  CHECK(multi.fixed[0].priceKey == "redshift-node-hour.dc2.large");
  CHECK(multi.fixed[0].units == 4);
  CHECK(multi.fixed[0].resources == std::vector<std::string>{"C (4 nodes)"});
  // DC2 nodes keep their data on local disks: no managed storage.
  CHECK_FALSE(hasUsage(multi, "redshift-managed-storage-gb-month"));
  CHECK(renderStackCost(multi, builtInPrices())
            .find(usd(monthly(4, "redshift-node-hour.dc2.large"))) != std::string::npos);
}

TEST_CASE("a node type or node count the template does not fix is unknown, never guessed") {
  const StackCost fromParameter = costOf(R"(
  C: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: multi-node, NodeType: !Ref NodeType, NumberOfNodes: 2}}
)",
                                         "Parameters: {NodeType: {Type: String}}\n");
  CHECK(fromParameter.fixed.empty());
  REQUIRE(fromParameter.unknown.size() == 1);
  CHECK(fromParameter.unknown[0].reason == "NodeType comes from parameter 'NodeType'");

  const StackCost computedCount = costOf(R"(
  C: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: multi-node, NodeType: ra3.xlplus, NumberOfNodes: !If [Big, 4, 2]}}
)");
  CHECK(computedCount.fixed.empty());
  REQUIRE(computedCount.unknown.size() == 1);
  CHECK(computedCount.unknown[0].what == "Redshift ra3.xlplus nodes");
  CHECK(computedCount.unknown[0].reason == "NumberOfNodes is computed by Fn::If");
}

TEST_CASE("a resource under a condition has an unknown count") {
  const StackCost cost = costOf(R"(
  Nat: {Type: AWS::EC2::NatGateway, Condition: UseNat, Properties: {SubnetId: s}}
  Vpn: {Type: AWS::EC2::VPNConnection, Properties: {Type: ipsec.1, CustomerGatewayId: c, VpnGatewayId: g}}
)");
  REQUIRE(cost.fixed.size() == 1);
  CHECK(cost.fixed[0].priceKey == "vpn-connection-hour");
  REQUIRE(cost.unknown.size() == 1);
  CHECK(cost.unknown[0].logicalId == "Nat");
  CHECK(cost.unknown[0].reason == "created only when condition 'UseNat' holds");
  const std::string report = renderStackCost(cost, builtInPrices());
  CHECK(report.find("Not known from the template") != std::string::npos);
  // Its price by use is still listed, marked as the fixed line is: it may not exist.
  REQUIRE(cost.usage.size() == 1);
  CHECK(cost.usage[0].resources ==
        std::vector<std::string>{"Nat (only if condition 'UseNat' holds)"});
  CHECK(report.find("(Nat (only if condition 'UseNat' holds))") != std::string::npos);
}

TEST_CASE("a node type the table lacks is unknown, and the total stays the sum of the rest") {
  const StackCost cost = costOf(R"(
  Odd: {Type: AWS::Redshift::Cluster, Properties: {ClusterType: single-node, NodeType: ra3.foo}}
  Vpn: {Type: AWS::EC2::VPNConnection, Properties: {Type: ipsec.1, CustomerGatewayId: c, VpnGatewayId: g}}
)");
  REQUIRE(cost.fixed.size() == 1);
  CHECK(cost.fixed[0].priceKey == "vpn-connection-hour");
  REQUIRE(cost.unknown.size() == 1);
  CHECK(cost.unknown[0].logicalId == "Odd");
  CHECK(cost.unknown[0].reason == "the price table has no node type 'ra3.foo'");
  const std::string report = renderStackCost(cost, builtInPrices());
  INFO(report);
  CHECK(report.find(usd(monthly(1, "vpn-connection-hour")) + "\n") != std::string::npos);
  CHECK(report.find("Odd (Redshift ra3.foo nodes): the price table has no node type 'ra3.foo'") !=
        std::string::npos);
}

TEST_CASE("a node count beyond a cluster's quota is unknown, not priced") {
  const auto clusterOf = [](std::string_view nodes) {
    return costOf(fmt::format(R"(
  Big: {{Type: AWS::Redshift::Cluster, Properties: {{ClusterType: multi-node, NodeType: ra3.16xlarge, NumberOfNodes: {}}}}}
)",
                              nodes));
  };
  const StackCost atQuota = clusterOf(std::to_string(facts::kRedshiftMaxNodesPerCluster));
  REQUIRE(atQuota.fixed.size() == 1);
  CHECK(atQuota.fixed[0].units == facts::kRedshiftMaxNodesPerCluster);
  for (std::string_view nodes : {"129", "9000000000000000000", "99999999999999999999"}) {
    INFO(nodes);
    const StackCost cost = clusterOf(nodes);
    CHECK(cost.fixed.empty());
    REQUIRE(cost.unknown.size() == 1);
    CHECK(cost.unknown[0].logicalId == "Big");
    CHECK_NOTHROW(renderStackCost(cost, builtInPrices()));
  }
  CHECK(clusterOf("129").unknown[0].reason ==
        "NumberOfNodes 129 is out of range: above 128, AWS's default quota of nodes in one "
        "cluster");
}

TEST_CASE("a Serverless workgroup has no fixed cost: its base RPUs are paid while queries run") {
  const StackCost cost = costOf(R"(
  Namespace: {Type: AWS::RedshiftServerless::Namespace, Properties: {NamespaceName: n}}
  Workgroup: {Type: AWS::RedshiftServerless::Workgroup, Properties: {WorkgroupName: w, BaseCapacity: 8}}
  DefaultWorkgroup: {Type: AWS::RedshiftServerless::Workgroup, Properties: {WorkgroupName: d}}
)");
  CHECK(cost.fixed.empty());
  CHECK(cost.unknown.empty());
  std::vector<int> bases;
  for (const UsageCharge& charge : cost.usage) {
    if (charge.priceKey == "serverless-rpu-hour") bases.push_back(charge.baseRpus);
  }
  CHECK(bases == std::vector<int>{8, facts::kServerlessDefaultBaseRpus});
  CHECK(hasUsage(cost, "redshift-managed-storage-gb-month"));
  const std::string text = usageChargeText(cost.usage[0], builtInPrices());
  CHECK(text.find(usd(8 * tablePrice("serverless-rpu-hour")) +
                  "/hour while queries run (base 8 RPUs x ") == 0);
  CHECK(text.find("60-second minimum") != std::string::npos);
}

TEST_CASE("an Elastic IP from an address pool may be free, so its cost is unknown") {
  const StackCost cost = costOf(R"(
  Eip: {Type: AWS::EC2::EIP, Properties: {PublicIpv4Pool: ipv4pool-ec2-1}}
)");
  CHECK(cost.fixed.empty());
  REQUIRE(cost.unknown.size() == 1);
  CHECK(cost.unknown[0].reason.find("ipv4pool-ec2-1") != std::string::npos);
}

TEST_CASE("money is written to the cent with thousands separators") {
  CHECK(usd(1585.5600000000002) == "$1,585.56");
  CHECK(usd(65.69999999999999) == "$65.70");
  CHECK(usd(0) == "$0.00");
  CHECK(signedUsd(-14.6) == "-$14.60");
  CHECK(signedUsd(73) == "+$73.00");
  CHECK(unitPrice(0.045) == "$0.045");
  CHECK(unitPrice(4.8) == "$4.80");
  CHECK(unitPrice(13.04) == "$13.04");
  CHECK(fixedChargeName("redshift-node-hour.ra3.xlplus", 1) == "1 Redshift ra3.xlplus node");
  CHECK(fixedChargeName("public-ipv4-hour", 2) == "2 public IPv4 addresses");
}

TEST_CASE("prices and counts are never written with an exponent") {
  CHECK(unitPrice(1e-7) == "$0.0000001");
  CHECK(unitPrice(0.0005) == "$0.0005");
  CHECK(unitPrice(10000) == "$10000.00");
  CHECK(unitCount(1e14) == "100000000000000");
  CHECK(fixedChargeName("nat-gateway-hour", 1e14) == "100000000000000 NAT gateways");
}

TEST_CASE("amounts too large or not finite are unknown, never a crash") {
  const double infinity = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (double amount : {8.56728e+22, -1e300, infinity, -infinity, nan, kLargestReportableAmount}) {
    INFO(amount);
    CHECK_FALSE(isReportableAmount(amount));
    CHECK(usd(amount) == "unknown");
    CHECK(signedUsd(amount) == "unknown");
    CHECK(unitPrice(amount) == "unknown");
    CHECK(unitCount(amount) == "unknown");
  }
  CHECK(usd(1234567890123.45) == "$1,234,567,890,123.45");
  // A fixed line whose amount is beyond reporting makes the total unknown too.
  StackCost cost;
  cost.fixed.push_back({"nat-gateway-hour", 1e14, {"Nat"}});
  const std::string report = renderStackCost(cost, builtInPrices());
  INFO(report);
  CHECK(report.find("100000000000000 x $0.045/hour x 730 hours  unknown  Nat") !=
        std::string::npos);
  CHECK(report.find("Total") != std::string::npos);
  CHECK(report.find(" unknown\n") != std::string::npos);
  CHECK(report.find("e+") == std::string::npos);
}
