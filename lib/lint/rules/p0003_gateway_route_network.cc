// P0003: a route to an Internet or virtual private gateway that is not attached to the route
// table's VPC.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

struct GatewayKind {
  std::string_view type;
  std::string_view attachmentProperty;  // of AWS::EC2::VPCGatewayAttachment
  std::string_view noun;
};

constexpr GatewayKind kGatewayKinds[] = {
    {"AWS::EC2::InternetGateway", "InternetGatewayId", "Internet Gateway"},
    {"AWS::EC2::VPNGateway", "VpnGatewayId", "virtual private gateway"},
};

// The VPCs a gateway is attached to in the template; nullopt when one attachment's VPC, or
// whether it exists, is decided at deploy time, or when something else (a custom resource) may
// attach it.
std::optional<std::vector<const Resource*>> attachedVpcs(const LintContext& context,
                                                         const Resource& gateway,
                                                         const GatewayKind& kind) {
  std::vector<const Resource*> vpcs;
  for (const Reference& reference : context.references()) {
    if (reference.target != gateway.name || reference.fromResource.empty()) continue;
    const Resource* from = context.resource(reference.fromResource);
    if (!from || from->type == "AWS::EC2::Route") continue;
    if (from->type != "AWS::EC2::VPCGatewayAttachment") {
      // Only attachments and routes are understood; anything else might attach the gateway.
      if (from->type.starts_with("Custom::") || from->type == "AWS::CloudFormation::CustomResource")
        return std::nullopt;
      continue;
    }
    const Value* attached = from->property(kind.attachmentProperty);
    if (!attached || context.referencedResource(*attached) != &gateway) continue;
    const Resource* vpc = vpcOf(context, *from);
    if (!vpc || isConditional(*from)) return std::nullopt;
    vpcs.push_back(vpc);
  }
  return vpcs;
}

class GatewayRouteNetworkRule final : public Rule {
 public:
  GatewayRouteNetworkRule()
      : Rule({"P0003", Severity::Error,
              "A route to a gateway that is not attached to the route table's VPC", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* route : context.resourcesOfType("AWS::EC2::Route")) {
      const Value* gatewayId = route->property("GatewayId");
      const Resource* gateway = gatewayId ? context.referencedResource(*gatewayId) : nullptr;
      const GatewayKind* kind = gateway ? kindOf(*gateway) : nullptr;
      const Resource* table =
          referencedOfType(context, route->property("RouteTableId"), "AWS::EC2::RouteTable");
      const Resource* tableVpc = table ? vpcOf(context, *table) : nullptr;
      if (!kind || !tableVpc) continue;
      auto vpcs = attachedVpcs(context, *gateway, *kind);
      if (!vpcs) continue;
      if (vpcs->empty()) {
        findings.add(gatewayId->position(),
                     fmt::format("{} '{}' is not attached to any VPC in this template, so the "
                                 "route in table '{}' fails: attach it to VPC '{}' with an "
                                 "AWS::EC2::VPCGatewayAttachment",
                                 kind->noun, gateway->name, table->name, tableVpc->name));
        continue;
      }
      bool sameVpc = false;
      for (const Resource* vpc : *vpcs) sameVpc |= vpc == tableVpc;
      if (sameVpc) continue;
      findings.add(
          gatewayId->position(),
          fmt::format("{} '{}' is attached to VPC '{}' but route table '{}' belongs to "
                      "VPC '{}': EC2 refuses the route (they \"belong to different "
                      "networks\")",
                      kind->noun, gateway->name, vpcs->front()->name, table->name, tableVpc->name));
    }
  }

 private:
  static const GatewayKind* kindOf(const Resource& gateway) {
    for (const GatewayKind& kind : kGatewayKinds) {
      if (gateway.type == kind.type) return &kind;
    }
    return nullptr;
  }
};

}  // namespace

std::unique_ptr<Rule> makeGatewayRouteNetworkRule() {
  return std::make_unique<GatewayRouteNetworkRule>();
}

}  // namespace vpcsynth::lint
