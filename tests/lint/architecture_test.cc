// The architecture and reachability rules over a small Lambda Connections network.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "lint_test_support.h"

using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;
using Lines = std::vector<std::uint32_t>;

namespace {

// Two private subnets (A, B) holding the cluster, one public subnet with a NAT gateway. Each
// fault below is introduced by a small text replacement so each test changes one thing.
const std::string kNetwork = std::string(kPrivateSubnetsBehindNat) + R"(  Group:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: cluster and functions, VpcId: !Ref Vpc}
  SelfIngress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !Ref Group, SourceSecurityGroupId: !Ref Group, IpProtocol: tcp, FromPort: 5439, ToPort: 5439, Description: self}
  SubnetGroup:
    Type: AWS::Redshift::ClusterSubnetGroup
    Properties: {Description: private, SubnetIds: [!Ref PrivateA, !Ref PrivateB]}
  Cluster:
    Type: AWS::Redshift::Cluster
    Properties: {ClusterSubnetGroupName: !Ref SubnetGroup, VpcSecurityGroupIds: [!Ref Group], Encrypted: true}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: read
          PolicyDocument:
            Statement: [{Effect: Allow, Action: ssm:GetParameter, Resource: "arn:aws:ssm:*:*:parameter/db"}]
  Function:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
      VpcConfig: {SubnetIds: [!Ref PrivateA, !Ref PrivateB], SecurityGroupIds: [!Ref Group]}
      Environment: {Variables: {HOST: !GetAtt Cluster.Endpoint.Address}}
)";

std::string with(std::string_view from, std::string_view to) {
  std::string text = kNetwork;
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

}  // namespace

TEST_CASE("the pattern as designed passes every architecture rule") {
  REQUIRE(lintText(kNetwork, "A").findings.empty());
}

TEST_CASE("A0001 a function that does not share the cluster's security group") {
  std::string text =
      with("SecurityGroupIds: [!Ref Group]", "SecurityGroupIds: [!Ref Other]") +
      "  Other:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: o}\n";
  REQUIRE(linesOf(lintText(text, "A0001"), "A0001") == Lines{72});
  // Outside the VPC a function reaches Redshift only through its APIs: no group to share.
  const std::string dataApi = with(
      "      VpcConfig: {SubnetIds: [!Ref PrivateA, !Ref PrivateB], SecurityGroupIds: "
      "[!Ref Group]}\n",
      "");
  REQUIRE(linesOf(lintText(dataApi, "A0001"), "A0001").empty());
}

TEST_CASE("A0002 the cluster's group admits another port, or not itself") {
  REQUIRE(linesOf(lintText(with("FromPort: 5439, ToPort: 5439", "FromPort: 5432, ToPort: 5439"),
                           "A0002"),
                  "A0002") == Lines{48, 53});
}

TEST_CASE("A0002 leaves on-premises clients to A0012, which wants a route back to them") {
  // The private table routes 0.0.0.0/0 to NAT: replies to 192.168.10.0/24 would leave for the
  // internet, so A0012 reports the rule and A0002 does not.
  const std::string clients =
      with("  SubnetGroup:",
           "  Clients:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: {GroupId: !Ref "
           "Group, CidrIp: 192.168.10.0/24, IpProtocol: tcp, FromPort: 5439, ToPort: 5439}\n"
           "  SubnetGroup:");
  CHECK(linesOf(lintText(clients, "A0002"), "A0002").empty());
  const FileReport report = lintText(clients, "A0012");
  REQUIRE(linesOf(report, "A0012") == Lines{56});
  // With a route to a VPN gateway for the on-premises network, A0012 is satisfied too.
  const std::string routed =
      with("  SubnetGroup:",
           "  Clients:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: {GroupId: !Ref "
           "Group, CidrIp: 192.168.10.0/24, IpProtocol: tcp, FromPort: 5439, ToPort: 5439}\n"
           "  Vgw:\n    Type: AWS::EC2::VPNGateway\n    Properties: {Type: ipsec.1}\n"
           "  OnPremises:\n    Type: AWS::EC2::Route\n    Properties: {RouteTableId: !Ref "
           "PrivateTable, DestinationCidrBlock: 192.168.0.0/16, GatewayId: !Ref Vgw}\n"
           "  SubnetGroup:");
  CHECK(linesOf(lintText(routed, "A0012"), "A0012").empty());
  CHECK(linesOf(lintText(routed, "A0002"), "A0002").empty());
  // A range inside the VPC is no on-premises client: A0002 as before, A0012 silent.
  const std::string inVpc =
      with("  SubnetGroup:",
           "  Clients:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: {GroupId: !Ref "
           "Group, CidrIp: 10.0.9.0/24, IpProtocol: tcp, FromPort: 5439, ToPort: 5439}\n"
           "  SubnetGroup:");
  CHECK(linesOf(lintText(inVpc, "A0002"), "A0002") == Lines{56});
  CHECK(linesOf(lintText(inVpc, "A0012"), "A0012").empty());
}

TEST_CASE("A0003 function subnets differ from the subnet group's") {
  REQUIRE(linesOf(lintText(with("SubnetIds: [!Ref PrivateA, !Ref PrivateB], Security",
                                "SubnetIds: [!Ref PrivateA], Security"),
                           "A0003"),
                  "A0003") == Lines{72});
}

TEST_CASE("A0004 a subnet group subnet that routes to the Internet Gateway") {
  REQUIRE(linesOf(lintText(with("{SubnetId: !Ref PrivateA, RouteTableId: !Ref PrivateTable}",
                                "{SubnetId: !Ref PrivateA, RouteTableId: !Ref PublicTable}"),
                           "A0004"),
                  "A0004") == Lines{56});
}

