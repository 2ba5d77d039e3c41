// The route edges: where each subnet's route table sends each destination, and where a NAT
// gateway sends what it translates.
#include "graph/topology_builder.h"
#include "net/cidr.h"

namespace vpcsynth::graph {
namespace {

using lint::Resource;

/// What a route edge says: the destination range, or what names it when it is no range.
std::string routeLabel(const lint::Route& route) {
  if (!route.destination.empty()) return std::string(route.destination);
  if (route.block) return net::formatCidr(*route.block);
  if (const Value* v6 = route.resource->property("DestinationIpv6CidrBlock");
      v6 && v6->isScalar()) {
    return std::string(v6->text());
  }
  if (route.resource->property("DestinationPrefixListId")) return "prefix list";
  return "computed";
}

void addSubnetRoutes(TopologyBuilder& builder, std::size_t subnetNode, OnPremisesRanges& ranges) {
  const lint::NetworkModel& network = builder.network();
  const Resource* subnet = builder.context().resource(builder.node(subnetNode).id);
  const Resource* table = network.routeTableOf(*subnet);
  if (!table) return;
  for (const lint::Route& route : network.routesOf(*table)) {
    const std::size_t target = builder.nodeOf(route.target);
    builder.addEdge(subnetNode, target, EdgeKind::Route, routeLabel(route));
    if (target != kNone && builder.node(target).kind == NodeKind::VpnGateway) {
      ranges[target].insert(routeLabel(route));
    }
  }
  if (network.propagatesVpnRoutes(*table)) {
    for (std::size_t gateway = 0; gateway < builder.topology().nodes.size(); ++gateway) {
      if (builder.node(gateway).kind == NodeKind::VpnGateway &&
          builder.node(gateway).vpc == builder.node(subnetNode).vpc) {
        builder.addEdge(subnetNode, gateway, EdgeKind::Route, "propagated");
      }
    }
  }
}

/// A NAT gateway sends what it translates out through its own subnet's routes.
void addNatExit(TopologyBuilder& builder, std::size_t natNode) {
  const Node& nat = builder.node(natNode);
  if (nat.kind != NodeKind::NatGateway || nat.subnets.empty() ||
      isPrivateNat(*builder.context().resource(nat.id))) {
    return;
  }
  const lint::NetworkModel& network = builder.network();
  const Resource* subnet = builder.context().resource(builder.node(nat.subnets.front()).id);
  const Resource* table = network.routeTableOf(*subnet);
  const lint::Route* route = table ? network.defaultRoute(*table) : nullptr;
  if (route && route->target && route->target->type == "AWS::EC2::InternetGateway") {
    builder.addEdge(natNode, builder.nodeOf(route->target), EdgeKind::Route, "0.0.0.0/0");
  }
}

}  // namespace

OnPremisesRanges addRouteEdges(TopologyBuilder& builder) {
  OnPremisesRanges ranges;
  const std::size_t count = builder.topology().nodes.size();
  for (std::size_t i = 0; i < count; ++i) {
    if (builder.node(i).kind == NodeKind::Subnet) addSubnetRoutes(builder, i, ranges);
  }
  for (std::size_t i = 0; i < builder.topology().nodes.size(); ++i) addNatExit(builder, i);
  return ranges;
}

}  // namespace vpcsynth::graph
