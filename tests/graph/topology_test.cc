// The topology that `vpcsynth graph` draws: zones, tiers, placement, routes and verdicts, and
// what is left when the template does not say.
#include "graph/topology.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "graph/collapse.h"
#include "graph/render.h"
#include "io/file_io.h"
#include "read_or_fail.h"
#include "yaml/reader.h"

using namespace vpcsynth;
using namespace vpcsynth::graph;

namespace {

struct Drawn {
  std::string text;
  Value document;
  lint::LintContext context;
  Topology topology;

  explicit Drawn(std::string templateText)
      : text(std::move(templateText)),
        document(test_support::readTemplateOrFail(text)),
        context(document, text, "t.yaml"),
        topology(buildTopology(context)) {}

  const Node& node(std::string_view id) const {
    const std::size_t index = topology.find(id);
    REQUIRE(index != kNone);
    return topology.nodes[index];
  }

  /// The edges from `from` to `to`, as "kind:label".
  std::vector<std::string> edges(std::string_view from, std::string_view to) const {
    std::vector<std::string> found;
    for (const Edge& edge : topology.edges) {
      if (topology.nodes[edge.from].id == from && topology.nodes[edge.to].id == to) {
        const char* kind = edge.kind == EdgeKind::Route     ? "route"
                           : edge.kind == EdgeKind::Open    ? "open"
                           : edge.kind == EdgeKind::Blocked ? "blocked"
                                                            : "unknown";
        found.push_back(std::string(kind) + ":" + edge.label);
      }
    }
    return found;
  }
};

std::string committed(std::string_view name) {
  const FileContents contents =
      readInput(std::string(VPCSYNTH_SOURCE_DIR) + "/templates/" + std::string(name), 1u << 20);
  REQUIRE_FALSE(contents.error);
  return contents.text;
}

}  // namespace

TEST_CASE("nat-egress: two zone columns, public and private subnets, NAT per zone") {
  const Drawn drawn(committed("nat-egress.yaml"));
  const Topology& topology = drawn.topology;
  REQUIRE(topology.vpcs.size() == 1);
  CHECK(topology.vpcs[0].cidr == "10.0.0.0/16");
  CHECK(topology.zones == std::vector<std::string>{"zone 0", "zone 1"});
  CHECK(drawn.node("PublicSubnetA").tier == Tier::Public);
  CHECK(drawn.node("PrivateSubnetB").tier == Tier::Private);
  CHECK(drawn.node("PrivateSubnetB").zone == 1);
  CHECK(drawn.node("PrivateSubnetA").detail == "10.0.0.0/19");
  const Node& nat = drawn.node("NatGatewayB");
  REQUIRE(nat.subnets.size() == 1);
  CHECK(topology.nodes[nat.subnets[0]].id == "PublicSubnetB");
  CHECK(drawn.node("RedshiftCluster").subnets.size() == 2);
  CHECK(drawn.node("Function").subnets.size() == 2);
  CHECK(drawn.edges("PrivateSubnetB", "NatGatewayB") ==
        std::vector<std::string>{"route:0.0.0.0/0"});
  CHECK(drawn.edges("NatGatewayB", "InternetGateway") ==
        std::vector<std::string>{"route:0.0.0.0/0"});
  CHECK(drawn.edges("Function", "RedshiftCluster") == std::vector<std::string>{"open:TCP 5439"});
  CHECK(drawn.edges("Function", "service:ssm") == std::vector<std::string>{"open:HTTPS"});
}

TEST_CASE("private-only: the function's call to Parameter Store has no path") {
  // private-only has no NAT and no interface endpoint; synth gives its function no such call,
  // so one is added here: the verdict must be blocked, with the hop as the label.
  std::string text = committed("private-only.yaml");
  const std::size_t outputs = text.find("\nOutputs:");
  REQUIRE(outputs != std::string::npos);
  text.insert(outputs + 1, R"(  ExtraPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [!Ref FunctionRole]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - {Effect: Allow, Action: ssm:GetParameter, Resource: '*'}
)");
  const Drawn drawn(text);
  const std::vector<std::string> edges = drawn.edges("Function", "service:ssm");
  REQUIRE(edges.size() == 1);
  // The first hop that stops it: the function's first subnet routes nowhere out, and no
  // interface endpoint stands in for the public API.
  CHECK(edges[0] ==
        "blocked:HTTPS: blocked by route table 'PrivateRouteTableA' of subnet 'PrivateSubnetA' "
        "(no route to 0.0.0.0/0), and no interface endpoint with private DNS serves "
        "com.amazonaws.<region>.ssm in the VPC");
}

TEST_CASE("on-premises-vpn: VPN gateway, customer gateway and the ranges behind them") {
  const Drawn drawn(committed("on-premises-vpn.yaml"));
  CHECK(drawn.node("VpnGateway").vpc == 0);
  CHECK(drawn.edges("VpnGateway", "CustomerGateway") ==
        std::vector<std::string>{"route:VPN VpnConnection"});
  const Node& onPremises = drawn.node("on-premises:VpnGateway");
  CHECK(onPremises.kind == NodeKind::OnPremises);
  CHECK(onPremises.detail.find("172.16.0.0/12") != std::string::npos);
  CHECK(drawn.edges("CustomerGateway", "on-premises:VpnGateway").size() == 1);
}

