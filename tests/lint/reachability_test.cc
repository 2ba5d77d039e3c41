// The reachability engine's verdicts asked directly: open, blocked with the hop, or unknown.
#include "lint/reachability.h"

#include <catch2/catch.hpp>

#include "yaml/reader.h"

using namespace vpcsynth;
using namespace vpcsynth::lint;

namespace {

// A VPC with one subnet routed to nothing, a function group and a database group; each test adds
// the rules it is about.
const std::string kBase = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}
  Db:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: db, VpcId: !Ref Vpc}
)";

struct Engine {
  std::string text;
  Value document;
  LintContext context;
  Reachability reachability;

  explicit Engine(std::string templateText)
      : text(std::move(templateText)),
        document(*readTemplate(text, "t.yaml").document),
        context(document, text, "t.yaml"),
        reachability(context) {}

  NetworkSource source(std::string_view groups) {
    const Resource* subnet = context.resource("Subnet");
    NetworkSource from{"function 'F'", {{subnet}, true}, {{}, true}};
    for (std::size_t start = 0; start < groups.size();) {
      const std::size_t comma = std::min(groups.find(',', start), groups.size());
      from.groups.resources.push_back(context.resource(groups.substr(start, comma - start)));
      start = comma + 1;
    }
    return from;
  }

  PathVerdict toDb(std::string_view groups) {
    const ListeningTarget db{
        "db", {{context.resource("Subnet")}, true}, {{context.resource("Db")}, true}, 5432};
    return reachability.toListener(source(groups), db);
  }
};

std::string withGroup(std::string_view egress, std::string_view dbIngress) {
  return kBase +
         "  Fn:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: "
         "f\n      VpcId: !Ref Vpc\n" +
         std::string(egress) + "  DbIngress:\n    Type: AWS::EC2::SecurityGroupIngress\n" +
         "    Properties: {GroupId: !Ref Db, IpProtocol: tcp, FromPort: 5432, ToPort: 5432, " +
         std::string(dbIngress) + "}\n";
}

}  // namespace

TEST_CASE("a group without egress rules keeps the default, and the far side must admit") {
  Engine open(withGroup("", "SourceSecurityGroupId: !Ref Fn"));
  CHECK(open.toDb("Fn").isOpen());
  Engine blocked(withGroup("", "CidrIp: 10.0.2.0/24"));
  const PathVerdict verdict = blocked.toDb("Fn");
  REQUIRE(verdict.isBlocked());
  CHECK(verdict.hop == "security group 'Db' ingress (allows only TCP port 5432 from 10.0.2.0/24)");
}

TEST_CASE("an egress rule list replaces the default") {
  Engine engine(
      withGroup("      SecurityGroupEgress:\n        - {IpProtocol: tcp, FromPort: 443, "
                "ToPort: 443, CidrIp: 0.0.0.0/0}\n",
                "SourceSecurityGroupId: !Ref Fn"));
  const PathVerdict verdict = engine.toDb("Fn");
  REQUIRE(verdict.isBlocked());
  CHECK(verdict.hop == "security group 'Fn' egress (allows only TCP port 443 to 0.0.0.0/0)");
}

TEST_CASE("a value the template does not fix makes the path unknown, never blocked") {
  Engine imported(withGroup("", "SourceSecurityGroupId: !ImportValue other"));
  CHECK(imported.toDb("Fn").kind == PathVerdict::Kind::Unknown);
  Engine parameter("Parameters:\n  Block: {Type: String}\n" + withGroup("", "CidrIp: !Ref Block"));
  CHECK(parameter.toDb("Fn").kind == PathVerdict::Kind::Unknown);
}

TEST_CASE("a subnet with no route table association has only the local route") {
  Engine engine(withGroup("", "SourceSecurityGroupId: !Ref Fn"));
  const PathVerdict verdict =
      engine.reachability.toService(engine.source("Fn"), *serviceCalledFor("ssm:GetParameter"));
  REQUIRE(verdict.isBlocked());
  CHECK(verdict.hop.starts_with("subnet 'Subnet' (no route table association"));
}

TEST_CASE("two hops: the first that blocks decides, else unknown beats open") {
  CHECK(bothHops(PathVerdict::blocked("a"), PathVerdict::blocked("b")).hop == "a");
  CHECK(bothHops(PathVerdict::unknown(), PathVerdict::blocked("b")).hop == "b");
  CHECK(bothHops(PathVerdict::open(), PathVerdict::unknown()).kind == PathVerdict::Kind::Unknown);
  CHECK(bothHops(PathVerdict::open(), PathVerdict::open()).isOpen());
}

namespace {

// kBase's subnet with a route table: `routes` are its routes, `extra` more resources.
std::string routed(std::string_view routes, std::string_view extra = {}) {
  return withGroup("", "SourceSecurityGroupId: !Ref Fn") +
         "  Table:\n    Type: AWS::EC2::RouteTable\n    Properties: {VpcId: !Ref Vpc}\n"
         "  Assoc:\n    Type: AWS::EC2::SubnetRouteTableAssociation\n"
         "    Properties: {SubnetId: !Ref Subnet, RouteTableId: !Ref Table}\n"
         "  Vgw:\n    Type: AWS::EC2::VPNGateway\n    Properties: {Type: ipsec.1}\n"
         "  Igw:\n    Type: AWS::EC2::InternetGateway\n" +
         std::string(routes) + std::string(extra);
}

PathVerdict toOnPremises(const std::string& text) {
  Engine engine(text);
  return engine.reachability.toNetwork(engine.source("Fn"), *net::parseCidr("192.168.0.0/16"), 443);
}

}  // namespace

