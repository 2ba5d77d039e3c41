// A0005: a private route table's default route targets a NAT gateway in another availability
// zone than the subnets that use it.
#include <fmt/format.h>

#include "lint/network_model.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class NatSameZoneRule final : public Rule {
 public:
  NatSameZoneRule()
      : Rule({"A0005", Severity::Warning,
              "A private subnet's default route uses a NAT gateway in another zone", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    if (context.resourcesOfType("AWS::EC2::NatGateway").empty()) return;
    const NetworkModel network(context);
    for (const Resource* table : context.resourcesOfType("AWS::EC2::RouteTable")) {
      const Route* route = network.defaultRoute(*table);
      if (!route || !route->target || route->target->type != "AWS::EC2::NatGateway") continue;
      const Resource* natSubnet = network.subnetOfNat(*route->target);
      const Value* natZone = natSubnet ? network.zoneOf(*natSubnet) : nullptr;
      if (!natZone) continue;
      for (const Resource* subnet : network.subnetsOf(*table)) {
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
