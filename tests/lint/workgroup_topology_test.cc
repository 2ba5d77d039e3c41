// The architecture and reachability rules treat a Redshift Serverless workgroup like a cluster:
// its SubnetIds, SecurityGroupIds, Port and PubliclyAccessible take the places of the subnet
// group's subnets and the cluster's groups, port and flag. Twins of architecture_test.cc.
#include <catch2/catch.hpp>

#include "lint_test_support.h"

using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;
using Lines = std::vector<std::uint32_t>;

namespace {

// Two private subnets behind a NAT gateway, a workgroup in them on port 5440 and a function
// sharing its group. Each fault below is one text replacement.
const std::string kNetwork = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Igw:
    Type: AWS::EC2::InternetGateway
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}
  Public:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
  PrivateA:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
  PrivateB:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
  PublicTable:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  PublicRoute:
    Type: AWS::EC2::Route
    DependsOn: Attach
    Properties: {RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
  PublicAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref Public, RouteTableId: !Ref PublicTable}
  Eip:
    Type: AWS::EC2::EIP
    DependsOn: Attach
    Properties: {Domain: vpc}
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: {AllocationId: !GetAtt Eip.AllocationId, SubnetId: !Ref Public}
  PrivateTable:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  PrivateRoute:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PrivateTable, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}
  AssocA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref PrivateA, RouteTableId: !Ref PrivateTable}
  AssocB:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref PrivateB, RouteTableId: !Ref PrivateTable}
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: workgroup and functions, VpcId: !Ref Vpc}
  SelfIngress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !Ref Group, SourceSecurityGroupId: !Ref Group, IpProtocol: tcp, FromPort: 5440, ToPort: 5440, Description: self}
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties: {NamespaceName: analytics, ManageAdminPassword: true}
  Workgroup:
    Type: AWS::RedshiftServerless::Workgroup
    Properties:
      WorkgroupName: analytics
      NamespaceName: !Ref Namespace
      Port: 5440
      PubliclyAccessible: false
      SubnetIds: [!Ref PrivateA, !Ref PrivateB]
      SecurityGroupIds: [!Ref Group]
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
      Environment: {Variables: {HOST: !GetAtt Workgroup.Workgroup.Endpoint.Address}}
)";

std::string with(std::string_view from, std::string_view to) {
  std::string text = kNetwork;
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

std::string messageOf(const FileReport& report, std::string_view rule) {
  for (const vpcsynth::Diagnostic& finding : report.findings) {
    if (finding.ruleId == rule) return finding.message;
  }
  return "";
}

}  // namespace

TEST_CASE("a workgroup built as the pattern passes every architecture rule") {
  REQUIRE(lintText(kNetwork, "A").findings.empty());
  REQUIRE(lintText(kNetwork, "S0005").findings.empty());
}

TEST_CASE("A0001 a function that does not share the workgroup's security group") {
  const std::string text =
      with("SecurityGroupIds: [!Ref Group]}", "SecurityGroupIds: [!Ref Other]}") +
      "  Other:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: o}\n";
  const FileReport report = lintText(text, "A0001");
  REQUIRE(linesOf(report, "A0001") == Lines{78});
  CHECK(messageOf(report, "A0001") ==
        "function 'Function' talks to Redshift Serverless workgroup 'Workgroup' but does not use "
        "its security group 'Group'; give the function that group, which admits itself on port "
        "5440");
}

TEST_CASE("A0002 the workgroup's group must admit itself on the workgroup's port") {
  // The rule admits 5439, the cluster default, but the workgroup listens on 5440.
  const FileReport report =
      lintText(with("FromPort: 5440, ToPort: 5440", "FromPort: 5439, ToPort: 5439"), "A0002");
  REQUIRE(linesOf(report, "A0002") == Lines{48, 53});
}

TEST_CASE("A0003 function subnets differ from the workgroup's") {
  const FileReport report = lintText(with("SubnetIds: [!Ref PrivateA, !Ref PrivateB], Security",
                                          "SubnetIds: [!Ref PrivateA], "
                                          "Security"),
                                     "A0003");
  REQUIRE(linesOf(report, "A0003") == Lines{78});
  CHECK(messageOf(report, "A0003") ==
        "function 'Function' runs in subnets PrivateA but Redshift Serverless workgroup "
        "'Workgroup' is in PrivateA, PrivateB; run the function in exactly the subnets of "
        "Redshift Serverless workgroup 'Workgroup'");
}

TEST_CASE("A0004 a workgroup subnet that routes to the Internet Gateway") {
  const FileReport report =
      lintText(with("{SubnetId: !Ref PrivateA, RouteTableId: !Ref PrivateTable}",
                    "{SubnetId: !Ref PrivateA, RouteTableId: !Ref PublicTable}"),
               "A0004");
  REQUIRE(linesOf(report, "A0004") == Lines{64});
  // A publicly accessible workgroup is S0005's to report, not A0004's.
  const std::string open = with("{SubnetId: !Ref PrivateA, RouteTableId: !Ref PrivateTable}",
                                "{SubnetId: !Ref PrivateA, RouteTableId: !Ref PublicTable}");
  std::string flagged = open;
  flagged.replace(flagged.find("PubliclyAccessible: false"), 25, "PubliclyAccessible: true");
  CHECK(linesOf(lintText(flagged, "A0004"), "A0004").empty());
  CHECK(linesOf(lintText(flagged, "S0005"), "S0005") == Lines{63});
}

TEST_CASE("A0005 a workgroup's function subnet routes through a NAT gateway in another zone") {
  REQUIRE(linesOf(lintText(with("CidrBlock: 10.0.2.0/24, AvailabilityZone: !Select [0,",
                                "CidrBlock: 10.0.2.0/24, AvailabilityZone: !Select [1,"),
                           "A0005"),
                  "A0005") == Lines{41});
}

TEST_CASE("A0010 a function that cannot open a connection to the workgroup's port") {
  const FileReport report =
      lintText(with("FromPort: 5440, ToPort: 5440", "FromPort: 5439, ToPort: 5439"), "A0010");
  REQUIRE(linesOf(report, "A0010") == Lines{78});
  CHECK(messageOf(report, "A0010")
            .find("-> workgroup 'Workgroup' (TCP port "
                  "5440): blocked by security group 'Group'") != std::string::npos);
}
