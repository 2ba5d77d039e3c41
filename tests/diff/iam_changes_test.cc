// Diff's IAM summary: statements compared as normalised sets, broadening and narrowing decided by
// containment against the other template.
#include "diff/iam_changes.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "diff/template_diff.h"
#include "read_or_fail.h"

using namespace vpcsynth;
using namespace vpcsynth::test_support;

namespace {

std::string rolePolicy(std::string_view statements) {
  return "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n"
         "      AssumeRolePolicyDocument: {Statement: {Effect: Allow, Principal: {Service: "
         "lambda.amazonaws.com}, Action: sts:AssumeRole}}\n"
         "      Policies:\n        - PolicyName: p\n          PolicyDocument:\n"
         "            Statement: " +
         std::string(statements) + "\n";
}

std::vector<IamStatementChange> diffRole(std::string_view before, std::string_view after) {
  return diffIamStatements(readTemplateOrFail(rolePolicy(before)),
                           readTemplateOrFail(rolePolicy(after)));
}

const IamStatementChange& theOne(const std::vector<IamStatementChange>& changes, bool added) {
  for (const IamStatementChange& change : changes) {
    if (change.added == added) return change;
  }
  FAIL("no change with added == " << added);
  return changes.front();
}

std::vector<IamStatementChange> diffTexts(std::string_view before, std::string_view after) {
  return diffIamStatements(readTemplateOrFail(before), readTemplateOrFail(after));
}

}  // namespace

TEST_CASE("a string and a one-element list are no change at all") {
  CHECK(diffRole("[{Effect: Allow, Action: s3:GetObject, Resource: arn:b}]",
                 "[{Effect: Allow, Action: [s3:GetObject], Resource: [arn:b]}]")
            .empty());
}

TEST_CASE("a reordered list, statement or key order is no change at all") {
  CHECK(diffRole("[{Effect: Allow, Action: [s3:GetObject, s3:PutObject], Resource: [a, b]}, "
                 "{Effect: Deny, Action: s3:DeleteObject, Resource: '*'}]",
                 "[{Effect: Deny, Resource: '*', Action: s3:DeleteObject}, "
                 "{Resource: [b, a], Action: [s3:PutObject, s3:GetObject], Effect: Allow}]")
            .empty());
}

TEST_CASE("an added condition narrows") {
  const auto changes =
      diffRole("[{Effect: Allow, Action: s3:GetObject, Resource: '*'}]",
               "[{Effect: Allow, Action: s3:GetObject, Resource: '*', "
               "Condition: {StringEquals: {aws:ResourceAccount: '111122223333'}}}]");
  REQUIRE(changes.size() == 2);
  CHECK_FALSE(changes[0].added);  // sorts first: no condition
  CHECK(changes[0].access == Access::Narrowing);
  CHECK(changes[1].added);
  CHECK(changes[1].access == Access::Unchanged);
  CHECK(changes[1].statement.condition == "StringEquals aws:ResourceAccount=111122223333");
}

TEST_CASE("an Allow whose actions or resources become a superset broadens") {
  const auto changes = diffRole("[{Effect: Allow, Action: s3:GetObject, Resource: arn:b}]",
                                "[{Effect: Allow, Action: [s3:GetObject, s3:PutObject], "
                                "Resource: arn:b}]");
  REQUIRE(changes.size() == 2);
  CHECK(theOne(changes, true).access == Access::Broadening);
  CHECK(theOne(changes, false).access == Access::Unchanged);
  const auto subset = diffRole("[{Effect: Allow, Action: s3:*, Resource: '*'}]",
                               "[{Effect: Allow, Action: s3:Get*, Resource: arn:b}]");
  REQUIRE(subset.size() == 2);
  for (const IamStatementChange& change : subset) {
    CHECK(change.access == (change.added ? Access::Unchanged : Access::Narrowing));
  }
}

TEST_CASE("a removed Deny broadens, an added one narrows") {
  const char* allow = "{Effect: Allow, Action: s3:*, Resource: '*'}";
  const char* deny = "{Effect: Deny, Action: s3:DeleteBucket, Resource: '*'}";
  const auto removed = diffRole(fmt::format("[{}, {}]", allow, deny), fmt::format("[{}]", allow));
  REQUIRE(removed.size() == 1);
  CHECK_FALSE(removed[0].added);
  CHECK(removed[0].statement.effect == "Deny");
  CHECK(removed[0].access == Access::Broadening);
  const auto added = diffRole(fmt::format("[{}]", allow), fmt::format("[{}, {}]", allow, deny));
  REQUIRE(added.size() == 1);
  CHECK(added[0].access == Access::Narrowing);
}

