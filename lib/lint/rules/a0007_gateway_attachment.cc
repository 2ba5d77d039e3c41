// A0007: a route to an Internet Gateway, or an Elastic IP, that does not depend on the
// gateway's VPC attachment.
#include <fmt/format.h>

#include "lint/network_model.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class GatewayAttachmentRule final : public Rule {
 public:
  GatewayAttachmentRule()
      : Rule({"A0007", Severity::Warning,
              "A route to the Internet Gateway or an Elastic IP without a dependency on the "
              "gateway attachment",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const auto attachments = context.resourcesOfType("AWS::EC2::VPCGatewayAttachment");
    std::vector<std::pair<const Resource*, const Resource*>> gatewayAttachments;
    std::vector<std::vector<bool>> dependents;
    for (const Resource* attachment : attachments) {
      const Value* gateway = attachment->property("InternetGatewayId");
      const Resource* target = gateway ? context.referencedResource(*gateway) : nullptr;
      if (!target) continue;
      gatewayAttachments.emplace_back(target, attachment);
      dependents.push_back(dependentsOf(context, *attachment));
    }
    if (gatewayAttachments.empty()) return;
    const auto& resources = context.resources();
    const auto dependsOn = [&](const Resource& from, const Resource* attachment) {
      for (std::size_t i = 0; i < gatewayAttachments.size(); ++i) {
        if (gatewayAttachments[i].second == attachment) {
          return static_cast<bool>(
              dependents[i][static_cast<std::size_t>(&from - resources.data())]);
        }
      }
      return false;
    };
    for (const Resource* route : context.resourcesOfType("AWS::EC2::Route")) {
      const Value* gatewayId = route->property("GatewayId");
      const Resource* gateway = gatewayId ? context.referencedResource(*gatewayId) : nullptr;
      if (!gateway || gateway->type != "AWS::EC2::InternetGateway") continue;
      for (const auto& [attached, attachment] : gatewayAttachments) {
        if (attached != gateway || dependsOn(*route, attachment)) continue;
        findings.add(route->keyPosition,
                     fmt::format("route '{}' to Internet Gateway '{}' does not depend on its "
                                 "attachment '{}'; CloudFormation may create the route first and "
                                 "fail: add DependsOn: {}",
                                 route->name, gateway->name, attachment->name, attachment->name));
      }
    }
    for (const Resource* address : context.resourcesOfType("AWS::EC2::EIP")) {
      const Value* domain = address->property("Domain");
      if (!domain || domain->text() != "vpc") continue;
      bool depends = false;
      for (const auto& [gateway, attachment] : gatewayAttachments) {
        depends |= dependsOn(*address, attachment);
      }
      if (depends) continue;
      const Resource* attachment = gatewayAttachments.front().second;
      findings.add(address->keyPosition,
                   fmt::format("Elastic IP '{}' does not depend on the gateway attachment '{}'; "
                               "an address for a VPC in the same template needs DependsOn: {}",
                               address->name, attachment->name, attachment->name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeGatewayAttachmentRule() {
  return std::make_unique<GatewayAttachmentRule>();
}

}  // namespace vpcsynth::lint
