#pragma once

#include "model/value.h"
#include "pattern/network_plan.h"
#include "pattern/pattern.h"

// The builder's parts, one file each; each appends its resources to the template in a fixed
// order. Internal to lib/synth.
namespace vpcsynth::synth {

struct StackContext {
  const PatternSpec& spec;
  const NetworkPlan& plan;

  int azCount() const { return static_cast<int>(plan.privateSubnets.size()); }
  bool natEgress() const { return spec.variant == Variant::NatEgress; }
  bool privateEndpoints() const { return spec.variant == Variant::PrivateEndpoints; }
  /// The function can reach AWS APIs: through NAT or through interface endpoints.
  bool reachesAwsApis() const { return natEgress() || privateEndpoints(); }
  bool s3GatewayEndpoint() const { return spec.network.s3GatewayEndpoint; }
  bool serverless() const { return spec.redshift.kind == RedshiftKind::Serverless; }
  /// The stack creates a workgroup (not a cluster, nor uses an existing one).
  bool createsWorkgroup() const { return serverless() && spec.redshift.createCluster; }
  /// The stack creates a provisioned cluster.
  bool createsCluster() const { return !serverless() && spec.redshift.createCluster; }
};

/// The VPC, and per AZ the private subnet, its route table and association.
void addPrivateNetwork(const StackContext& stack, Mapping& resources);
/// nat-egress: public subnets, Internet Gateway, public route table, NAT gateways and the
/// private default routes.
void addNatEgress(const StackContext& stack, Mapping& resources);
/// The S3 gateway endpoint on every private route table, with its policy.
void addS3GatewayEndpoint(const StackContext& stack, Mapping& resources);
/// The shared security group and its rules.
void addSecurityGroup(const StackContext& stack, Mapping& resources);
/// private-endpoints: an interface endpoint for each AWS service the credentials mode calls, and
/// the endpoints' security group.
void addInterfaceEndpoints(const StackContext& stack, Mapping& resources);
/// Provisioned: the cluster subnet group and, unless an existing cluster is used, the cluster.
/// Serverless: the namespace and the workgroup, unless an existing one is used.
void addRedshift(const StackContext& stack, Mapping& resources);
/// The function, its role and the policies of its credential source.
void addLambda(const StackContext& stack, Mapping& resources);
/// The site-to-site VPN, when on-premises connectivity is on.
void addOnPremises(const StackContext& stack, Mapping& resources);
/// The exported outputs.
Mapping buildOutputs(const StackContext& stack);

/// `!Ref` to each private subnet, in AZ order.
Sequence privateSubnetRefs(const StackContext& stack);
/// `!GetAtt SharedSecurityGroup.GroupId`.
Value securityGroupId();
/// `!GetAtt EndpointSecurityGroup.GroupId`.
Value endpointSecurityGroupId();

}  // namespace vpcsynth::synth
