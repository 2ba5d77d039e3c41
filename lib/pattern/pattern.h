#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pattern/variant.h"

namespace vpcsynth {

/// Where the private subnets' NAT gateways live in the nat-egress variant.
enum class NatMode : unsigned char {
  /// One NAT gateway per AZ: an AZ's outage cuts no other AZ's egress.
  PerAz,
  /// One NAT gateway in the first AZ for all: cheaper, but a single point of failure.
  Single,
};

/// How the function authenticates to the cluster.
enum class CredentialSource : unsigned char {
  /// The master password, read from the SSM SecureString parameter.
  Password,
  /// Temporary credentials from `redshift:GetClusterCredentials`.
  IamCredentials,
  /// The master password in the secret that Redshift creates and rotates itself
  /// (`ManageMasterPassword`), read from Secrets Manager.
  ManagedSecret,
};

/// What kind of Redshift the stack creates.
enum class RedshiftKind : unsigned char {
  /// A cluster of nodes (`AWS::Redshift::Cluster`) in a cluster subnet group.
  Provisioned,
  /// A namespace and a workgroup (`AWS::RedshiftServerless::*`) in the private subnets.
  Serverless,
};

/// The credentials mode named "password", "iam" or "managed-secret".
std::optional<CredentialSource> parseCredentialSource(std::string_view name);

/// The VPC and its subnets. CIDRs are kept as written; validation parses them.
struct NetworkSpec {
  std::string cidr = "10.0.0.0/16";
  int azCount = 2;
  NatMode nat = NatMode::PerAz;
  /// One per AZ, or empty to carve them from `cidr`.
  std::vector<std::string> privateSubnets;
  /// One per AZ (nat-egress only), or empty to carve them from `cidr`.
  std::vector<std::string> publicSubnets;
  /// An S3 gateway endpoint on every private route table, so traffic to S3 stays in the VPC.
  bool s3GatewayEndpoint = true;
};

struct RedshiftSpec {
  RedshiftKind kind = RedshiftKind::Provisioned;
  /// False: the stack creates no cluster and the function connects to `endpointAddress`.
  bool createCluster = true;
  /// Empty: CloudFormation names the cluster.
  std::string clusterIdentifier;
  std::string nodeType = "ra3.xlplus";
  int nodeCount = 2;
  std::string database = "dev";
  std::string masterUsername = "awsuser";
  int port = 5439;
  /// Days automated snapshots are kept (1-35).
  int snapshotRetentionDays = 7;
  /// The existing SSM SecureString parameter holding the master password.
  std::string passwordParameter = "/lambda-connections/redshift/master-password";
  int passwordParameterVersion = 1;
  /// A customer-managed KMS key encrypting the parameter; empty for the AWS-managed `aws/ssm`
  /// key, whose key policy already lets the account decrypt through SSM.
  std::string passwordKeyArn;
  /// The existing cluster's endpoint address, when `createCluster` is false.
  std::string endpointAddress;
  /// The cluster's own S3 traffic (COPY, UNLOAD, Spectrum) goes through the VPC.
  bool enhancedVpcRouting = true;
  /// The buckets the S3 gateway endpoint's policy allows; empty: the account's own buckets.
  std::vector<std::string> s3Buckets;
  /// Serverless: the namespace and workgroup names, which CloudFormation requires and which are
  /// unique per account and region.
  std::string namespaceName = "lambda-connections";
  std::string workgroupName = "lambda-connections";
  /// Serverless: the workgroup's base capacity in RPUs.
  int baseCapacity = 8;
};

struct LambdaSpec {
  /// Empty: CloudFormation names the function.
  std::string functionName;
  std::string runtime = "python3.12";
  std::string handler = "index.handler";
  int memoryMb = 256;
  int timeoutSeconds = 30;
  /// Both empty: the inline probe function (lib/synth/handlers).
  std::string codeS3Bucket;
  std::string codeS3Key;
  CredentialSource credentials = CredentialSource::Password;
};

/// How the VPC reaches the on-premises networks; a stack may combine them (a VPN as the backup
/// of Direct Connect is the usual design).
enum class OnPremisesLink : unsigned char {
  /// A site-to-site VPN over the VPN gateway, with static routes.
  Vpn,
  /// A Direct Connect gateway associated with the VPN gateway; routes arrive over BGP.
  DirectConnect,
  /// An attachment of the VPC to an existing transit gateway, with static routes to it.
  TransitGateway,
};

/// "vpn", "direct-connect" or "transit-gateway".
std::optional<OnPremisesLink> parseOnPremisesLink(std::string_view name);
std::string_view onPremisesLinkName(OnPremisesLink link);

/// The association with a Direct Connect gateway: an existing one by ID, or a new one.
struct DirectConnectSpec {
  /// Empty: the stack creates a Direct Connect gateway with `amazonSideAsn`.
  std::string gatewayId;
  std::int64_t amazonSideAsn = 64512;
  /// The VPC prefixes the association lets the gateway advertise; empty: the VPC's CIDR.
  std::vector<std::string> allowedPrefixes;
};

/// The attachment to an existing transit gateway.
struct TransitGatewaySpec {
  std::string id;
  bool applianceMode = false;
  bool dnsSupport = true;
};

/// Connectivity back to the on-premises networks (optional).
struct OnPremisesSpec {
  bool enabled = false;
  std::vector<OnPremisesLink> connections = {OnPremisesLink::Vpn};
  /// The VPN's customer gateway.
  std::string customerGatewayIp;
  std::int64_t bgpAsn = 65000;
  std::vector<std::string> cidrs;
  DirectConnectSpec directConnect;
  TransitGatewaySpec transitGateway;
  /// On-premises clients the cluster's security group admits on the Redshift port; empty: none.
  std::vector<std::string> clientCidrs;

  bool uses(OnPremisesLink link) const;
  /// A VPN or Direct Connect: both go through the VPN gateway.
  bool usesVpnGateway() const;
};

/// Everything the builder needs to emit one stack of the Lambda Connections pattern.
struct PatternSpec {
  Variant variant = Variant::NatEgress;
  NetworkSpec network;
  RedshiftSpec redshift;
  LambdaSpec lambda;
  OnPremisesSpec onPremises;
};

/// "per-az" or "single".
std::string_view natModeName(NatMode mode);
/// "provisioned" or "serverless".
std::string_view redshiftKindName(RedshiftKind kind);
/// "password" or "iam".
std::string_view credentialSourceName(CredentialSource source);

}  // namespace vpcsynth