TEST_CASE("NotAction and NotResource are read as everything but their lists") {
  const auto changes = diffRole("[{Effect: Allow, NotAction: [iam:*, s3:*], Resource: '*'}]",
                                "[{Effect: Allow, NotAction: iam:*, NotResource: arn:secret}]");
  REQUIRE(changes.size() == 2);
  const IamStatementChange& added = theOne(changes, true);
  const IamStatementChange& removed = theOne(changes, false);
  CHECK(added.statement.actions == "NOT iam:*");
  CHECK(added.statement.resources == "NOT arn:secret");
  // The new statement allows s3, which the old one excluded; the old one's access to arn:secret
  // goes: both ways at once.
  CHECK(added.access == Access::Broadening);
  CHECK(removed.access == Access::Narrowing);
}

TEST_CASE("Principal '*' on a Lambda permission broadens") {
  const char* before = R"(
Resources:
  Invoke:
    Type: AWS::Lambda::Permission
    Properties: {FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com}
)";
  const std::string after =
      std::string(before).replace(std::string(before).find("s3.amazonaws.com"), 16, "'*'");
  const auto changes = diffTexts(before, after);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].added);
  CHECK(changes[0].statement.principal == "*");
  CHECK(changes[0].access == Access::Broadening);
  CHECK_FALSE(changes[1].added);
  CHECK(changes[1].statement.principal == "Service: s3.amazonaws.com");
  CHECK(changes[1].access == Access::Unchanged);
  // A source account is a condition: adding one narrows.
  const std::string narrowed = std::string(before).replace(std::string(before).find("}\n"), 1,
                                                           ", SourceAccount: '111122223333'}");
  const auto conditioned = diffTexts(before, narrowed);
  REQUIRE(conditioned.size() == 2);
  for (const IamStatementChange& change : conditioned) {
    CHECK(change.access == (change.added ? Access::Unchanged : Access::Narrowing));
  }
}

TEST_CASE("a ManagedPolicy without principals is read, and its statements compared") {
  const char* before = R"(
Resources:
  Shared:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: {Statement: [{Effect: Allow, Action: sqs:SendMessage, Resource: arn:q}]}
)";
  const std::string after =
      std::string(before).replace(std::string(before).find("arn:q"), 5, "'*'");
  const auto changes = diffTexts(before, after);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].statement.source == "Shared");
  CHECK(changes[0].added);
  CHECK(changes[0].statement.resources == "*");
  CHECK(changes[0].access == Access::Broadening);
  CHECK(changes[1].access == Access::Unchanged);
}

TEST_CASE("an AWS::IAM::RolePolicy is read as a policy of its role") {
  const auto changes = diffTexts("Resources: {}", R"(
Resources:
  Extra:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref Role
      PolicyName: extra
      PolicyDocument: {Statement: {Effect: Allow, Action: ssm:GetParameter, Resource: '*'}}
)");
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].statement.source == "Extra");
  CHECK(changes[0].statement.actions == "ssm:GetParameter");
  CHECK(changes[0].access == Access::Broadening);
}

TEST_CASE("moving a statement to a RolePolicy of the same role does not broaden") {
  const std::string inline_ = rolePolicy("[{Effect: Allow, Action: s3:*, Resource: '*'}]");
  const std::string moved = rolePolicy("[{Effect: Allow, Action: s3:*, Resource: '*'}]") + R"(
  Extra:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref Role
      PolicyName: extra
      PolicyDocument: {Statement: {Effect: Allow, Action: s3:GetObject, Resource: arn:b}}
)";
  const auto changes = diffTexts(inline_, moved);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].access == Access::Unchanged);
}

TEST_CASE("the resource diff, too, sees no change in a string against a list or a new order") {
  const Value before =
      readTemplateOrFail(rolePolicy("{Effect: Allow, Action: s3:GetObject, Resource: [b, a, a]}"));
  const Value after =
      readTemplateOrFail(rolePolicy("[{Resource: [a, b], Action: [s3:GetObject], Effect: Allow}]"));
  CHECK(diffTemplates(before, after).empty());
  const Value moreActions = readTemplateOrFail(
      rolePolicy("{Effect: Allow, Action: [s3:GetObject, s3:PutObject], Resource: [a, b]}"));
  CHECK_FALSE(diffTemplates(before, moreActions).empty());
}
