#pragma once

#include <string>
#include <vector>

#include "lint/lint_context.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {

/// A Redshift cluster, or a Redshift Serverless workgroup, with what the architecture rules
/// compare against it: both listen on a port in subnets behind security groups.
struct ClusterTopology {
  /// The `AWS::Redshift::Cluster` or `AWS::RedshiftServerless::Workgroup`.
  const Resource* cluster = nullptr;
  /// A cluster's `AWS::Redshift::ClusterSubnetGroup`, or null (always null for a workgroup).
  const Resource* subnetGroup = nullptr;
  /// The `SubnetIds` list: the subnet group's, or the workgroup's own; null when unknown.
  const Value* subnetList = nullptr;
  ResourceList subnets;         // the subnets of `subnetList`
  ResourceList securityGroups;  // `VpcSecurityGroupIds`, or a workgroup's `SecurityGroupIds`
  long port = 5439;

  bool isWorkgroup() const { return cluster->type == "AWS::RedshiftServerless::Workgroup"; }
  /// As a finding names it: "Redshift cluster 'X'" or "Redshift Serverless workgroup 'X'".
  std::string describe() const;
  /// As a connection's target is named: "cluster 'X'" or "workgroup 'X'".
  std::string targetName() const;
  /// What holds the subnets, as a finding names it: "cluster subnet group 'G'" or
  /// "Redshift Serverless workgroup 'W'".
  std::string describeSubnetOwner() const;
};

/// The Redshift clusters and Redshift Serverless workgroups of the template, clusters first.
std::vector<ClusterTopology> clusterTopologies(const LintContext& context);

/// A Lambda function and a cluster it talks to.
struct ClusterClient {
  const Resource* function = nullptr;
  const ClusterTopology* cluster = nullptr;
};

/// The functions that talk to each cluster: those that refer to the cluster (an endpoint in
/// their environment, say), or, when there is one cluster, those that run in a VPC. In template
/// order of the functions.
std::vector<ClusterClient> clusterClients(const LintContext& context,
                                          const std::vector<ClusterTopology>& clusters);

/// The `VpcConfig` subnets and security groups of a Lambda function.
ResourceList functionSubnets(const LintContext& context, const Resource& function);
ResourceList functionSecurityGroups(const LintContext& context, const Resource& function);

}  // namespace vpcsynth::lint
