// The IAM policy model that lint's IAM rules and diff's IAM summary share: normalisation, the
// places a template grants access, and containment.
#include <catch2/catch.hpp>

#include "iam/containment.h"
#include "iam/policy_sources.h"
#include "lint_test_support.h"
#include "read_or_fail.h"

using namespace vpcsynth;
using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;
using vpcsynth::test_support::readDocumentOrFail;
using vpcsynth::test_support::readTemplateOrFail;
using Lines = std::vector<std::uint32_t>;

namespace {

iam::Statement statementOf(std::string_view text, Value& keep) {
  keep = readDocumentOrFail(text);
  return iam::normaliseStatement(keep);
}

}  // namespace

TEST_CASE("a string and a one-element list are the same set, and order means nothing") {
  Value a;
  Value b;
  const iam::Statement one = statementOf("{Effect: Allow, Action: s3:GetObject, Resource: x}", a);
  const iam::Statement list =
      statementOf("{Effect: Allow, Action: [s3:GetObject, s3:GetObject], Resource: [x]}", b);
  CHECK(one == list);
  Value c;
  Value d;
  CHECK(statementOf("{Effect: Allow, Action: [b, a], Resource: x}", c) ==
        statementOf("{Resource: [x], Action: [a, b], Effect: Allow}", d));
}

TEST_CASE("a left-out key names everything, Not keys name everything but their list") {
  Value v;
  const iam::Statement trust =
      statementOf("{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: x}", v);
  CHECK(trust.resources.isEverything());
  REQUIRE(trust.principals.elements.size() == 1);
  CHECK(trust.principals.elements[0].text == "Service: lambda.amazonaws.com");
  Value w;
  const iam::Statement notAction =
      statementOf("{Effect: Deny, NotAction: iam:*, NotResource: r}", w);
  CHECK(notAction.effect == iam::Effect::Deny);
  CHECK(notAction.actions.negated);
  CHECK(notAction.resources.negated);
  CHECK_FALSE(notAction.actions.isEverything());
  Value anyone;
  CHECK(statementOf("{Effect: Allow, Principal: {AWS: '*'}, Action: x}", anyone)
            .principals.isEverything());
}

TEST_CASE("containment: wider actions, resources and principals, and fewer conditions") {
  Value a, b, c, d, e, f;
  const iam::Statement wide = statementOf("{Effect: Allow, Action: s3:*, Resource: '*'}", a);
  const iam::Statement narrow =
      statementOf("{Effect: Allow, Action: [s3:GetObject, s3:Put*], Resource: arn:b}", b);
  const iam::Statement conditioned = statementOf(
      "{Effect: Allow, Action: s3:*, Resource: '*', Condition: {Bool: {aws:SecureTransport: "
      "'true'}}}",
      c);
  CHECK(iam::contains(wide, narrow));
  CHECK_FALSE(iam::contains(narrow, wide));
  CHECK(iam::contains(wide, conditioned));
  CHECK_FALSE(iam::contains(conditioned, wide));
  const iam::Statement allButIam =
      statementOf("{Effect: Allow, NotAction: iam:*, Resource: '*'}", d);
  CHECK(iam::contains(allButIam, narrow));
  CHECK_FALSE(iam::contains(allButIam, statementOf("{Effect: Allow, Action: iam:PassRole, "
                                                   "Resource: '*'}",
                                                   e)));
  CHECK_FALSE(iam::contains(narrow, allButIam));
  const iam::Statement deny = statementOf("{Effect: Deny, Action: s3:*, Resource: '*'}", f);
  CHECK_FALSE(iam::contains(deny, narrow));
}