TEST_CASE("A0005 a private default route through a NAT gateway in another zone") {
  REQUIRE(linesOf(lintText(with("CidrBlock: 10.0.2.0/24, AvailabilityZone: !Select [0,",
                                "CidrBlock: 10.0.2.0/24, AvailabilityZone: !Select [1,"),
                           "A0005"),
                  "A0005") == Lines{41});
}

TEST_CASE("A0006 a NAT gateway in a subnet without a route to the Internet Gateway") {
  REQUIRE(linesOf(lintText(with("SubnetId: !Ref Public}", "SubnetId: !Ref PrivateA}"), "A0006"),
                  "A0006") == Lines{35});
}

TEST_CASE("A0007 routes and Elastic IPs that do not depend on the gateway attachment") {
  std::string text =
      with("    DependsOn: Attach\n    Properties: {Domain: vpc}", "    Properties: {Domain: vpc}");
  text.replace(text.find("    DependsOn: Attach\n    Properties: {RouteTableId"), 21, "");
  // The route is reported; the Elastic IP is not: only a NAT gateway uses it, and only an
  // address associated with an instance or a network interface needs the attachment first.
  REQUIRE(linesOf(lintText(text, "A0007"), "A0007") == Lines{22});
}

TEST_CASE(
    "A0008 a function that reads Parameter Store with no path to it: the call would time out") {
  std::string text = with("NatGatewayId: !Ref Nat", "GatewayId: !Ref Igw");
  FileReport report = lintText(text, "A0008");
  REQUIRE(linesOf(report, "A0008") == Lines{72});
  REQUIRE(report.findings.front().message.find("would time out") != std::string::npos);
  text +=
      "  Endpoint:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      VpcId: !Ref Vpc\n"
      "      VpcEndpointType: Interface\n      ServiceName: !Sub "
      "com.amazonaws.${AWS::Region}.ssm\n";
  REQUIRE(lintText(text, "A0008").findings.empty());
}

namespace {

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

// The cluster with enhanced VPC routing, its private subnets' default route taken away from the
// NAT gateway (to the Internet Gateway, which a private cluster cannot use).
std::string enhancedRoutingWithoutNat() {
  return replaced(with("Encrypted: true}", "Encrypted: true, EnhancedVpcRouting: true}"),
                  "NatGatewayId: !Ref Nat", "GatewayId: !Ref Igw");
}

std::string gatewayEndpoint(std::string_view service) {
  return fmt::format(
      "  S3Endpoint:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      VpcId: !Ref Vpc\n"
      "      ServiceName: !Sub com.amazonaws.${{AWS::Region}}.{}\n"
      "      RouteTableIds: [!Ref PrivateTable]\n",
      service);
}

}  // namespace

TEST_CASE("A0009 a cluster with enhanced VPC routing and no path to S3: COPY would hang") {
  const std::string broken = enhancedRoutingWithoutNat();
  FileReport report = lintText(broken, "A0009");
  REQUIRE(linesOf(report, "A0009") == Lines{59});
  CHECK(report.findings.front().message.find("route table 'PrivateTable' of its subnet "
                                             "'PrivateA' has no S3 gateway endpoint") !=
        std::string::npos);
  CHECK(report.findings.front().message.find("COPY and UNLOAD would hang") != std::string::npos);

  SECTION("an S3 gateway endpoint on the subnets' route table is a path") {
    CHECK(lintText(broken + gatewayEndpoint("s3"), "A0009").findings.empty());
  }
  SECTION("an endpoint of another service is not") {
    CHECK(linesOf(lintText(broken + gatewayEndpoint("dynamodb"), "A0009"), "A0009") == Lines{59});
  }
  SECTION("an S3 endpoint on another route table is not") {
    const std::string elsewhere =
        replaced(gatewayEndpoint("s3"), "!Ref PrivateTable", "!Ref PublicTable");
    CHECK(linesOf(lintText(broken + elsewhere, "A0009"), "A0009") == Lines{59});
  }
  SECTION("a publicly accessible cluster may use the Internet Gateway") {
    CHECK(
        lintText(replaced(broken, "Encrypted: true,", "Encrypted: true, PubliclyAccessible: true,"),
                 "A0009")
            .findings.empty());
  }
}

TEST_CASE("A0009 a NAT default route is a path, and so is a cluster without enhanced routing") {
  CHECK(lintText(with("Encrypted: true}", "Encrypted: true, EnhancedVpcRouting: true}"), "A0009")
            .findings.empty());
  CHECK(lintText(with("NatGatewayId: !Ref Nat", "GatewayId: !Ref Igw"), "A0009").findings.empty());
}

TEST_CASE("A0009 a route to S3 but no HTTPS egress from the cluster's security group") {
  const std::string endpointOnly = enhancedRoutingWithoutNat() + gatewayEndpoint("s3");
  const std::string redshiftEgressOnly =
      replaced(endpointOnly, "{GroupDescription: cluster and functions, VpcId: !Ref Vpc}",
               "{GroupDescription: cluster and functions, VpcId: !Ref Vpc, SecurityGroupEgress: "
               "[{IpProtocol: tcp, FromPort: 5439, ToPort: 5439, CidrIp: 10.0.0.0/16}]}");
  FileReport report = lintText(redshiftEgressOnly, "A0009");
  REQUIRE(linesOf(report, "A0009") == Lines{59});
  CHECK(report.findings.front().message.find("allow no HTTPS (TCP 443) out") != std::string::npos);
  CHECK(lintText(redshiftEgressOnly +
                     "  HttpsOut:\n    Type: AWS::EC2::SecurityGroupEgress\n    Properties: "
                     "{GroupId: !Ref Group, IpProtocol: tcp, FromPort: 443, ToPort: 443, "
                     "CidrIp: 0.0.0.0/0}\n",
                 "A0009")
            .findings.empty());
}
