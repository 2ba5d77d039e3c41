// A0004: a subnet of a Redshift cluster subnet group routes to an Internet Gateway.
#include <fmt/format.h>

#include <algorithm>

#include "lint/network_model.h"
#include "lint/redshift_topology.h"
#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

// The clusters and workgroups built as the pattern: a function talks to them, and they are not
// publicly accessible on purpose (which S0005 reports on its own). Each subnet list once (two
// clusters may share a subnet group), in template order, so findings come out as the file reads.
std::vector<const ClusterTopology*> patternClusters(const std::vector<ClusterTopology>& clusters,
                                                    const std::vector<ClusterClient>& clients) {
  std::vector<const ClusterTopology*> chosen;
  for (const ClusterTopology& cluster : clusters) {
    const bool hasClient = std::any_of(clients.begin(), clients.end(), [&](const ClusterClient& c) {
      return c.cluster == &cluster;
    });
    if (!hasClient || !cluster.subnetList || !cluster.subnetList->isSequence() ||
        isLiteralTrue(cluster.cluster->property("PubliclyAccessible"))) {
      continue;
    }
    const bool seen = std::any_of(chosen.begin(), chosen.end(), [&](const ClusterTopology* c) {
      return c->subnetList == cluster.subnetList;
    });
    if (!seen) chosen.push_back(&cluster);
  }
  std::sort(chosen.begin(), chosen.end(), [](const ClusterTopology* a, const ClusterTopology* b) {
    return a->subnetList < b->subnetList;
  });
  return chosen;
}

class ClusterSubnetPublicRule final : public Rule {
 public:
  ClusterSubnetPublicRule()
      : Rule({"A0004", Severity::Warning,
              "A Redshift subnet group subnet routes to an Internet Gateway", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<ClusterTopology> clusters = clusterTopologies(context);
    const std::vector<ClusterClient> clients = clusterClients(context, clusters);
    const std::vector<const ClusterTopology*> chosen = patternClusters(clusters, clients);
    if (chosen.empty()) return;
    const NetworkModel network(context);
    for (const ClusterTopology* cluster : chosen) {
      for (const Value& item : cluster->subnetList->sequence()) {
        const Resource* subnet = context.referencedResource(item);
        if (!subnet) continue;
        const Resource* table = network.routeTableOf(*subnet);
        if (!table) continue;
        for (const Route& route : network.routesOf(*table)) {
          if (!route.target || route.target->type != "AWS::EC2::InternetGateway") continue;
          findings.add(item.position(),
                       fmt::format("subnet '{}' of {} routes to Internet Gateway '{}' (route "
                                   "'{}'); keep Redshift in private subnets",
                                   subnet->name, cluster->describeSubnetOwner(), route.target->name,
                                   route.resource->name));
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
