// The VPN side of the picture: connections from VPN and transit gateways to customer gateways,
// and a node for the on-premises networks behind each VPN gateway.
#include <fmt/format.h>

#include "graph/topology_builder.h"
#include "lint/template_values.h"
#include "net/cidr.h"

namespace vpcsynth::graph {
namespace {

using lint::Resource;

/// The node of the resource that `property` of `resource` names, or kNone.
std::size_t namedNode(const TopologyBuilder& builder, const Resource& resource,
                      std::string_view property) {
  const Value* named = resource.property(property);
  return builder.nodeOf(named ? builder.context().referencedResource(*named) : nullptr);
}

/// The VPN gateway node a connection ends at, or kNone.
std::size_t vpnGatewayOf(const TopologyBuilder& builder, const Resource& connection) {
  const std::size_t gateway = namedNode(builder, connection, "VpnGatewayId");
  return gateway != kNone && builder.node(gateway).kind == NodeKind::VpnGateway ? gateway : kNone;
}

/// Each `AWS::EC2::VPNConnectionRoute` is a range behind the VPN gateway of its own
/// connection, not behind every VPN gateway of the template.
void addVpnStaticRoutes(const TopologyBuilder& builder, OnPremisesRanges& ranges) {
  const lint::LintContext& context = builder.context();
  for (const Resource* route : context.resourcesOfType("AWS::EC2::VPNConnectionRoute")) {
    const Value* connectionId = route->property("VpnConnectionId");
    const Resource* connection = connectionId ? context.referencedResource(*connectionId) : nullptr;
    if (!connection || connection->type != "AWS::EC2::VPNConnection") continue;
    const std::size_t gateway = vpnGatewayOf(builder, *connection);
    const Value* destination = route->property("DestinationCidrBlock");
    const std::optional<net::Cidr> range =
        destination ? lint::evaluateCidr(context, *destination) : std::nullopt;
    if (gateway != kNone && range) ranges[gateway].insert(net::formatCidr(*range));
  }
}

}  // namespace

void addVpnLinks(TopologyBuilder& builder, OnPremisesRanges ranges) {
  addVpnStaticRoutes(builder, ranges);
  std::map<std::size_t, std::vector<std::size_t>> customersOf;
  for (const Resource* connection : builder.context().resourcesOfType("AWS::EC2::VPNConnection")) {
    // A connection ends at a VPN gateway, or failing that at a transit gateway.
    const std::size_t gateway = connection->property("VpnGatewayId")
                                    ? namedNode(builder, *connection, "VpnGatewayId")
                                    : namedNode(builder, *connection, "TransitGatewayId");
    const std::size_t customer = namedNode(builder, *connection, "CustomerGatewayId");
    builder.addEdge(gateway, customer, EdgeKind::Route, fmt::format("VPN {}", connection->name));
    if (gateway != kNone && customer != kNone) customersOf[gateway].push_back(customer);
  }
  for (const auto& [gateway, networks] : ranges) {
    std::vector<std::string> sorted(networks.begin(), networks.end());
    Node node;
    node.kind = NodeKind::OnPremises;
    node.id = fmt::format("on-premises:{}", builder.node(gateway).id);
    node.label = "on-premises";
    node.detail = fmt::format("{}", fmt::join(sorted, ", "));
    const std::size_t onPremises = builder.addNode(std::move(node));
    const auto customers = customersOf.find(gateway);
    if (customers == customersOf.end()) {
      builder.addEdge(gateway, onPremises, EdgeKind::Route, "");
    } else {
      for (std::size_t customer : customers->second) {
        builder.addEdge(customer, onPremises, EdgeKind::Route, "");
      }
    }
  }
}

}  // namespace vpcsynth::graph
