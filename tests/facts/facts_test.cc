// One test per row of the tables in lib/facts: each requirement fails where AWS refuses the
// resource and passes where it accepts it; each dated fact switches on its day.
#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>

#include "../lint/lint_test_support.h"
#include "facts/dated_behaviour.h"
#include "facts/hybrid_network.h"
#include "facts/lambda_runtimes.h"
#include "facts/property_requirements.h"
#include "facts/redshift_serverless.h"

using namespace vpcsynth;
using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;

namespace {

/// The D rules (D0002, D0005) found on one resource of `type` with `properties` (flow YAML).
std::vector<std::string> dataFindings(std::string_view type, std::string_view properties) {
  const std::string text =
      fmt::format("Resources:\n  R:\n    Type: {}\n    Properties: {}\n", type, properties);
  std::vector<std::string> rules;
  for (const std::string& id : ruleIds(lintText(text, "D000"))) {
    if (id == "D0002" || id == "D0005") rules.push_back(id);
  }
  return rules;
}

using Rules = std::vector<std::string>;

constexpr std::string_view kCluster =
    "{ClusterType: single-node, NodeType: ra3.large, DBName: d, "
    "MasterUsername: a";

std::string cluster(std::string_view more) { return fmt::format("{}{}}}", kCluster, more); }

}  // namespace

TEST_CASE("every requirement row names its resource type, terms, review day and source") {
  for (const facts::PropertyRequirement& row : facts::propertyRequirements()) {
    INFO(row.resourceType);
    CHECK(row.resourceType.starts_with("AWS::"));
    CHECK_FALSE(row.terms[0].empty());
    CHECK(row.reviewed.size() == 10);
    CHECK(row.source.starts_with("https://docs.aws.amazon.com/"));
    const bool conditional = row.kind == facts::RequirementKind::RequiredWhen ||
                             row.kind == facts::RequirementKind::RequiredUnless;
    CHECK(conditional == !row.condition.empty());
  }
}

TEST_CASE("a Redshift cluster needs a password, a managed one, or a snapshot") {
  CHECK(dataFindings("AWS::Redshift::Cluster", cluster("")) == Rules{"D0002"});
  CHECK(dataFindings("AWS::Redshift::Cluster", cluster(", MasterUserPassword: p")).empty());
  CHECK(dataFindings("AWS::Redshift::Cluster", cluster(", ManageMasterPassword: true")).empty());
  CHECK(dataFindings("AWS::Redshift::Cluster", cluster(", ManageMasterPassword: false")) ==
        Rules{"D0002"});
  CHECK(dataFindings("AWS::Redshift::Cluster", cluster(", SnapshotIdentifier: s")).empty());
  CHECK(dataFindings("AWS::Redshift::Cluster", cluster(", SnapshotArn: s")).empty());
  // Known only at deploy time: not judged.
  CHECK(dataFindings("AWS::Redshift::Cluster", cluster(", ManageMasterPassword: !Ref M")).empty());
}

TEST_CASE("a Redshift cluster cannot take a password and manage it too") {
  CHECK(dataFindings("AWS::Redshift::Cluster",
                     cluster(", MasterUserPassword: p, ManageMasterPassword: true")) ==
        Rules{"D0005"});
}

TEST_CASE("a multi-node Redshift cluster needs NumberOfNodes") {
  const std::string multi =
      "{ClusterType: multi-node, NodeType: ra3.large, DBName: d, "
      "MasterUsername: a, ManageMasterPassword: true";
  CHECK(dataFindings("AWS::Redshift::Cluster", multi + "}") == Rules{"D0002"});
  CHECK(dataFindings("AWS::Redshift::Cluster", multi + ", NumberOfNodes: 2}").empty());
}

TEST_CASE("an RDS instance or cluster cannot take a password and manage it too") {
  for (std::string_view type : {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}) {
    INFO(type);
    CHECK(dataFindings(type, "{MasterUserPassword: p, ManageMasterUserPassword: true}") ==
          Rules{"D0005"});
    CHECK(dataFindings(type, "{ManageMasterUserPassword: true}").empty());
    CHECK(dataFindings(type, "{MasterUserPassword: p, ManageMasterUserPassword: false}").empty());
  }
}

TEST_CASE("a Redshift Serverless namespace cannot take an admin password and manage it too") {
  CHECK(dataFindings("AWS::RedshiftServerless::Namespace",
                     "{NamespaceName: n, AdminUserPassword: p, ManageAdminPassword: true}") ==
        Rules{"D0005"});
  CHECK(dataFindings("AWS::RedshiftServerless::Namespace",
                     "{NamespaceName: n, ManageAdminPassword: true}")
            .empty());
}

TEST_CASE("a .zip Lambda function needs Runtime and Handler, an image neither") {
  CHECK(dataFindings("AWS::Lambda::Function", "{Role: r, Code: {ZipFile: x}}") ==
        Rules{"D0002", "D0002"});
  CHECK(dataFindings("AWS::Lambda::Function",
                     "{Role: r, Code: {ZipFile: x}, Runtime: python3.13, Handler: index.handler}")
            .empty());
  CHECK(dataFindings("AWS::Lambda::Function", "{Role: r, PackageType: Image, Code: {ImageUri: u}}")
            .empty());
}

