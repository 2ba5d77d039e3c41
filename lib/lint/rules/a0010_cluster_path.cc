// A0010: a function that talks to a Redshift cluster cannot open a connection to it: a security
// group on one side or the other stops it.
#include <fmt/format.h>

#include "lint/reachability.h"
#include "lint/redshift_topology.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class ClusterPathRule final : public Rule {
 public:
  ClusterPathRule()
      : Rule({"A0010", Severity::Error,
              "A function cannot open a connection to the Redshift cluster it talks to", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<ClusterTopology> clusters = clusterTopologies(context);
    if (clusters.empty()) return;
    const Reachability reachability(context);
    for (const ClusterClient& client : clusterClients(context, clusters)) {
      const NetworkSource source = functionSource(context, *client.function);
      if (source.subnets.resources.empty()) continue;
      const ClusterTopology& cluster = *client.cluster;
      const ListeningTarget target{cluster.targetName(), cluster.subnets, cluster.securityGroups,
                                   cluster.port};
      const PathVerdict verdict = reachability.toListener(source, target);
      if (!verdict.isBlocked()) continue;
      const Value* config = client.function->property("VpcConfig");
      findings.add(config ? config->position() : client.function->keyPosition,
                   fmt::format("{} -> {} (TCP port {}): blocked by {}; the connection would time "
                               "out",
                               source.name, target.name, target.port, verdict.hop));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeClusterPathRule() { return std::make_unique<ClusterPathRule>(); }

}  // namespace vpcsynth::lint
