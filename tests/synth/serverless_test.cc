// Redshift Serverless in the pattern: what validation refuses, with its position and its reason,
// and what the builder writes for a workgroup.
#include <catch2/catch.hpp>
#include <string>

#include "config/load_config.h"
#include "synth/synthesize.h"
#include "synth_or_fail.h"

using namespace vpcsynth;
using test_support::synthesizeOrFail;

namespace {

// Every diagnostic, rendered without source: "c.yaml:L:C: error ID: message".
std::vector<std::string> rendered(std::string_view text) {
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : loadConfig(text, "c.yaml", {}).diagnostics) {
    std::string line = renderDiagnostic(diagnostic);
    if (!line.empty() && line.back() == '\n') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

constexpr std::string_view kServerless =
    "network:\n  azs: 3\nredshift:\n  kind: serverless\nlambda:\n  credentials: iam\n";

const Value& resource(const Value& document, std::string_view id) {
  const Value* found = document.find("Resources")->find(id);
  INFO(id);
  REQUIRE(found);
  return *found;
}

}  // namespace

TEST_CASE("a serverless workgroup in two AZs is refused, saying why and what to change") {
  CHECK(rendered("network:\n  azs: 2\nredshift:\n  kind: serverless\nlambda:\n  credentials: "
                 "iam\n") ==
        std::vector<std::string>{
            "c.yaml:2:8: error C0007: network.azs: a Redshift Serverless workgroup needs subnets "
            "in at least 3 availability zones, and the stack has one private subnet per zone in "
            "2; set network.azs to 3 or more, or use redshift.kind provisioned (a cluster needs "
            "one zone)"});
  CHECK(rendered(kServerless).empty());
}

TEST_CASE("a workgroup's port, base capacity and names are checked at their keys") {
  const std::string text =
      "network: {azs: 3}\nredshift:\n  kind: serverless\n  port: 5400\n  base-capacity: 12\n"
      "  workgroup-name: Analytics\nlambda: {credentials: iam}\n";
  CHECK(rendered(text) ==
        std::vector<std::string>{
            "c.yaml:4:9: error C0008: redshift.port: Redshift Serverless accepts ports 5431-5455 "
            "and 8191-8215 only, not 5400; use 5439",
            "c.yaml:5:18: error C0012: redshift.base-capacity: Redshift Serverless accepts a base "
            "capacity of 4 RPUs, or 8 to 512 in steps of 8, not 12",
            "c.yaml:6:19: error C0010: redshift.workgroup-name: 'Analytics' contains 'A', which is "
            "not allowed (use lowercase letters, digits and hyphens)"});
  // 5440 is a Serverless port but 1150 (a cluster's lowest) is not.
  CHECK(rendered("network: {azs: 3}\nredshift: {kind: serverless, port: 8200, base-capacity: 4}\n"
                 "lambda: {credentials: iam}\n")
            .empty());
  CHECK(rendered("redshift: {port: 1150}\n").empty());
}

TEST_CASE("a created namespace needs IAM credentials: its admin password is Redshift's secret") {
  const std::vector<std::string> password = rendered(
      "network: {azs: 3}\nredshift: {kind: serverless}\nlambda: {credentials: password}\n");
  REQUIRE(password.size() == 1);
  CHECK(password[0].rfind("c.yaml:3:23: error C0012: lambda.credentials: a Redshift Serverless "
                          "namespace created here keeps its admin password in a secret Redshift "
                          "manages",
                          0) == 0);
  CHECK(rendered("network: {azs: 3}\nredshift: {kind: serverless}\n").size() == 1);
  // An existing workgroup: the function connects to its endpoint with the password.
  CHECK(rendered("redshift: {kind: serverless, create: false, endpoint-address: "
                 "wg.123456789012.us-east-1.redshift-serverless.amazonaws.com}\n")
            .empty());
}

TEST_CASE("the workgroup sits in the private subnets behind the shared group") {
  const Value document = synthesizeOrFail(kServerless);
  CHECK_FALSE(document.find("Resources")->find("RedshiftCluster"));
  CHECK_FALSE(document.find("Resources")->find("RedshiftSubnetGroup"));
  const Value& space = resource(document, "RedshiftNamespace");
  CHECK(space.find("Type")->text() == "AWS::RedshiftServerless::Namespace");
  const Value& namespaceProperties = *space.find("Properties");
  CHECK(namespaceProperties.find("ManageAdminPassword")->text() == "true");
  CHECK(namespaceProperties.find("DbName")->text() == "dev");
  CHECK(namespaceProperties.find("AdminUsername")->text() == "awsuser");
  CHECK_FALSE(namespaceProperties.find("AdminUserPassword"));

  const Value& properties = *resource(document, "RedshiftWorkgroup").find("Properties");
  CHECK(properties.find("BaseCapacity")->text() == "8");
  CHECK(properties.find("Port")->text() == "5439");
  CHECK(properties.find("PubliclyAccessible")->text() == "false");
  CHECK(properties.find("SubnetIds")->sequence().size() == 3);
  const Value& vpcConfig = *resource(document, "Function").find("Properties")->find("VpcConfig");
  CHECK(semanticallyEqual(*properties.find("SubnetIds"), *vpcConfig.find("SubnetIds")));
  CHECK(
      semanticallyEqual(*properties.find("SecurityGroupIds"), *vpcConfig.find("SecurityGroupIds")));
}

TEST_CASE("IAM credentials: GetCredentials on the workgroup, through the right endpoint") {
  const Value nat = synthesizeOrFail(kServerless);
  CHECK_FALSE(nat.find("Resources")->find("FunctionClusterCredentialsPolicy"));
  const Value& statement = *resource(nat, "FunctionWorkgroupCredentialsPolicy")
                                .find("Properties")
                                ->find("PolicyDocument")
                                ->find("Statement")
                                ->sequence()
                                .front()
                                .find("Action");
  CHECK(statement.sequence().front().text() == "redshift-serverless:GetCredentials");
  const Value& variables =
      *resource(nat, "Function").find("Properties")->find("Environment")->find("Variables");
  CHECK(variables.find("REDSHIFT_WORKGROUP_NAME"));
  CHECK_FALSE(variables.find("REDSHIFT_CLUSTER_IDENTIFIER"));
  CHECK(variables.find("REDSHIFT_PORT")->text() == "5439");

  const Value endpoints = synthesizeOrFail(kServerless, Variant::PrivateEndpoints);
  CHECK_FALSE(endpoints.find("Resources")->find("RedshiftApiEndpoint"));
  const Value& service =
      *resource(endpoints, "RedshiftServerlessApiEndpoint").find("Properties")->find("ServiceName");
  CHECK(service.functionCall().argument->text() ==
        "com.amazonaws.${AWS::Region}.redshift-serverless");
}