TEST_CASE("an on-premises network: the longest prefix decides, and must leave through a gateway") {
  const std::string toVgw =
      "  OnPrem:\n    Type: AWS::EC2::Route\n    Properties: {RouteTableId: !Ref Table, "
      "DestinationCidrBlock: 192.168.0.0/16, GatewayId: !Ref Vgw}\n";
  const std::string toIgw =
      "  Default:\n    Type: AWS::EC2::Route\n    Properties: {RouteTableId: !Ref Table, "
      "DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}\n";
  CHECK(toOnPremises(routed(toVgw + toIgw)).isOpen());
  const PathVerdict internet = toOnPremises(routed(toIgw));
  REQUIRE(internet.isBlocked());
  CHECK(internet.hop ==
        "route table 'Table' of subnet 'Subnet' (its route to 192.168.0.0/16 goes to Internet "
        "Gateway 'Igw', which leads to the internet, not to that network)");
  CHECK(toOnPremises(routed("")).hop ==
        "route table 'Table' of subnet 'Subnet' (no route to 192.168.0.0/16)");
}

TEST_CASE("an on-premises network through VPN route propagation") {
  const std::string propagation =
      "  Propagation:\n    Type: AWS::EC2::VPNGatewayRoutePropagation\n"
      "    Properties: {RouteTableIds: [!Ref Table], VpnGatewayId: !Ref Vgw}\n";
  const std::string staticRoute =
      "  Static:\n    Type: AWS::EC2::VPNConnectionRoute\n"
      "    Properties: {DestinationCidrBlock: 192.168.0.0/16, VpnConnectionId: vpn-1}\n";
  CHECK(toOnPremises(routed(propagation, staticRoute)).isOpen());
  // Without a static route, BGP may announce the network, or may not.
  CHECK(toOnPremises(routed(propagation)).kind == PathVerdict::Kind::Unknown);
}

TEST_CASE("the internet through a route to the Internet Gateway: no public address") {
  Engine engine(
      routed("  Default:\n    Type: AWS::EC2::Route\n    Properties: {RouteTableId: !Ref Table, "
             "DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}\n"));
  const PathVerdict verdict = engine.reachability.toInternet(engine.source("Fn"), 443);
  REQUIRE(verdict.isBlocked());
  CHECK(verdict.hop.find("no public IP address") != std::string::npos);
}

namespace {

// A subnet in `zone` whose table routes 192.168.0.0/16 to a transit gateway, and the VPC's
// attachment to it through one subnet in `attachedZone`.
PathVerdict throughTransitGateway(std::string_view zone, std::string_view attachedZone) {
  const std::string text =
      "Resources:\n"
      "  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16}\n"
      "  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties: {VpcId: !Ref Vpc, "
      "CidrBlock: 10.0.1.0/24, AvailabilityZone: " +
      std::string(zone) +
      "}\n"
      "  Attached:\n    Type: AWS::EC2::Subnet\n    Properties: {VpcId: !Ref Vpc, "
      "CidrBlock: 10.0.2.0/24, AvailabilityZone: " +
      std::string(attachedZone) +
      "}\n"
      "  Table:\n    Type: AWS::EC2::RouteTable\n    Properties: {VpcId: !Ref Vpc}\n"
      "  Assoc:\n    Type: AWS::EC2::SubnetRouteTableAssociation\n"
      "    Properties: {SubnetId: !Ref Subnet, RouteTableId: !Ref Table}\n"
      "  Attachment:\n    Type: AWS::EC2::TransitGatewayVpcAttachment\n"
      "    Properties: {TransitGatewayId: tgw-0123456789abcdef0, VpcId: !Ref Vpc, "
      "SubnetIds: [!Ref Attached]}\n"
      "  OnPrem:\n    Type: AWS::EC2::Route\n    DependsOn: Attachment\n"
      "    Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 192.168.0.0/16, "
      "TransitGatewayId: tgw-0123456789abcdef0}\n";
  Engine engine(text);
  return engine.reachability.routesTo({{engine.context.resource("Subnet")}, true},
                                      *net::parseCidr("192.168.10.0/24"));
}

}  // namespace

TEST_CASE("a route to a transit gateway needs an attachment subnet in the source's AZ") {
  CHECK(throughTransitGateway("!Select [0, !GetAZs '']", "!Select [0, !GetAZs '']").isOpen());
  CHECK(throughTransitGateway("us-east-1a", "us-east-1a").isOpen());
  const PathVerdict otherZone =
      throughTransitGateway("!Select [1, !GetAZs '']", "!Select [0, !GetAZs '']");
  REQUIRE(otherZone.isBlocked());
  CHECK(otherZone.hop ==
        "route table 'Table' of subnet 'Subnet' (its route goes to a transit gateway, but "
        "transit gateway attachment 'Attachment' has no subnet in the AZ of subnet 'Subnet', and "
        "traffic from an AZ without one cannot reach the transit gateway)");
  CHECK(throughTransitGateway("us-east-1b", "us-east-1a").isBlocked());
  // A zone name and an index into !GetAZs may be the same zone: unknown, never blocked.
  CHECK(throughTransitGateway("us-east-1b", "!Select [0, !GetAZs '']").kind ==
        PathVerdict::Kind::Unknown);
  CHECK(throughTransitGateway("!Ref Zone", "us-east-1a").kind == PathVerdict::Kind::Unknown);
}
