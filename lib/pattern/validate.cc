#include "pattern/validate.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "facts/hybrid_network.h"
#include "facts/lambda_runtimes.h"
#include "facts/redshift_serverless.h"
#include "net/cidr.h"
#include "pattern/aws_names.h"
#include "pattern/gateway_ids.h"
#include "pattern/network_plan.h"
#include "pattern/redshift_nodes.h"
#include "text/suggest.h"

namespace vpcsynth {
namespace {

constexpr int kMinRedshiftPort = 1150;
constexpr int kMaxRedshiftPort = 65535;

class Checker {
 public:
  explicit Checker(Problems& problems) : problems_(problems) {}

  void error(std::string_view ruleId, std::string key, std::string message) {
    problems_.push_back({Severity::Error, ruleId, std::move(key), std::move(message)});
  }
  void warning(std::string_view ruleId, std::string key, std::string message) {
    problems_.push_back({Severity::Warning, ruleId, std::move(key), std::move(message)});
  }
  /// Reports `check(value)`'s complaint, if any, as an invalid name at `key`.
  void name(std::string key, const std::optional<std::string>& complaint) {
    if (complaint) error(config_rule::kInvalidName, std::move(key), *complaint);
  }
  void range(std::string key, std::int64_t value, std::int64_t min, std::int64_t max,
             std::string_view what, std::string_view ruleId = config_rule::kInvalidValue) {
    if (value < min || value > max) {
      error(ruleId, std::move(key),
            fmt::format("{} must be between {} and {}, not {}", what, min, max, value));
    }
  }

