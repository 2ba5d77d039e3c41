// P0016: a private NAT gateway given an Elastic IP, or a public one in a subnet without one.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class NatConnectivityAddressRule final : public Rule {
 public:
  NatConnectivityAddressRule()
      : Rule({"P0016", Severity::Error,
              "A private NAT gateway with an Elastic IP, or a public one without", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* nat : context.resourcesOfType("AWS::EC2::NatGateway")) {
      const Value* connectivity = nat->property("ConnectivityType");
      std::optional<std::string_view> type =
          connectivity ? literalText(connectivity) : std::optional<std::string_view>("public");
      if (!type) continue;
      const Value* allocation = nat->property("AllocationId");
      const Value* secondary = nat->property("SecondaryAllocationIds");
      if (*type == "private" && (allocation || secondary)) {
        const Value* shown = allocation ? allocation : secondary;
        findings.add(shown->position(),
                     fmt::format("NAT gateway '{}' is private but is given an Elastic IP; an "
                                 "allocation ID \"cannot be specified with a private NAT "
                                 "gateway\"",
                                 nat->name));
      } else if (*type == "public" && !allocation && nat->property("SubnetId") &&
                 !nat->property("AvailabilityMode")) {
        findings.add(nat->keyPosition,
                     fmt::format("NAT gateway '{}' is public (the default) but has no "
                                 "AllocationId; it \"is required for a public NAT gateway\": give "
                                 "it an Elastic IP, or set ConnectivityType: private",
                                 nat->name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeNatConnectivityAddressRule() {
  return std::make_unique<NatConnectivityAddressRule>();
}

}  // namespace vpcsynth::lint
