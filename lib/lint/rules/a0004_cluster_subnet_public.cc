// A0004: a subnet of a Redshift cluster subnet group routes to an Internet Gateway.
#include <fmt/format.h>

#include "lint/network_model.h"
#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

class ClusterSubnetPublicRule final : public Rule {
 public:
  ClusterSubnetPublicRule()
      : Rule({"A0004", Severity::Warning,
              "A Redshift subnet group subnet routes to an Internet Gateway", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const auto groups = context.resourcesOfType("AWS::Redshift::ClusterSubnetGroup");
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
