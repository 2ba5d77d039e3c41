// P0005: an interface VPC endpoint with two subnets in the same availability zone.
#include <fmt/format.h>

#include <map>

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
      if (!type || *type != "Interface" || !subnets || !subnets->isSequence()) continue;
      std::map<std::string, const Resource*> byZone;
      for (const Value& item : subnets->sequence()) {
        const Resource* subnet = referencedOfType(context, &item, "AWS::EC2::Subnet");
        std::optional<std::string> zone = subnet ? zoneKey(*subnet) : std::nullopt;
        if (!zone) continue;
        auto [it, inserted] = byZone.emplace(*zone, subnet);
        if (inserted || it->second == subnet) continue;
        findings.add(
            item.position(),
            fmt::format("subnets '{}' and '{}' of interface endpoint '{}' are both in "
                        "{}; EC2 takes one subnet per zone "
                        "(DuplicateSubnetsInSameZone)",
                        it->second->name, subnet->name, endpoint->name, describeZoneKey(*zone)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeEndpointSubnetsSameZoneRule() {
  return std::make_unique<EndpointSubnetsSameZoneRule>();
}

}  // namespace vpcsynth::lint
