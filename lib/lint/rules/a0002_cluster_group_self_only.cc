// A0002: the Redshift cluster's security group admits something other than itself on the
// cluster port (or than on-premises clients, see A0012), or does not admit itself at all.
#include <fmt/format.h>

#include <algorithm>

#include "lint/on_premises_clients.h"
#include "lint/redshift_topology.h"
#include "lint/rule.h"
#include "lint/security_groups.h"

namespace vpcsynth::lint {
namespace {

class ClusterGroupSelfOnlyRule final : public Rule {
 public:
  ClusterGroupSelfOnlyRule()
      : Rule({"A0002", Severity::Warning,
              "The cluster's security group does not admit only itself on the cluster port", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<ClusterTopology> clusters = clusterTopologies(context);
    if (clusters.empty()) return;
    const std::vector<SecurityGroupRule> rules = securityGroupRules(context);
    const std::vector<ClusterClient> clients = clusterClients(context, clusters);
    for (const ClusterTopology& cluster : clusters) {
      // The pattern's opinion applies where the template builds the pattern: a function that
      // talks to the cluster. A cluster that no function uses may admit what its owners need.
      const bool hasClient =
          std::any_of(clients.begin(), clients.end(),
                      [&](const ClusterClient& client) { return client.cluster == &cluster; });
      if (!cluster.securityGroups.complete || !hasClient) continue;
      for (const Resource* group : cluster.securityGroups.resources) {
        if (group->type != "AWS::EC2::SecurityGroup") continue;
        bool admitsSelf = false;
        for (const SecurityGroupRule& rule : rules) {
          if (rule.group != group || rule.direction != Direction::Ingress) continue;
          const Value* source = rule.rule->find("SourceSecurityGroupId");
          const bool fromSelf = source && context.referencedResource(*source) == group;
          std::optional<PortRange> range = portRangeOf(*rule.rule);
          const bool onClusterPort = range && !range->allTraffic && range->protocol == "tcp" &&
                                     range->from == cluster.port && range->to == cluster.port;
          if (fromSelf && onClusterPort) {
            admitsSelf = true;
            continue;
          }
          // On-premises clients the cluster can answer are the pattern's documented option;
          // A0012 reports those it cannot answer.
          if (onPremisesClients(context, cluster, rule)) continue;
          findings.add(rule.rule->position(),
                       fmt::format("security group '{}' of {} admits {} from {}; "
                                   "the pattern admits only the group itself on TCP port {}",
                                   group->name, cluster.describe(),
                                   range ? describeRange(*range) : std::string("traffic"),
                                   fromSelf ? "itself" : "another source", cluster.port));
        }
        if (!admitsSelf) {
          findings.add(group->keyPosition,
                       fmt::format("security group '{}' of {} does not admit itself on TCP port "
                                   "{}: functions that share it cannot connect",
                                   group->name, cluster.describe(), cluster.port));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeClusterGroupSelfOnlyRule() {
  return std::make_unique<ClusterGroupSelfOnlyRule>();
}

}  // namespace vpcsynth::lint