TEST_CASE("literal zone names, indexes and unknown zones take sorted columns") {
  const Drawn drawn(R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Unknown:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.3.0/24, AvailabilityZone: !Ref Zone}
  Named:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: eu-west-1b}
  Second:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [1, !GetAZs '']}
  First:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs '']}
Parameters:
  Zone: {Type: String}
)");
  CHECK(drawn.topology.zones ==
        std::vector<std::string>{"zone 0", "zone 1", "eu-west-1b", "zone unknown"});
  CHECK(drawn.node("Unknown").zone == 3);
  CHECK(drawn.node("First").zone == 0);
  // No route table: private, as the VPC's main table has no route out.
  CHECK(drawn.node("First").tier == Tier::Private);
}

TEST_CASE("imported subnets and VPCs still draw what is known") {
  const Drawn drawn(R"(Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !ImportValue SharedVpc, CidrBlock: 10.0.0.0/24}
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Code: {ZipFile: x}
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: {SubnetIds: [!ImportValue SubnetA], SecurityGroupIds: [sg-1]}
  Instance:
    Type: AWS::EC2::Instance
    Properties: {ImageId: ami-1, SubnetId: !Ref Subnet}
  Mixed:
    Type: AWS::EC2::NetworkInterface
    Properties: {SubnetId: !ImportValue Other}
)");
  REQUIRE(drawn.topology.vpcs.size() == 1);
  CHECK(drawn.topology.vpcs[0].external);
  CHECK(drawn.node("Subnet").vpc == 0);
  CHECK(drawn.node("Fn").externalSubnets);
  CHECK(drawn.node("Fn").subnets.empty());
  CHECK(drawn.node("Instance").kind == NodeKind::Interface);
  CHECK(drawn.node("Instance").subnets.size() == 1);
  CHECK(drawn.node("Mixed").externalSubnets);
  // A picture comes out in every format.
  for (const GraphFormat format : {GraphFormat::Svg, GraphFormat::Mermaid, GraphFormat::Dot}) {
    CHECK(render(drawn.topology, format, {}).find("Instance") != std::string::npos);
  }
}

TEST_CASE("a template with no VPC at all draws its resources outside any VPC") {
  const Drawn drawn(R"(Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: {Code: {ZipFile: x}, Role: arn:aws:iam::123456789012:role/r}
  Bucket: {Type: AWS::S3::Bucket}
)");
  CHECK(drawn.topology.vpcs.empty());
  CHECK(drawn.node("Fn").vpc == kNone);
  CHECK(drawn.topology.edges.empty());
  CHECK(drawn.topology.find("Bucket") == kNone);
  CHECK(renderSvg(drawn.topology, {"t", kMermaidTextLimit}).find(">Fn</text>") !=
        std::string::npos);
}

TEST_CASE("collapsing keeps the first resources of a kind and counts the rest") {
  std::string text = R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}}
)";
  for (int i = 0; i < 30; ++i) {
    text += "  Instance" + std::to_string(i) +
            ": {Type: AWS::EC2::Instance, Properties: {ImageId: ami-1, SubnetId: !Ref Subnet}}\n";
  }
  const Drawn drawn(text);
  const Topology collapsed = collapseRepeated(drawn.topology, 2);
  CHECK(collapsed.find("Instance0") != kNone);
  CHECK(collapsed.find("Instance1") != kNone);
  CHECK(collapsed.find("Instance2") == kNone);
  const std::size_t more = collapsed.find("more:Instance2");
  REQUIRE(more != kNone);
  CHECK(collapsed.nodes[more].label == "28 more network interfaces");
}

TEST_CASE("mermaid output stays under its limit by collapsing") {
  std::string text = R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
)";
  for (int s = 0; s < 60; ++s) {
    const std::string subnet = "Subnet" + std::to_string(s);
    text += "  " + subnet +
            ": {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0." +
            std::to_string(s) + ".0/24, AvailabilityZone: !Select [" + std::to_string(s % 3) +
            ", !GetAZs '']}}\n";
    for (int i = 0; i < 15; ++i) {
      text += "  Instance" + std::to_string(s) + "x" + std::to_string(i) +
              ": {Type: AWS::EC2::Instance, Properties: {ImageId: ami-1, SubnetId: !Ref " + subnet +
              "}}\n";
    }
  }
  const Drawn drawn(text);
  RenderOptions options;
  options.mermaidLimit = 50000;
  const std::string full = renderMermaid(drawn.topology, {"t", 10000000});
  REQUIRE(full.size() > options.mermaidLimit);
  const std::string fitted = renderMermaid(drawn.topology, options);
  CHECK(fitted.size() <= options.mermaidLimit);
  CHECK(fitted.find(" more ") != std::string::npos);
  CHECK(renderMermaid(drawn.topology, options) == fitted);
}