 private:
  Problems& problems_;
};

std::vector<std::string_view> nodeTypeNames() {
  std::vector<std::string_view> names;
  for (const NodeTypeLimits& limits : redshiftNodeTypes()) names.push_back(limits.nodeType);
  return names;
}

// What a workgroup needs that a cluster does not: names, a port of Serverless's ranges, a base
// capacity of its steps and subnets in enough zones (lib/facts/redshift_serverless.cc).
void checkServerless(const PatternSpec& spec, Checker& check) {
  const RedshiftSpec& redshift = spec.redshift;
  const facts::ServerlessLimits& limits = facts::serverlessLimits();
  if (!facts::serverlessPortAccepted(redshift.port)) {
    check.error(config_rule::kRedshiftPort, "redshift.port",
                fmt::format("Redshift Serverless accepts ports 5431-5455 and 8191-8215 only, not "
                            "{}; use 5439",
                            redshift.port));
  }
  if (!redshift.createCluster) {
    if (spec.lambda.credentials != CredentialSource::Password) {
      check.error(config_rule::kInvalidValue, "lambda.credentials",
                  "with redshift.create false and kind serverless, use password: IAM "
                  "credentials need the workgroup's ARN, which names its ID, and managed-secret "
                  "the secret of a namespace this stack creates");
    }
    return;
  }
  // The namespace's admin password is the secret Redshift manages (ManageAdminPassword):
  // CloudFormation resolves no ssm-secure reference in AdminUserPassword, and gives no attribute
  // naming the managed secret, so the function can only take temporary credentials.
  if (spec.lambda.credentials != CredentialSource::IamCredentials) {
    check.error(config_rule::kInvalidValue, "lambda.credentials",
                fmt::format("a Redshift Serverless namespace created here keeps its admin "
                            "password in a secret Redshift manages, which CloudFormation does not "
                            "name, so the function cannot use {}; set lambda.credentials: iam "
                            "(redshift-serverless:GetCredentials)",
                            credentialSourceName(spec.lambda.credentials)));
  }
  check.name("redshift.namespace-name", checkServerlessName(redshift.namespaceName));
  check.name("redshift.workgroup-name", checkServerlessName(redshift.workgroupName));
  if (!facts::serverlessBaseCapacityAccepted(redshift.baseCapacity)) {
    check.error(
        config_rule::kInvalidValue, "redshift.base-capacity",
        fmt::format("Redshift Serverless accepts a base capacity of {} RPUs, or {} to {} "
                    "in steps of {}, not {}",
                    limits.smallestBaseCapacity, limits.minBaseCapacity, limits.maxBaseCapacity,
                    limits.baseCapacityStep, redshift.baseCapacity));
  }
  if (spec.network.azCount < limits.minZones) {
    check.error(config_rule::kAzCount, "network.azs",
                fmt::format("a Redshift Serverless workgroup needs subnets in at least {} "
                            "availability zones, and the stack has one private subnet per zone "
                            "in {}; set network.azs to {} or more, or use redshift.kind "
                            "provisioned (a cluster needs one zone)",
                            limits.minZones, spec.network.azCount, limits.minZones));
  }
}

void checkRedshift(const PatternSpec& spec, Checker& check) {
  const RedshiftSpec& redshift = spec.redshift;
  if (redshift.kind == RedshiftKind::Serverless) {
    checkServerless(spec, check);
  } else {
    check.range("redshift.port", redshift.port, kMinRedshiftPort, kMaxRedshiftPort,
                "the Redshift port", config_rule::kRedshiftPort);
  }
  check.range("redshift.snapshot-retention-days", redshift.snapshotRetentionDays, 1, 35,
              "the snapshot retention in days");
  check.name("redshift.database", checkDatabaseName(redshift.database));
  check.name("redshift.password-parameter", checkParameterPath(redshift.passwordParameter));
  check.range("redshift.password-parameter-version", redshift.passwordParameterVersion, 1,
              1'000'000, "the parameter version");
  if (!redshift.passwordKeyArn.empty()) {
    check.name("redshift.password-kms-key-arn", checkKmsKeyArn(redshift.passwordKeyArn));
  }
  if (!redshift.clusterIdentifier.empty()) {
    check.name("redshift.cluster-identifier", checkClusterIdentifier(redshift.clusterIdentifier));
  }
  check.name("redshift.master-username", checkMasterUsername(redshift.masterUsername));
  for (std::size_t i = 0; i < redshift.s3Buckets.size(); ++i) {
    check.name(fmt::format("redshift.s3-buckets[{}]", i), checkBucketName(redshift.s3Buckets[i]));
  }
  if (!redshift.createCluster) {
    if (redshift.endpointAddress.empty()) {
      check.error(config_rule::kMissingValue, "redshift.endpoint-address",
                  "redshift.create is false: give the existing cluster's endpoint address");
    } else {
      check.name("redshift.endpoint-address", checkHostName(redshift.endpointAddress));
    }
    // A workgroup's own checks (checkServerless) cover its credentials modes.
    if (redshift.kind == RedshiftKind::Serverless) return;
    if (spec.lambda.credentials == CredentialSource::IamCredentials &&
        redshift.clusterIdentifier.empty()) {
      check.error(config_rule::kMissingValue, "redshift.cluster-identifier",
                  "IAM credentials for an existing cluster need its cluster identifier");
    }
    if (spec.lambda.credentials == CredentialSource::ManagedSecret) {
      check.error(config_rule::kMissingValue, "lambda.credentials",
                  "managed-secret reads the secret of a cluster this stack creates "
                  "(ManageMasterPassword): with redshift.create false, use password or iam");
    }
    return;
  }
  if (redshift.kind == RedshiftKind::Serverless) return;
  auto limits = findNodeType(redshift.nodeType);
  if (!limits) {
    check.error(config_rule::kNodeTypeAndCount, "redshift.node-type",
                fmt::format("'{}' is not a current Redshift node type{}", redshift.nodeType,
                            didYouMean(redshift.nodeType, nodeTypeNames())));
  } else if (redshift.nodeCount < limits->minNodes || redshift.nodeCount > limits->maxNodes) {
    check.error(config_rule::kNodeTypeAndCount, "redshift.node-count",
                fmt::format("{} takes {} to {} nodes, not {}", redshift.nodeType, limits->minNodes,
                            limits->maxNodes, redshift.nodeCount));
  }
}

void checkLambda(const LambdaSpec& lambda, Checker& check) {
  if (!lambda.functionName.empty()) {
    check.name("lambda.function-name", checkFunctionName(lambda.functionName));
  }
  const auto& runtimes = facts::currentLambdaRuntimes();
  if (std::find(runtimes.begin(), runtimes.end(), lambda.runtime) == runtimes.end()) {
    check.error(config_rule::kInvalidValue, "lambda.runtime",
                fmt::format("'{}' is not a supported Lambda runtime{}", lambda.runtime,
                            didYouMean(lambda.runtime, runtimes)));
  }
  if (lambda.handler.empty() || lambda.handler.size() > 128 ||
      lambda.handler.find_first_of(" \t\n") != std::string::npos) {
    check.error(
        config_rule::kInvalidValue, "lambda.handler",
        fmt::format("'{}' is not a handler: 1-128 characters without spaces", lambda.handler));
  }
  check.range("lambda.memory", lambda.memoryMb, 128, 10240, "the memory size in MB");
  check.range("lambda.timeout", lambda.timeoutSeconds, 1, 900, "the timeout in seconds");
  const bool hasBucket = !lambda.codeS3Bucket.empty();
  const bool hasKey = !lambda.codeS3Key.empty();
  if (hasBucket != hasKey) {
    check.error(config_rule::kMissingValue,
                hasBucket ? "lambda.code.s3-key" : "lambda.code.s3-bucket",
                "code from S3 needs both lambda.code.s3-bucket and lambda.code.s3-key");
  }
  if (hasBucket) check.name("lambda.code.s3-bucket", checkBucketName(lambda.codeS3Bucket));
  if (!hasBucket && !hasKey && facts::supportsInlineCode(lambda.runtime) &&
      lambda.handler != "index.handler") {
    check.error(config_rule::kInvalidValue, "lambda.handler",
                fmt::format("the inline probe function defines index.handler, not '{}'; use "
                            "that handler or give lambda.code.s3-bucket and lambda.code.s3-key",
                            lambda.handler));
  }
  if (!hasBucket && !hasKey && !facts::supportsInlineCode(lambda.runtime)) {
    check.error(config_rule::kMissingValue, "lambda.runtime",
                fmt::format("the inline probe function exists only for Python and Node.js; "
                            "give lambda.code.s3-bucket and lambda.code.s3-key for {}",
                            lambda.runtime));
  }
}

void checkVpn(const OnPremisesSpec& onPremises, Checker& check) {
  if (onPremises.customerGatewayIp.empty()) {
    check.error(config_rule::kMissingValue, "on-premises.customer-gateway-ip",
                "a VPN needs the customer gateway's public IPv4 address");
  } else if (!net::parseIpv4Address(onPremises.customerGatewayIp)) {
    check.error(config_rule::kInvalidValue, "on-premises.customer-gateway-ip",
                fmt::format("'{}' is not an IPv4 address", onPremises.customerGatewayIp));
  }
  check.range("on-premises.bgp-asn", onPremises.bgpAsn, 1, 4'294'967'294, "the BGP ASN");
}

void checkDirectConnect(const DirectConnectSpec& directConnect, Checker& check) {
  if (!directConnect.gatewayId.empty()) {
    check.name("on-premises.direct-connect.gateway-id",
               checkDirectConnectGatewayId(directConnect.gatewayId));
    return;
  }
  if (!facts::isPrivateAmazonSideAsn(directConnect.amazonSideAsn)) {
    check.error(config_rule::kInvalidValue, "on-premises.direct-connect.amazon-side-asn",
                fmt::format("the Amazon-side ASN of a Direct Connect gateway must be a private "
                            "ASN, 64512 to 65534 or 4200000000 to 4294967294, not {}",
                            directConnect.amazonSideAsn));
  }
}

void checkTransitGateway(const TransitGatewaySpec& transitGateway, Checker& check) {
  if (transitGateway.id.empty()) {
    check.error(config_rule::kMissingValue, "on-premises.transit-gateway.id",
                "a transit gateway connection needs the ID of an existing transit gateway");
  } else {
    check.name("on-premises.transit-gateway.id", checkTransitGatewayId(transitGateway.id));
  }
}

void checkOnPremises(const OnPremisesSpec& onPremises, Checker& check) {
  if (!onPremises.enabled) return;
  if (onPremises.connections.empty()) {
    check.error(config_rule::kMissingValue, "on-premises.connection",
                "list at least one of vpn, direct-connect and transit-gateway");
  }
  if (onPremises.uses(OnPremisesLink::TransitGateway) && onPremises.usesVpnGateway()) {
    check.error(config_rule::kInvalidValue, "on-premises.connection",
                "transit-gateway cannot be combined with vpn or direct-connect: both would "
                "route the same on-premises networks from the same route tables; connect the "
                "VPN or Direct Connect to the transit gateway instead");
  }
  if (onPremises.uses(OnPremisesLink::Vpn)) checkVpn(onPremises, check);
  if (onPremises.uses(OnPremisesLink::DirectConnect)) {
    checkDirectConnect(onPremises.directConnect, check);
  }
  if (onPremises.uses(OnPremisesLink::TransitGateway)) {
    checkTransitGateway(onPremises.transitGateway, check);
  }
  if (onPremises.cidrs.empty()) {
    check.error(config_rule::kMissingValue, "on-premises.cidrs",
                "list at least one on-premises CIDR to route to");
  }
}

}  // namespace

Problems validatePattern(const PatternSpec& spec) {
  Problems problems;
  planNetwork(spec, problems);
  Checker check(problems);
  if (spec.variant == Variant::NatEgress && spec.network.nat == NatMode::Single) {
    check.warning(config_rule::kSingleNat, "network.nat",
                  "a single NAT gateway serves every AZ: if its AZ fails, all egress fails");
  }
  if (spec.redshift.createCluster && spec.redshift.enhancedVpcRouting &&
      !spec.network.s3GatewayEndpoint && spec.variant != Variant::NatEgress) {
    check.warning(config_rule::kNoS3Path, "network.s3-gateway-endpoint",
                  "with enhanced VPC routing and no NAT gateway, the cluster reaches S3 only "
                  "through the S3 gateway endpoint: without it, COPY and UNLOAD hang");
  }
  checkRedshift(spec, check);
  checkLambda(spec.lambda, check);
  checkOnPremises(spec.onPremises, check);
  return problems;
}

}  // namespace vpcsynth
