// A0001: a Lambda function that talks to a Redshift cluster without sharing its security group.
#include <fmt/format.h>

#include <algorithm>

#include "lint/redshift_topology.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class SharedSecurityGroupRule final : public Rule {
 public:
  SharedSecurityGroupRule()
      : Rule({"A0001", Severity::Warning,
              "A function that talks to a Redshift cluster does not share its security group",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<ClusterTopology> clusters = clusterTopologies(context);
    for (const ClusterClient& client : clusterClients(context, clusters)) {
      // A function outside the VPC has no security group to share; it can reach Redshift only
      // through its public APIs (the Data API), which security groups do not govern.
      const Value* config = client.function->property("VpcConfig");
      if (config == nullptr) continue;
      const ResourceList clusterGroups = client.cluster->securityGroups;
      const ResourceList functionGroups = functionSecurityGroups(context, *client.function);
      if (!clusterGroups.complete || !functionGroups.complete || clusterGroups.resources.empty()) {
        continue;
      }
      const bool shares = std::any_of(
          functionGroups.resources.begin(), functionGroups.resources.end(), [&](const Resource* g) {
            return std::find(clusterGroups.resources.begin(), clusterGroups.resources.end(), g) !=
                   clusterGroups.resources.end();
          });
      if (shares) continue;
      findings.add(config->position(),
                   fmt::format("function '{}' talks to {} but does not use its security group "
                               "'{}'; give the function that group, which admits itself on port "
                               "{}",
                               client.function->name, client.cluster->describe(),
                               clusterGroups.resources.front()->name, client.cluster->port));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSharedSecurityGroupRule() {
  return std::make_unique<SharedSecurityGroupRule>();
}

}  // namespace vpcsynth::lint
