// P0021: a transit gateway VPC attachment with two subnets in the same availability zone.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class TransitGatewaySubnetsSameZoneRule final : public Rule {
 public:
  TransitGatewaySubnetsSameZoneRule()
      : Rule({"P0021", Severity::Error,
              "A transit gateway attachment with two subnets in the same availability zone", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* attachment :
         context.resourcesOfType("AWS::EC2::TransitGatewayVpcAttachment")) {
      const Value* subnets = attachment->property("SubnetIds");
      if (!subnets) continue;
      for (const SubnetSharingZone& repeat : subnetsSharingZone(context, *subnets)) {
        findings.add(repeat.item->position(),
                     fmt::format("subnets '{}' and '{}' of transit gateway attachment '{}' are "
                                 "both in {}; a transit gateway attachment takes one subnet per "
                                 "zone (DuplicateSubnetsInSameZone)",
                                 repeat.earlier->name, repeat.later->name, attachment->name,
                                 repeat.zone.describe()));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeTransitGatewaySubnetsSameZoneRule() {
  return std::make_unique<TransitGatewaySubnetsSameZoneRule>();
}

}  // namespace vpcsynth::lint
