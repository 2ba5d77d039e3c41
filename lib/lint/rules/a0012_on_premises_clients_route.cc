// A0012: the Redshift cluster's security group admits on-premises clients that the cluster's
// subnets have no route back to: their connections never complete.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "lint/on_premises_clients.h"
#include "lint/reachability.h"
#include "lint/redshift_topology.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class OnPremisesClientsRouteRule final : public Rule {
 public:
  OnPremisesClientsRouteRule()
      : Rule({"A0012", Severity::Error,
              "The cluster admits on-premises clients its subnets have no route back to", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<ClusterTopology> clusters = clusterTopologies(context);
    if (clusters.empty()) return;
    const std::vector<SecurityGroupRule> rules = securityGroupRules(context);
    std::optional<Reachability> reachability;
    for (const ClusterTopology& cluster : clusters) {
      if (!cluster.securityGroups.complete) continue;
      for (const SecurityGroupRule& rule : rules) {
        if (!rule.group || std::find(cluster.securityGroups.resources.begin(),
                                     cluster.securityGroups.resources.end(),
                                     rule.group) == cluster.securityGroups.resources.end()) {
          continue;
        }
        const std::optional<net::Cidr> clients = onPremisesClients(context, cluster, rule);
        if (!clients) continue;
        if (!reachability) reachability.emplace(context);
        const PathVerdict verdict = reachability->routesTo(cluster.subnets, *clients);
        if (!verdict.isBlocked()) continue;
        findings.add(
            rule.rule->position(),
            fmt::format("cluster '{}' admits clients in {} on TCP port {}, but its replies "
                        "cannot reach them: blocked by {}; route the range through the "
                        "VPN gateway (VPN or Direct Connect) or a transit gateway",
                        cluster.cluster->name, net::formatCidr(*clients), cluster.port,
                        verdict.hop));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeOnPremisesClientsRouteRule() {
  return std::make_unique<OnPremisesClientsRouteRule>();
}

}  // namespace vpcsynth::lint
