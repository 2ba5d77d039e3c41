// A0011 and the tables behind the reachability engine's "what does a function call" and "which
// resource does an action take".
#include <catch2/catch.hpp>

#include "lint/arn_forms.h"
#include "lint/aws_services.h"
#include "lint_test_support.h"

using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;
using Lines = std::vector<std::uint32_t>;

namespace {

// A role whose one statement grants `action` on `resource`, beside a parameter named /app/db and
// a KMS key.
std::string grant(std::string_view action, std::string_view resource) {
  return std::string(R"(Resources:
  Param:
    Type: AWS::SSM::Parameter
    Properties: {Name: /app/db, Type: String, Value: x}
  Key:
    Type: AWS::KMS::Key
    Properties: {KeyPolicy: {Statement: []}}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: []}
      Policies:
        - PolicyName: calls
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: )") +
         std::string(action) + "\n                Resource: " + std::string(resource) + "\n";
}

Lines a0011(std::string_view action, std::string_view resource) {
  return linesOf(lintText(grant(action, resource), "A0011"), "A0011");
}

}  // namespace

TEST_CASE("A0011 a reference that gives a name, not an ARN") {
  const FileReport report = lintText(grant("ssm:GetParameter", "!Ref Param"), "A0011");
  REQUIRE(linesOf(report, "A0011") == Lines{18});
  CHECK(report.findings.front().message ==
        "policy calls of 'Role' allows ssm:GetParameter on !Ref Param: this reference gives the "
        "parameter's name, not an ARN, so no request ever matches it; the grant never takes effect "
        "and the call is denied");
  CHECK(a0011("kms:Decrypt", "!Ref Key") == Lines{18});
  CHECK(a0011("kms:Decrypt", "!GetAtt Key.Arn").empty());
}

TEST_CASE("A0011 an SSM parameter path joined with a second slash") {
  const std::string doubled =
      "!Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${Param}'";
  CHECK(a0011("ssm:GetParameter", doubled) == Lines{18});
  CHECK(a0011("ssm:GetParameter", "arn:aws:ssm:us-east-1:123456789012:parameter//app/db") ==
        Lines{18});
  CHECK(a0011("ssm:GetParameter",
              "!Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${Param}'")
            .empty());
}

TEST_CASE("A0011 an ARN of another service or resource type") {
  CHECK(a0011("secretsmanager:GetSecretValue", "arn:aws:ssm:us-east-1:123456789012:parameter/x") ==
        Lines{18});
  CHECK(a0011("kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:alias/app") == Lines{18});
  CHECK(a0011("s3:GetObject", "arn:aws:s3:::my-bucket") == Lines{18});
  CHECK(a0011("s3:GetObject", "arn:aws:s3:::my-bucket/*").empty());
  CHECK(a0011("'s3:*'", "arn:aws:s3:::my-bucket").empty());
  CHECK(a0011("redshift:GetClusterCredentials",
              "!Sub 'arn:${AWS::Partition}:redshift:${AWS::Region}:${AWS::AccountId}:dbuser:c/u'")
            .empty());
}

TEST_CASE("A0011 stays silent where a resource may match") {
  // One element that serves one of the actions is enough.
  CHECK(a0011("[secretsmanager:GetSecretValue, ssm:GetParameter]",
              "arn:aws:ssm:us-east-1:123456789012:parameter/x")
            .empty());
  CHECK(a0011("'ssm:Get*'", "arn:aws:ssm:*:*:param*").empty());
  CHECK(a0011("ssm:GetParameter", "'*'").empty());
  // Some services act on other services' resources: the Data API on Redshift clusters.
  CHECK(a0011("redshift-data:ExecuteStatement",
              "arn:aws:redshift:us-east-1:123456789012:cluster:analytics")
            .empty());
  CHECK(a0011("ssm:GetParameter", "!ImportValue parameter-arn").empty());
  CHECK(
      a0011("ssm:GetParameter", "!Sub 'arn:${AWS::Partition}:${Service}:x:y:parameter/a'").empty());
}

TEST_CASE("what a grant says a function calls through its VPC") {
  REQUIRE(serviceCalledFor("ssm:GetParameter"));
  CHECK(serviceCalledFor("ssm:GetParameter")->endpoint == "ssm");
  CHECK(serviceCalledFor("SecretsManager:GetSecretValue")->endpoint == "secretsmanager");
  CHECK(serviceCalledFor("cloudwatch:PutMetricData")->endpoint == "monitoring");
  CHECK(serviceCalledFor("s3:GetObject")->hasGatewayEndpoint);
  // Made by AWS for the function, outside its VPC, or unknown.
  CHECK_FALSE(serviceCalledFor("logs:PutLogEvents"));
  CHECK_FALSE(serviceCalledFor("sqs:ReceiveMessage"));
  CHECK_FALSE(serviceCalledFor("sqs:*"));
  CHECK_FALSE(serviceCalledFor("kms:Decrypt"));
  CHECK_FALSE(serviceCalledFor("*"));
  CHECK(serviceCalledFor("sqs:SendMessage"));
}
