// A0004: a subnet of a Redshift cluster subnet group routes to an Internet Gateway.
#include <fmt/format.h>

#include <algorithm>

#include "lint/network_model.h"
#include "lint/redshift_topology.h"
#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

// The subnet groups of clusters built as the pattern: a function talks to the cluster, and the
// cluster is not publicly accessible on purpose (which S0005 reports on its own).
std::vector<const Resource*> patternSubnetGroups(const LintContext& context) {
  const std::vector<ClusterTopology> clusters = clusterTopologies(context);
  const std::vector<ClusterClient> clients = clusterClients(context, clusters);
  std::vector<const Resource*> groups;
  for (const ClusterTopology& cluster : clusters) {
    const bool hasClient = std::any_of(clients.begin(), clients.end(), [&](const ClusterClient& c) {
      return c.cluster == &cluster;
    });
    if (!hasClient || !cluster.subnetGroup ||
        isLiteralTrue(cluster.cluster->property("PubliclyAccessible"))) {
      continue;
    }
    if (std::find(groups.begin(), groups.end(), cluster.subnetGroup) == groups.end()) {
      groups.push_back(cluster.subnetGroup);
    }
  }
  // In template order, so that findings come out as the file reads.
  std::sort(groups.begin(), groups.end());
  return groups;
}

class ClusterSubnetPublicRule final : public Rule {
 public:
  ClusterSubnetPublicRule()
      : Rule({"A0004", Severity::Warning,
              "A Redshift subnet group subnet routes to an Internet Gateway", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<const Resource*> groups = patternSubnetGroups(context);
    if (groups.empty()) return;
    const NetworkModel network(context);
    for (const Resource* group : groups) {
      const Value* list = group->property("SubnetIds");
      if (!list || !list->isSequence()) continue;
      for (const Value& item : list->sequence()) {
        const Resource* subnet = context.referencedResource(item);
        if (!subnet) continue;
        const Resource* table = network.routeTableOf(*subnet);
        if (!table) continue;
        for (const Route& route : network.routesOf(*table)) {
          if (!route.target || route.target->type != "AWS::EC2::InternetGateway") continue;
          findings.add(
              item.position(),
              fmt::format("subnet '{}' of cluster subnet group '{}' routes to Internet "
                          "Gateway '{}' (route '{}'); keep the cluster in private subnets",
                          subnet->name, group->name, route.target->name, route.resource->name));
          break;
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeClusterSubnetPublicRule() {
  return std::make_unique<ClusterSubnetPublicRule>();
}

}  // namespace vpcsynth::lint
