// A0006: a NAT gateway in a subnet whose route table does not reach an Internet Gateway.
#include <fmt/format.h>

#include "lint/network_model.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class NatReachesGatewayRule final : public Rule {
 public:
  NatReachesGatewayRule()
      : Rule({"A0006", Severity::Error,
              "A NAT gateway in a subnet with no default route to an Internet Gateway", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const auto nats = context.resourcesOfType("AWS::EC2::NatGateway");
    if (nats.empty()) return;
    const NetworkModel network(context);
    for (const Resource* nat : nats) {
      // A private NAT gateway translates inside the network and needs no Internet Gateway.
      if (const Value* type = nat->property("ConnectivityType");
          type && type->text() == "private") {
        continue;
      }
      const Resource* subnet = network.subnetOfNat(*nat);
      if (!subnet || subnet->type != "AWS::EC2::Subnet") continue;
      if (network.defaultRouteToInternetGateway(*subnet)) continue;
      const Value* at = nat->property("SubnetId");
      findings.add(at ? at->position() : nat->keyPosition,
                   fmt::format("NAT gateway '{}' sits in subnet '{}', whose route table has no "
                               "default route to an Internet Gateway: traffic sent to it never "
                               "leaves the VPC",
                               nat->name, subnet->name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeNatReachesGatewayRule() {
  return std::make_unique<NatReachesGatewayRule>();
}

}  // namespace vpcsynth::lint
