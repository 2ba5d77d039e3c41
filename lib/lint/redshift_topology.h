#pragma once

#include <vector>

#include "lint/lint_context.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {

/// A Redshift cluster with what the architecture rules compare against it.
struct ClusterTopology {
  const Resource* cluster = nullptr;
  /// The `AWS::Redshift::ClusterSubnetGroup`, or null.
  const Resource* subnetGroup = nullptr;
  ResourceList subnets;         // the subnet group's subnets
  ResourceList securityGroups;  // `VpcSecurityGroupIds`
  long port = 5439;
};

/// The Redshift clusters of the template.
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
