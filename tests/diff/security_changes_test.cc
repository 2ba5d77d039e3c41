#include "diff/security_changes.h"

#include <catch2/catch.hpp>

#include "read_or_fail.h"
#include "yaml/reader.h"

using namespace vpcsynth;
using namespace vpcsynth::test_support;

TEST_CASE("security group rules are described in words, inline or as resources") {
  const Value document = readTemplateOrFail(R"(
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      VpcId: !Ref Vpc
      SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}]
  SelfIngress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Group.GroupId
      IpProtocol: "6"
      FromPort: 5439
      ToPort: 5439
      SourceSecurityGroupId: !Ref Group
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties: {VpcId: !Ref Vpc}
)");
  const std::vector<SecurityGroupRule> rules = securityGroupRules(document);
  REQUIRE(rules.size() == 3);
  CHECK(rules[0] == SecurityGroupRule{"Group", "egress", "tcp", "443", "0.0.0.0/0", "Group"});
  CHECK(rules[1] ==
        SecurityGroupRule{"Group", "ingress", "tcp", "5439", "sg Group", "SelfIngress"});
  CHECK(rules[2] ==
        SecurityGroupRule{"Open", "egress", "all", "all", "0.0.0.0/0 (default)", "Open"});
}

TEST_CASE("a rule that appears broadens access, one that goes narrows it") {
  const SecurityChanges changes = diffSecurity(
      readTemplateOrFail("Resources: {G: {Type: AWS::EC2::SecurityGroup, Properties: {VpcId: v, "
                         "SecurityGroupEgress: [{IpProtocol: -1, CidrIp: 127.0.0.1/32}]}}}"),
      readTemplateOrFail(
          "Resources: {G: {Type: AWS::EC2::SecurityGroup, Properties: {VpcId: v, "
          "SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: "
          "0.0.0.0/0}]}}}"));
  REQUIRE(changes.rules.size() == 2);
  CHECK_FALSE(changes.rules[0].added);
  CHECK(changes.rules[0].access == Access::Narrowing);
  CHECK(changes.rules[0].rule.peer == "127.0.0.1/32");
  CHECK(changes.rules[1].added);
  CHECK(changes.rules[1].access == Access::Broadening);
  CHECK(changes.rules[1].rule.ports == "443");
  CHECK(changes.hasBroadening());
}

TEST_CASE("moving a rule from inline to its own resource changes nothing") {
  const SecurityChanges changes = diffSecurity(
      readTemplateOrFail(
          "Resources: {G: {Type: AWS::EC2::SecurityGroup, Properties: {"
          "SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: "
          "10.0.0.0/8}]}}}"),
      readTemplateOrFail(
          "Resources: {G: {Type: AWS::EC2::SecurityGroup}, R: {Type: "
          "AWS::EC2::SecurityGroupIngress, Properties: {GroupId: !Ref G, IpProtocol: tcp, "
          "FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8}}}"));
  CHECK(changes.empty());
}

TEST_CASE("IAM statements: an Allow that appears broadens, a Deny that appears narrows") {
  const SecurityChanges changes = diffSecurity(readTemplateOrFail(R"(
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]
)"),
                                               readTemplateOrFail(R"(
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: {Effect: Allow, Principal: {Service: [lambda.amazonaws.com]}, Action: [sts:AssumeRole]}
      Policies:
        - PolicyName: Read
          PolicyDocument:
            Statement:
              - {Effect: Allow, Action: [ssm:GetParameters, ssm:GetParameter], Resource: "*"}
              - {Effect: Deny, Action: s3:*, Resource: "*"}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]
)"));
  REQUIRE(changes.statements.size() == 3);
  for (const IamStatementChange& change : changes.statements) CHECK(change.added);
  const IamStatement& managed = changes.statements[0].statement;
  CHECK(managed.actions == "(managed policy)");
  CHECK(changes.statements[0].access == Access::Broadening);
  const IamStatement& allow = changes.statements[1].statement;
  CHECK(allow.source == "Role (policy Read)");
  CHECK(allow.actions == "ssm:GetParameter, ssm:GetParameters");
  CHECK(changes.statements[1].access == Access::Broadening);
  CHECK(changes.statements[2].statement.effect == "Deny");
  CHECK(changes.statements[2].access == Access::Narrowing);
}

namespace {

// A group `G` with the given inline egress list (empty: none declared), and extra resources.
Value groupTemplate(std::string_view egress, std::string_view more = "",
                    std::string_view description = "g") {
  std::string text =
      "Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n"
      "      GroupDescription: " +
      std::string(description) + "\n      VpcId: v\n";
  if (!egress.empty()) text += "      SecurityGroupEgress: " + std::string(egress) + "\n";
  return readTemplateOrFail(text + std::string(more));
}

constexpr std::string_view kHttps =
    "[{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}]";

}  // namespace

TEST_CASE("a separate egress resource also keeps EC2's default rule away") {
  const std::vector<SecurityGroupRule> rules = securityGroupRules(groupTemplate(
      "",
      "  E:\n    Type: AWS::EC2::SecurityGroupEgress\n    Properties: {GroupId: !GetAtt "
      "G.GroupId, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}\n"));
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].source == "E");
}

TEST_CASE("the first explicit egress rule replaces EC2's default: narrowing") {
  const SecurityChanges changes = diffSecurity(groupTemplate(""), groupTemplate(kHttps));
  REQUIRE(changes.rules.size() == 2);
  CHECK_FALSE(changes.rules[0].added);
  CHECK(changes.rules[0].rule.peer == "0.0.0.0/0 (default)");
  CHECK(changes.rules[0].access == Access::Narrowing);
  CHECK(changes.rules[1].added);
  CHECK(changes.rules[1].rule.ports == "443");
  CHECK(changes.rules[1].access == Access::Unchanged);  // the default allowed it already
  CHECK_FALSE(changes.hasBroadening());
}

TEST_CASE("removing the last explicit egress rule does not bring the default back") {
  const SecurityChanges changes = diffSecurity(groupTemplate(kHttps), groupTemplate(""));
  REQUIRE(changes.rules.size() == 1);
  CHECK_FALSE(changes.rules[0].added);
  CHECK(changes.rules[0].rule.ports == "443");
  CHECK(changes.rules[0].access == Access::Narrowing);
  CHECK_FALSE(changes.hasBroadening());
  const Value separate = groupTemplate(
      "",
      "  E:\n    Type: AWS::EC2::SecurityGroupEgress\n    Properties: {GroupId: !Ref G, "
      "IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}\n");
  const SecurityChanges removed = diffSecurity(separate, groupTemplate(""));
  REQUIRE(removed.rules.size() == 1);
  CHECK(removed.rules[0].access == Access::Narrowing);
}

TEST_CASE("a replaced group is created anew and gets the default again: broadening") {
  const SecurityChanges changes =
      diffSecurity(groupTemplate(kHttps), groupTemplate("", "", "other"), {"G"});
  REQUIRE(changes.rules.size() == 2);
  CHECK(changes.rules[0].added);
  CHECK(changes.rules[0].rule.peer == "0.0.0.0/0 (default)");
  CHECK(changes.rules[0].access == Access::Broadening);
  CHECK(changes.rules[1].access == Access::Unchanged);
}

TEST_CASE("making the default egress explicit changes no access") {
  const SecurityChanges changes =
      diffSecurity(groupTemplate(""), groupTemplate("[{IpProtocol: '-1', CidrIp: 0.0.0.0/0}]"));
  REQUIRE(changes.rules.size() == 2);
  for (const SecurityGroupRuleChange& change : changes.rules) {
    CHECK(change.access == Access::Unchanged);
  }
}
