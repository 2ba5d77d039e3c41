// The gateways: where each is drawn (its VPC, or its subnet for a NAT gateway) and what it
// says beside its name.
#include <fmt/format.h>

#include <optional>

#include "graph/topology_builder.h"
#include "lint/deploy_support.h"

namespace vpcsynth::graph {
namespace {

using lint::Resource;

/// The VPC a gateway is attached to by an `AWS::EC2::VPCGatewayAttachment`.
const Resource* attachedVpc(const TopologyBuilder& builder, const Resource& gateway,
                            std::string_view key) {
  const lint::LintContext& context = builder.context();
  for (const Resource* attachment : context.resourcesOfType("AWS::EC2::VPCGatewayAttachment")) {
    const Value* named = attachment->property(key);
    if (named && context.referencedResource(*named) == &gateway) {
      return builder.network().vpcOf(*attachment);
    }
  }
  return nullptr;
}

/// Places a NAT gateway in its subnet. `SubnetId` may name anything; only a subnet of the
/// template places the NAT (anything else leaves it outside the boxes, never inside another
/// node).
void placeNat(const TopologyBuilder& builder, const Resource& nat, Node& node) {
  const Resource* subnet = builder.network().subnetOfNat(nat);
  const std::size_t subnetNode =
      subnet && subnet->type == "AWS::EC2::Subnet" ? builder.nodeOf(subnet) : kNone;
  if (subnetNode != kNone) {
    node.subnets.push_back(subnetNode);
    node.vpc = builder.node(subnetNode).vpc;
  } else if (!subnet) {
    node.externalSubnets = true;
  }
  if (isPrivateNat(nat)) {
    node.detail = "private";
  } else if (subnet && subnetNode == kNone) {
    node.detail = fmt::format("SubnetId names {}, not a subnet", subnet->name);
  }
}

/// The node kind of a gateway resource type, or nothing for other types.
std::optional<NodeKind> gatewayKind(std::string_view type) {
  if (type == "AWS::EC2::InternetGateway") return NodeKind::InternetGateway;
  if (type == "AWS::EC2::NatGateway") return NodeKind::NatGateway;
  if (type == "AWS::EC2::VPNGateway") return NodeKind::VpnGateway;
  if (type == "AWS::EC2::CustomerGateway") return NodeKind::CustomerGateway;
  if (type == "AWS::EC2::TransitGateway") return NodeKind::TransitGateway;
  if (type == "AWS::EC2::VPCPeeringConnection") return NodeKind::PeeringConnection;
  return std::nullopt;
}

}  // namespace

bool isPrivateNat(const Resource& nat) {
  const Value* connectivity = nat.property("ConnectivityType");
  return connectivity && connectivity->isScalar() && connectivity->text() == "private";
}

void addGatewayNodes(TopologyBuilder& builder) {
  for (const Resource& resource : builder.context().resources()) {
    const std::optional<NodeKind> kind = gatewayKind(resource.type);
    if (!kind) continue;
    Node node = resourceNode(*kind, resource);
    switch (*kind) {
      case NodeKind::InternetGateway:
        node.vpc = builder.vpcIndex(attachedVpc(builder, resource, "InternetGatewayId"));
        break;
      case NodeKind::NatGateway: placeNat(builder, resource, node); break;
      case NodeKind::VpnGateway:
        node.vpc = builder.vpcIndex(attachedVpc(builder, resource, "VpnGatewayId"));
        break;
      case NodeKind::CustomerGateway:
        if (auto address = lint::literalText(resource.property("IpAddress"))) {
          node.detail = std::string(*address);
        }
        break;
      default: break;  // transit gateways and peering connections: their name alone
    }
    builder.addNode(std::move(node));
  }
}

}  // namespace vpcsynth::graph
