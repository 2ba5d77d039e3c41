// P0005: an interface VPC endpoint with two subnets in the same availability zone.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class EndpointSubnetsSameZoneRule final : public Rule {
 public:
  EndpointSubnetsSameZoneRule()
      : Rule({"P0005", Severity::Error,
              "An interface VPC endpoint with two subnets in the same availability zone", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* endpoint : context.resourcesOfType("AWS::EC2::VPCEndpoint")) {
      auto type = literalText(endpoint->property("VpcEndpointType"));
      const Value* subnets = endpoint->property("SubnetIds");
      if (!type || *type != "Interface" || !subnets) continue;
      for (const SubnetSharingZone& repeat : subnetsSharingZone(context, *subnets)) {
        findings.add(repeat.item->position(),
                     fmt::format("subnets '{}' and '{}' of interface endpoint '{}' are both in "
                                 "{}; EC2 takes one subnet per zone (DuplicateSubnetsInSameZone)",
                                 repeat.earlier->name, repeat.later->name, endpoint->name,
                                 repeat.zone.describe()));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeEndpointSubnetsSameZoneRule() {
  return std::make_unique<EndpointSubnetsSameZoneRule>();
}

}  // namespace vpcsynth::lint
