// P0021: a transit gateway VPC attachment with two subnets in the same availability zone.
#include <fmt/format.h>

#include <map>

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
      if (!subnets || !subnets->isSequence()) continue;
      std::map<std::string, const Resource*> byZone;
      for (const Value& item : subnets->sequence()) {
        const Resource* subnet = referencedOfType(context, &item, "AWS::EC2::Subnet");
        std::optional<std::string> zone = subnet ? zoneKey(*subnet) : std::nullopt;
        if (!zone) continue;
        auto [it, inserted] = byZone.emplace(*zone, subnet);
        if (inserted || it->second == subnet) continue;
        findings.add(
            item.position(),
            fmt::format("subnets '{}' and '{}' of transit gateway attachment '{}' are "
                        "both in {}; a transit gateway attachment takes one subnet per "
                        "zone (DuplicateSubnetsInSameZone)",
                        it->second->name, subnet->name, attachment->name, describeZoneKey(*zone)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeTransitGatewaySubnetsSameZoneRule() {
  return std::make_unique<TransitGatewaySubnetsSameZoneRule>();
}

}  // namespace vpcsynth::lint
