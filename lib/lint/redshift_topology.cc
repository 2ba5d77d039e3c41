#include "lint/redshift_topology.h"

#include <fmt/format.h>

#include <set>
#include <utility>

#include "lint/lambda_functions.h"

namespace vpcsynth::lint {
namespace {

const Value* vpcConfig(const Resource& function, std::string_view key) {
  const Value* config = function.property("VpcConfig");
  return config ? config->find(key) : nullptr;
}

}  // namespace

std::string ClusterTopology::describe() const {
  return fmt::format("{} '{}'",
                     isWorkgroup() ? "Redshift Serverless workgroup" : "Redshift cluster",
                     cluster->name);
}

std::string ClusterTopology::targetName() const {
  return fmt::format("{} '{}'", isWorkgroup() ? "workgroup" : "cluster", cluster->name);
}

std::string ClusterTopology::describeSubnetOwner() const {
  if (isWorkgroup()) return describe();
  return fmt::format("cluster subnet group '{}'", subnetGroup ? subnetGroup->name : "");
}

std::vector<ClusterTopology> clusterTopologies(const LintContext& context) {
  std::vector<ClusterTopology> clusters;
  for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
    ClusterTopology topology;
    topology.cluster = cluster;
    if (const Value* group = cluster->property("ClusterSubnetGroupName")) {
      topology.subnetGroup = context.referencedResource(*group);
      if (topology.subnetGroup &&
          topology.subnetGroup->type != "AWS::Redshift::ClusterSubnetGroup") {
        topology.subnetGroup = nullptr;
      }
    }
    if (topology.subnetGroup) {
      topology.subnetList = topology.subnetGroup->property("SubnetIds");
      topology.subnets = referencedResources(context, topology.subnetList);
    } else {
      topology.subnets.complete = false;
    }
    topology.securityGroups =
        referencedResources(context, cluster->property("VpcSecurityGroupIds"));
    if (std::optional<long> port = integerValue(cluster->property("Port"))) topology.port = *port;
    clusters.push_back(std::move(topology));
  }
  // A workgroup names its subnets and groups itself; without them Redshift Serverless picks
  // the default VPC's, which the template cannot see.
  for (const Resource* workgroup : context.resourcesOfType("AWS::RedshiftServerless::Workgroup")) {
    ClusterTopology topology;
    topology.cluster = workgroup;
    topology.subnetList = workgroup->property("SubnetIds");
    topology.subnets = referencedResources(context, topology.subnetList);
    if (!topology.subnetList) topology.subnets.complete = false;
    topology.securityGroups = referencedResources(context, workgroup->property("SecurityGroupIds"));
    if (!workgroup->property("SecurityGroupIds")) topology.securityGroups.complete = false;
    if (std::optional<long> port = integerValue(workgroup->property("Port"))) topology.port = *port;
    clusters.push_back(std::move(topology));
  }
  return clusters;
}

std::vector<ClusterClient> clusterClients(const LintContext& context,
                                          const std::vector<ClusterTopology>& clusters) {
  std::set<std::pair<std::string_view, std::string_view>> referring;
  for (const Reference& reference : context.references()) {
    if (!reference.fromResource.empty()) {
      referring.emplace(reference.fromResource, reference.target);
    }
  }
  std::vector<ClusterClient> clients;
  for (const Resource* function : lambdaFunctions(context)) {
    for (const ClusterTopology& cluster : clusters) {
      const bool refers = referring.count({function->name, cluster.cluster->name}) > 0;
      const bool onlyClusterInVpc =
          clusters.size() == 1 && function->property("VpcConfig") != nullptr;
      if (refers || onlyClusterInVpc) clients.push_back({function, &cluster});
    }
  }
  return clients;
}

ResourceList functionSubnets(const LintContext& context, const Resource& function) {
  return referencedResources(context, vpcConfig(function, "SubnetIds"));
}

ResourceList functionSecurityGroups(const LintContext& context, const Resource& function) {
  return referencedResources(context, vpcConfig(function, "SecurityGroupIds"));
}

}  // namespace vpcsynth::lint