TEST_CASE("a VPC's and a subnet's IPv4 block comes from the template or an IPAM pool") {
  CHECK(dataFindings("AWS::EC2::VPC", "{EnableDnsSupport: true}") == Rules{"D0002"});
  CHECK(dataFindings("AWS::EC2::VPC", "{CidrBlock: 10.0.0.0/16}").empty());
  CHECK(dataFindings("AWS::EC2::VPC", "{Ipv4IpamPoolId: p, Ipv4NetmaskLength: 20}").empty());
  CHECK(dataFindings("AWS::EC2::Subnet", "{VpcId: v}") == Rules{"D0002"});
  CHECK(dataFindings("AWS::EC2::Subnet", "{VpcId: v, CidrBlock: 10.0.0.0/24}").empty());
  CHECK(dataFindings("AWS::EC2::Subnet", "{VpcId: v, Ipv4IpamPoolId: p}").empty());
  CHECK(dataFindings("AWS::EC2::Subnet",
                     "{VpcId: v, Ipv6Native: true, Ipv6CidrBlock: '2600:1f14::/64'}")
            .empty());
}

TEST_CASE("Redshift's secure defaults apply from 2025-01-10") {
  for (const facts::DatedBehaviour* behaviour :
       {&facts::redshiftEncryptedByDefault(), &facts::redshiftPrivateByDefault()}) {
    CHECK(behaviour->since == "2025-01-10");
    CHECK_FALSE(behaviour->appliesOn("2025-01-09"));
    CHECK(behaviour->appliesOn("2025-01-10"));
    CHECK(behaviour->source.starts_with("https://docs.aws.amazon.com/"));
  }
}

TEST_CASE("the runtime table knows deprecated and current runtimes") {
  CHECK(facts::findLambdaRuntime("python3.9")->deprecatedOn("2025-12-15"));
  CHECK_FALSE(facts::findLambdaRuntime("python3.9")->deprecatedOn("2025-12-14"));
  CHECK(facts::findLambdaRuntime("nodejs20.x")->deprecatedOn(facts::runtimeTableDate()));
  CHECK_FALSE(facts::findLambdaRuntime("python3.13")->deprecatedOn(facts::runtimeTableDate()));
  CHECK(facts::findLambdaRuntime("cobol") == nullptr);
  // synth offers exactly the runtimes not deprecated on the table's date.
  for (std::string_view runtime : facts::currentLambdaRuntimes()) {
    INFO(runtime);
    CHECK_FALSE(facts::findLambdaRuntime(runtime)->deprecatedOn(facts::runtimeTableDate()));
  }
  const auto& current = facts::currentLambdaRuntimes();
  CHECK(std::find(current.begin(), current.end(), "nodejs20.x") == current.end());
  CHECK(std::find(current.begin(), current.end(), "python3.12") != current.end());
}

TEST_CASE("Redshift Serverless: three zones, its ports and base-capacity steps, with sources") {
  const facts::ServerlessLimits& limits = facts::serverlessLimits();
  CHECK(limits.minZones == 3);
  CHECK(limits.reviewed.size() == 10);
  CHECK(limits.zonesSource.starts_with("https://docs.aws.amazon.com/redshift/"));
  CHECK(limits.capacitySource.starts_with("https://docs.aws.amazon.com/redshift/"));
  CHECK(limits.portSource.starts_with("https://docs.aws.amazon.com/redshift-serverless/"));
  CHECK(facts::serverlessBaseCapacityAccepted(4));
  CHECK(facts::serverlessBaseCapacityAccepted(8));
  CHECK(facts::serverlessBaseCapacityAccepted(128));
  CHECK(facts::serverlessBaseCapacityAccepted(512));
  CHECK_FALSE(facts::serverlessBaseCapacityAccepted(0));
  CHECK_FALSE(facts::serverlessBaseCapacityAccepted(6));
  CHECK_FALSE(facts::serverlessBaseCapacityAccepted(12));
  CHECK_FALSE(facts::serverlessBaseCapacityAccepted(520));
  CHECK(facts::serverlessPortAccepted(5431));
  CHECK(facts::serverlessPortAccepted(5455));
  CHECK(facts::serverlessPortAccepted(8191));
  CHECK(facts::serverlessPortAccepted(8215));
  CHECK_FALSE(facts::serverlessPortAccepted(5430));
  CHECK_FALSE(facts::serverlessPortAccepted(5456));
  CHECK_FALSE(facts::serverlessPortAccepted(8190));
  CHECK_FALSE(facts::serverlessPortAccepted(8216));
}

TEST_CASE("every hybrid network fact names its summary, source and the day it was read") {
  REQUIRE(facts::hybridNetworkFacts().size() >= 4);
  for (const facts::HybridNetworkFact& fact : facts::hybridNetworkFacts()) {
    INFO(fact.summary);
    CHECK_FALSE(fact.summary.empty());
    CHECK_FALSE(fact.source.empty());
    CHECK(fact.read.size() == 10);
  }
}

TEST_CASE("a Direct Connect gateway's Amazon-side ASN is one of the two private ranges") {
  for (std::int64_t asn : {64512LL, 65000LL, 65534LL, 4'200'000'000LL, 4'294'967'294LL}) {
    CHECK(facts::isPrivateAmazonSideAsn(asn));
  }
  for (std::int64_t asn : {1LL, 64511LL, 65535LL, 4'199'999'999LL, 4'294'967'295LL}) {
    CHECK_FALSE(facts::isPrivateAmazonSideAsn(asn));
  }
}
