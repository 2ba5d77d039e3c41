#include "config/starter_config.h"

namespace vpcsynth {

std::string_view starterConfig() {
  return R"(# vpcsynth configuration: the Lambda Connections pattern (docs/configuration.md).
# Every key below shows its default; delete the ones you do not change.

# private-only: nothing leaves the VPC (the function cannot reach AWS APIs to authenticate).
# private-endpoints: nothing leaves the VPC; an interface endpoint for the AWS API the function
# authenticates with (Parameter Store, Redshift or Secrets Manager).
# nat-egress: public subnets, an Internet Gateway and NAT gateways, so the function can read
# the password from SSM Parameter Store.
variant: nat-egress

network:
  cidr: 10.0.0.0/16
  # Availability zones, 2 to 6, taken in order from !GetAZs.
  azs: 2
  # per-az: one NAT gateway per AZ. single: one for all (cheaper, one AZ's failure cuts egress).
  nat: per-az
  # One CIDR per AZ, or [] to carve them from network.cidr (/19 private, /22 public for a /16).
  private-subnets: []
  public-subnets: []
  # An S3 gateway endpoint (free) on every private route table: S3 traffic stays in the VPC.
  s3-gateway-endpoint: true

redshift:
  # provisioned: a cluster of nodes. serverless: a Redshift Serverless namespace and workgroup,
  # which need network.azs of 3 or more and a port of 5431-5455 or 8191-8215.
  kind: provisioned
  # false: no cluster is created; the function connects to endpoint-address.
  create: true
  # Empty: CloudFormation names the cluster.
  cluster-identifier: ''
  node-type: ra3.xlplus
  node-count: 2
  database: dev
  master-username: awsuser
  port: 5439
  # Days automated snapshots are kept, 1 to 35.
  snapshot-retention-days: 7
  # An existing SSM SecureString parameter holding the master password, and its version.
  password-parameter: /lambda-connections/redshift/master-password
  password-parameter-version: 1
  # The customer-managed KMS key of that parameter; empty for the AWS-managed aws/ssm key.
  password-kms-key-arn: ''
  # The endpoint of an existing cluster (create: false only).
  endpoint-address: ''
  # COPY, UNLOAD and Spectrum reach S3 through the VPC (the S3 gateway endpoint, or NAT).
  enhanced-vpc-routing: true
  # The buckets the S3 gateway endpoint allows; [] for every bucket of the account.
  s3-buckets: []
  # Serverless only: the namespace and workgroup names (unique in the account and region) and
  # the workgroup's base capacity in RPUs (4, or 8 to 512 in steps of 8).
  namespace-name: lambda-connections
  workgroup-name: lambda-connections
  base-capacity: 8

lambda:
  # Empty: CloudFormation names the function.
  function-name: ''
  runtime: python3.12
  handler: index.handler
  memory: 256
  timeout: 30
  # Both empty: the inline probe function, which checks the path to the cluster and the
  # credentials (Python and Node.js only).
  code:
    s3-bucket: ''
    s3-key: ''
  # password: read the password parameter. iam: redshift:GetClusterCredentials.
  # managed-secret: Redshift creates and rotates the password in a secret the function reads.
  credentials: password

# Connectivity back to the on-premises networks: uncomment to turn it on.
# on-premises:
#   # vpn, direct-connect and/or transit-gateway; [direct-connect, vpn] keeps a VPN as backup.
#   connection: [vpn]
#   cidrs: [192.168.0.0/16]
#   # vpn: the customer gateway.
#   customer-gateway-ip: 203.0.113.10
#   bgp-asn: 65000
#   direct-connect:
#     # An existing Direct Connect gateway's ID, or '' for a new one with amazon-side-asn.
#     gateway-id: ''
#     amazon-side-asn: 64512
#     # [] for the VPC's CIDR; each prefix must hold the whole VPC.
#     allowed-prefixes: []
#   transit-gateway:
#     id: tgw-0123456789abcdef0
#     appliance-mode: false
#     dns-support: true
#   # On-premises clients the cluster admits on the Redshift port; [] for none.
#   client-cidrs: []
)";
}

}  // namespace vpcsynth