TEST_CASE("a NAT gateway whose SubnetId names no subnet is drawn outside, never inside a node") {
  for (const char* named : {"Vpc", "Igw", "Nat"}) {
    const Drawn drawn(std::string(R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Igw: {Type: AWS::EC2::InternetGateway}
  Nat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref )") +
                      named + "}}\n");
    const Node& nat = drawn.node("Nat");
    CHECK(nat.subnets.empty());
    CHECK(nat.vpc == kNone);
    CHECK(nat.detail == fmt::format("SubnetId names {}, not a subnet", named));
    for (const GraphFormat format : {GraphFormat::Svg, GraphFormat::Mermaid, GraphFormat::Dot}) {
      CHECK(render(drawn.topology, format, {}).find("SubnetId names") != std::string::npos);
    }
  }
}

TEST_CASE("a literal zone name is a name, even one that reads like a GetAZs index") {
  const Drawn drawn(R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Literal:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: "getazs:1"}
  Huge:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: "getazs:99999999999999999999"}
  Text:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: "getazs:x"}
  Indexed:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.3.0/24, AvailabilityZone: !Select [1, !GetAZs '']}
)");
  CHECK(drawn.topology.zones ==
        std::vector<std::string>{"zone 1", "getazs:1", "getazs:99999999999999999999", "getazs:x"});
  CHECK(drawn.node("Literal").zone != drawn.node("Indexed").zone);
}

TEST_CASE("each VPN connection's static routes are behind its own VPN gateway") {
  std::string text = "Resources:\n";
  for (const char* side : {"A", "B"}) {
    const std::string s = side;
    text += "  Vgw" + s + ": {Type: AWS::EC2::VPNGateway, Properties: {Type: ipsec.1}}\n";
    text += "  Cgw" + s +
            ": {Type: AWS::EC2::CustomerGateway, Properties: {Type: ipsec.1, BgpAsn: 65000, "
            "IpAddress: 203.0.113.1}}\n";
    text += "  Vpn" + s + ": {Type: AWS::EC2::VPNConnection, Properties: {Type: ipsec.1, " +
            "StaticRoutesOnly: true, VpnGatewayId: !Ref Vgw" + s + ", CustomerGatewayId: !Ref Cgw" +
            s + "}}\n";
  }
  text +=
      "  RouteA: {Type: AWS::EC2::VPNConnectionRoute, Properties: {VpnConnectionId: !Ref VpnA, "
      "DestinationCidrBlock: 172.16.0.0/16}}\n"
      "  RouteB: {Type: AWS::EC2::VPNConnectionRoute, Properties: {VpnConnectionId: !Ref VpnB, "
      "DestinationCidrBlock: 192.168.0.0/16}}\n";
  const Drawn drawn(text);
  CHECK(drawn.node("on-premises:VgwA").detail == "172.16.0.0/16");
  CHECK(drawn.node("on-premises:VgwB").detail == "192.168.0.0/16");
}

TEST_CASE("mermaid output too long even when collapsed becomes a summary under the limit") {
  // 40 VPCs of 10 literal zones: single subnets, which collapsing cannot merge.
  std::string text = "Resources:\n";
  for (int v = 0; v < 40; ++v) {
    const std::string vpc = fmt::format("VpcNumber{:03}WithALongishName", v);
    text += fmt::format("  {}: {{Type: AWS::EC2::VPC, Properties: {{CidrBlock: 10.{}.0.0/16}}}}\n",
                        vpc, v);
    for (int z = 0; z < 10; ++z) {
      text += fmt::format(
          "  SubnetOfVpc{:03}InZone{:02}WithLongName: {{Type: AWS::EC2::Subnet, Properties: "
          "{{VpcId: !Ref {}, CidrBlock: 10.{}.{}.0/24, AvailabilityZone: zone-{:02}-az}}}}\n",
          v, z, vpc, v, z, z);
    }
  }
  const Drawn drawn(text);
  REQUIRE(renderMermaid(collapseRepeated(drawn.topology, 0), {"t", 10000000}).size() > 50000);
  for (const std::size_t limit : {std::size_t{50000}, std::size_t{20000}, std::size_t{100}}) {
    const std::string fitted = renderMermaid(drawn.topology, {"t", limit});
    CHECK(fitted.size() <= limit);
    CHECK(fitted.starts_with("flowchart TB\n"));
  }
  const std::string summary = renderMermaid(drawn.topology, {"t", 50000});
  CHECK(summary.find("s0[\"400 subnets\"]") != std::string::npos);
  CHECK(summary.find("40 VPCs") != std::string::npos);
}

TEST_CASE("only a public NAT gateway routes on to the Internet Gateway, not a private one") {
  const Drawn drawn(R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Igw: {Type: AWS::EC2::InternetGateway}
  Att: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}}
  Sub: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}}
  Rt: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
  Assoc: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref Sub, RouteTableId: !Ref Rt}}
  Def: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Rt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}}
  Pub: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref Sub}}
  Priv: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref Sub, ConnectivityType: private}}
)");
  CHECK(drawn.edges("Pub", "Igw") == std::vector<std::string>{"route:0.0.0.0/0"});
  CHECK(drawn.edges("Priv", "Igw").empty());
  CHECK(drawn.node("Priv").detail == "private");
}