TEST_CASE("policies come from every place a template grants access") {
  const Value document = readTemplateOrFail(R"(
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}
      Policies: [{PolicyName: Inline, PolicyDocument: {Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}}]
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  Loose:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: {Statement: [{Effect: Allow, Action: sqs:SendMessage, Resource: '*'}]}
  RoleInline:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref Role
      PolicyName: extra
      PolicyDocument: {Statement: [{Effect: Allow, Action: ssm:GetParameter, Resource: '*'}]}
  Invoke:
    Type: AWS::Lambda::Permission
    Properties: {FunctionName: !GetAtt Fn.Arn, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com, SourceAccount: !Ref AWS::AccountId}
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument: {Statement: [{Effect: Deny, Principal: '*', Action: s3:*, Resource: '*'}]}
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {Statement: [{Effect: Allow, Principal: {AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root"}, Action: kms:*, Resource: '*'}]}
  SecretPolicy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: !Ref Secret
      ResourcePolicy: {Statement: [{Effect: Deny, Principal: '*', Action: secretsmanager:DeleteSecret, Resource: '*'}]}
)");
  const std::vector<iam::Policy> policies = iam::templatePolicies(document);
  std::vector<std::tuple<std::string_view, iam::PolicyKind, std::string, std::string>> seen;
  for (const iam::Policy& policy : policies) {
    REQUIRE(policy.statements.size() == 1);
    REQUIRE_FALSE(policy.subjects.empty());
    seen.emplace_back(policy.owner, policy.kind, policy.name, policy.subjects.front());
  }
  using K = iam::PolicyKind;
  CHECK(seen == decltype(seen){{"Role", K::Identity, "policy Inline", "Role"},
                               {"Role", K::AttachedArn, "", "Role"},
                               {"Role", K::Trust, "trust policy", "Role"},
                               {"Loose", K::Identity, "", "Loose"},
                               {"RoleInline", K::Identity, "", "Role"},
                               {"Invoke", K::Resource, "", "Fn"},
                               {"BucketPolicy", K::Resource, "", "Bucket"},
                               {"Key", K::Resource, "key policy", "Key"},
                               {"SecretPolicy", K::Resource, "", "Secret"}});
  const iam::Statement& invoke = policies[5].statements.front();
  CHECK(invoke.principals.elements.front().text == "Service: s3.amazonaws.com");
  CHECK(invoke.conditions == std::vector<std::string>{"StringEquals aws:SourceAccount=!Ref "
                                                      "AWS::AccountId"});
}

TEST_CASE("S0011/S0012 read RolePolicy and ManagedPolicy without principals through the model") {
  const char* text = R"(Resources:
  Loose:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - {Effect: Allow, Action: ["*"], Resource: "*"}
  Extra:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: r
      PolicyName: p
      PolicyDocument:
        Statement: {Effect: Allow, Action: [s3:GetObject, s3:DeleteObject], Resource: ["*"]}
  Bucket:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: b
      PolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: a}, Action: "*", Resource: "*"}]}
)";
  FileReport report = lintText(text, "S001");
  CHECK(linesOf(report, "S0011") == Lines{7});
  CHECK(linesOf(report, "S0012") == Lines{14});
}

TEST_CASE("A0008 sees actions a RolePolicy grants the function's role") {
  const char* text = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: g, VpcId: !Ref Vpc}
  Role:
    Type: AWS::IAM::Role
    Properties: {AssumeRolePolicyDocument: {}}
  Read:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref Role
      PolicyName: read
      PolicyDocument: {Statement: {Effect: Allow, Action: ssm:GetParameter*, Resource: "*"}}
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
      VpcConfig: {SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Group]}
)";
  CHECK(linesOf(lintText(text, "A0008"), "A0008") == Lines{24});
}

TEST_CASE("S0004 counts EC2's default egress of a group that declares none") {
  const char* text = R"(Resources:
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: g, VpcId: v}
  Inline:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: g
      VpcId: v
      SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}]
  Separate:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: g, VpcId: v}
  SeparateEgress:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: {GroupId: !GetAtt Separate.GroupId, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}
)";
  FileReport report = lintText(text, "S0004");
  CHECK(linesOf(report, "S0004") == Lines{2});
  CHECK(report.findings.front().message.find("declares no egress rule") != std::string::npos);
}
