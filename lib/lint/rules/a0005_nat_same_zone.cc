// A0005: a private route table's default route targets a NAT gateway in another availability
// zone than the subnets that use it.
#include <fmt/format.h>

#include <algorithm>

#include "lint/network_model.h"
#include "lint/redshift_topology.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// The subnets of the functions that talk to a cluster: where the pattern is built, and where a
// zone's egress matters to the function's calls.
std::vector<const Resource*> patternFunctionSubnets(const LintContext& context) {
  std::vector<const Resource*> subnets;
  for (const ClusterClient& client : clusterClients(context, clusterTopologies(context))) {
    for (const Resource* subnet : functionSubnets(context, *client.function).resources) {
      subnets.push_back(subnet);
    }
  }
  std::sort(subnets.begin(), subnets.end());
  subnets.erase(std::unique(subnets.begin(), subnets.end()), subnets.end());
  return subnets;
}

class NatSameZoneRule final : public Rule {
 public:
  NatSameZoneRule()
      : Rule({"A0005", Severity::Warning,
              "A private subnet's default route uses a NAT gateway in another zone", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.resourcesOfType("AWS::EC2::NatGateway").empty()) return;
    const std::vector<const Resource*> used = patternFunctionSubnets(context);
    if (used.empty()) return;
    const NetworkModel network(context);
    for (const Resource* table : context.resourcesOfType("AWS::EC2::RouteTable")) {
      const Route* route = network.defaultRoute(*table);
      if (!route || !route->target || route->target->type != "AWS::EC2::NatGateway") continue;
      const Resource* natSubnet = network.subnetOfNat(*route->target);
      const Value* natZone = natSubnet ? network.zoneOf(*natSubnet) : nullptr;
      if (!natZone) continue;
      for (const Resource* subnet : network.subnetsOf(*table)) {
        if (!std::binary_search(used.begin(), used.end(), subnet)) continue;
        const Value* zone = network.zoneOf(*subnet);
        if (!zone || semanticallyEqual(*zone, *natZone)) continue;
        findings.add(route->targetValue->position(),
                     fmt::format("subnet '{}' sends its default route through NAT gateway '{}' in "
                                 "another availability zone (subnet '{}'); when that zone fails, "
                                 "this one loses its egress too, and the traffic pays cross-zone "
                                 "charges: use a NAT gateway per zone",
                                 subnet->name, route->target->name, natSubnet->name));
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeNatSameZoneRule() { return std::make_unique<NatSameZoneRule>(); }

}  // namespace vpcsynth::lint
