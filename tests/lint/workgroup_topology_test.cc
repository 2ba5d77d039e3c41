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
const std::string kNetwork = std::string(kPrivateSubnetsBehindNat) + R"(  Group:
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
