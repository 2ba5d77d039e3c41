#include "lint/reachability.h"

#include <fmt/format.h>

#include "lint/redshift_topology.h"

namespace vpcsynth::lint {
namespace {

constexpr long kHttps = 443;

std::string endpointServiceName(const AwsService& service) {
  return fmt::format("com.amazonaws.<region>.{}", service.endpoint);
}

// True when the endpoint's service name is written out (literally or in a `Fn::Sub` text) and
// ends with `suffix`.
bool endpointNamesService(const Resource& endpoint, std::string_view suffix) {
  const Value* name = endpoint.property("ServiceName");
  if (name && name->isFunction(Function::Sub)) name = name->functionCall().argument.get();
  if (name && name->isSequence() && !name->sequence().empty()) name = &name->sequence().front();
  return name && name->isScalar() && name->text().ends_with(suffix);
}

}  // namespace

NetworkSource functionSource(const LintContext& context, const Resource& function) {
  return {fmt::format("function '{}'", function.name), functionSubnets(context, function),
          functionSecurityGroups(context, function)};
}

Reachability::Reachability(const LintContext& context)
    : context_(context),
      network_(context),
      groups_(context),
      endpoints_(context.resourcesOfType("AWS::EC2::VPCEndpoint")) {}

Peer Reachability::peerOf(const ResourceList& subnets, const ResourceList& groups) const {
  Peer peer;
  peer.groups = groups.resources;
  peer.groupsKnown = groups.complete && !groups.resources.empty();
  peer.addressesKnown = subnets.complete && !subnets.resources.empty();
  for (const Resource* subnet : subnets.resources) {
    const Value* block = subnet->property("CidrBlock");
    std::optional<net::Cidr> cidr = block ? evaluateCidr(context_, *block) : std::nullopt;
    if (cidr && !cidr->v6) {
      peer.addresses.push_back(*cidr);
    } else {
      peer.addressesKnown = false;
    }
  }
  return peer;
}

PathVerdict Reachability::toListener(const NetworkSource& source,
                                     const ListeningTarget& target) const {
  if (source.subnets.resources.empty()) return PathVerdict::unknown();
  // Inside one VPC the local route carries every connection; across VPCs, peering or a transit
  // gateway would, which the engine does not follow.
  const Resource* sourceVpc = network_.vpcOf(*source.subnets.resources.front());
  for (const Resource* subnet : target.subnets.resources) {
    if (network_.vpcOf(*subnet) != sourceVpc) return PathVerdict::unknown();
  }
  const TcpTraffic traffic{target.port};
  const PathVerdict egress = groups_.allows(source.groups, Direction::Egress, traffic,
                                            peerOf(target.subnets, target.groups));
  const PathVerdict ingress = groups_.allows(target.groups, Direction::Ingress, traffic,
                                             peerOf(source.subnets, source.groups));
  return bothHops(egress, ingress);
}

template <typename FromSubnet>
PathVerdict Reachability::fromEverySubnet(const NetworkSource& source,
                                          FromSubnet fromSubnet) const {
  if (source.subnets.resources.empty()) return PathVerdict::unknown();
  bool allOpen = source.subnets.complete;
  for (const Resource* subnet : source.subnets.resources) {
    if (subnet->type != "AWS::EC2::Subnet") return PathVerdict::unknown();
    const PathVerdict verdict = fromSubnet(*subnet);
    if (verdict.isBlocked()) return verdict;
    allOpen &= verdict.isOpen();
  }
  return allOpen ? PathVerdict::open() : PathVerdict::unknown();
}

PathVerdict Reachability::toService(const NetworkSource& source, const AwsService& service) const {
  return fromEverySubnet(
      source, [&](const Resource& subnet) { return serviceFromSubnet(source, subnet, service); });
}

PathVerdict Reachability::toInternet(const NetworkSource& source, long port) const {
  const Peer anywhere{{}, true, true, {}, true};
  const PathVerdict egress =
      groups_.allows(source.groups, Direction::Egress, TcpTraffic{port}, anywhere);
  return bothHops(egress, fromEverySubnet(source, [&](const Resource& subnet) {
                    return internetFromSubnet(subnet);
                  }));
}

PathVerdict Reachability::toNetwork(const NetworkSource& source, const net::Cidr& range,
                                    long port) const {
  const Peer network{{range}, true, false, {}, true};
  const PathVerdict egress =
      groups_.allows(source.groups, Direction::Egress, TcpTraffic{port}, network);
  return bothHops(egress, fromEverySubnet(source, [&](const Resource& subnet) {
                    return networkFromSubnet(subnet, range);
                  }));
}

PathVerdict Reachability::routesTo(const ResourceList& subnets, const net::Cidr& range) const {
  const NetworkSource source{"", subnets, {}};
  return fromEverySubnet(source,
                         [&](const Resource& subnet) { return networkFromSubnet(subnet, range); });
}

PathVerdict Reachability::networkFromSubnet(const Resource& subnet, const net::Cidr& range) const {
  if (network_.routeTableUnknown(subnet)) return PathVerdict::unknown();
  const Resource* table = network_.routeTableOf(subnet);
  const std::string where =
      table ? fmt::format("route table '{}' of subnet '{}'", table->name, subnet.name)
            : fmt::format("subnet '{}' (the VPC's main route table)", subnet.name);
  // The longest prefix that holds the whole range decides; a computed destination might be it.
  const Route* best = nullptr;
  // Both sides lvalues, so `best` points into a vector that outlives the loop.
  static const std::vector<Route> kMainTableRoutes;  // the main table has only the local route
  const std::vector<Route>& routes = table ? network_.routesOf(*table) : kMainTableRoutes;
  for (const Route& route : routes) {
    if (route.ipv6) continue;
    if (!route.block) return PathVerdict::unknown();
    if (net::contains(*route.block, range) &&
        (!best || route.block->prefix > best->block->prefix)) {
      best = &route;
    }
  }
  // Propagated VPN routes: the static routes of the VPN connections, or, over BGP, any prefix.
  bool propagated = false;
  if (table && network_.propagatesVpnRoutes(*table)) {
    if (!network_.vpnStaticRoutesComplete()) return PathVerdict::unknown();
    for (const net::Cidr& block : network_.vpnStaticRoutes()) {
      if (net::contains(block, range) && (!best || block.prefix > best->block->prefix)) {
        propagated = true;
      }
    }
    // Over BGP the VPN may announce any prefix, more specific than every static route.
    if (!propagated) return PathVerdict::unknown();
  }
  if (propagated) return PathVerdict::open();
  if (!best) {
    return PathVerdict::blocked(fmt::format("{} (no route to {}{})", where, net::formatCidr(range),
                                            table ? unpropagatedGatewayHint(range) : ""));
  }
  const Resource* target = best->target;
  if (!target && best->targetKey == "TransitGatewayId") {
    return throughTransitGateway(subnet, *best, where);
  }
  if (!target) return PathVerdict::unknown();
  if (target->type == "AWS::EC2::InternetGateway" || target->type == "AWS::EC2::NatGateway") {
    return PathVerdict::blocked(fmt::format(
        "{} (its route to {} goes to {} '{}', which leads to "
        "the internet, not to that network)",
        where, net::formatCidr(range),
        target->type == "AWS::EC2::NatGateway" ? "NAT gateway" : "Internet Gateway", target->name));
  }
  return PathVerdict::open();
}

namespace {

// True when two `AvailabilityZone` values name different zones for certain: two literal names,
// or two `!Select` of the same list at different literal indexes.
bool zonesDiffer(const Value& a, const Value& b) {
  if (semanticallyEqual(a, b)) return false;
  if (a.isScalar() && b.isScalar()) return true;
  if (!a.isFunction(Function::Select) || !b.isFunction(Function::Select)) return false;
  const Value& left = *a.functionCall().argument;
  const Value& right = *b.functionCall().argument;
  if (!left.isSequence() || !right.isSequence() || left.sequence().size() != 2 ||
      right.sequence().size() != 2) {
    return false;
  }
  return left.sequence()[0].isScalar() && right.sequence()[0].isScalar() &&
         semanticallyEqual(left.sequence()[1], right.sequence()[1]);
}

}  // namespace

PathVerdict Reachability::throughTransitGateway(const Resource& subnet, const Route& route,
                                                const std::string& where) const {
  const Resource* vpc = network_.vpcOf(subnet);
  const Value* zone = network_.zoneOf(subnet);
  for (const TransitGatewayAttachment& attachment : network_.transitGatewayAttachments()) {
    if (!attachment.transitGateway || attachment.vpc != vpc || !vpc) continue;
    if (!semanticallyEqual(*attachment.transitGateway, *route.targetValue)) continue;
    if (!attachment.subnets.complete || !zone) return PathVerdict::unknown();
    bool mayShareZone = false;
    for (const Resource* attached : attachment.subnets.resources) {
      const Value* attachedZone = network_.zoneOf(*attached);
      if (!attachedZone) return PathVerdict::unknown();
      if (semanticallyEqual(*zone, *attachedZone)) return PathVerdict::open();
      mayShareZone |= !zonesDiffer(*zone, *attachedZone);
    }
    if (mayShareZone) return PathVerdict::unknown();
    return PathVerdict::blocked(fmt::format(
        "{} (its route goes to a transit gateway, but transit gateway attachment '{}' has no "
        "subnet in the AZ of subnet '{}', and traffic from an AZ without one cannot reach the "
        "transit gateway)",
        where, attachment.resource->name, subnet.name));
  }
  // The attachment may live in another stack.
  return PathVerdict::unknown();
}

std::string Reachability::unpropagatedGatewayHint(const net::Cidr& range) const {
  for (const auto& [gateway, association] : network_.directConnectAssociations()) {
    if (!gateway || gateway->type != "AWS::EC2::VPNGateway") continue;
    return fmt::format(
        "; VPN gateway '{}', which Direct Connect gateway association '{}' connects, does not "
        "propagate its routes into this table",
        gateway->name, association->name);
  }
  for (const net::Cidr& block : network_.vpnStaticRoutes()) {
    if (net::contains(block, range)) {
      return fmt::format(
          "; a VPN connection has a static route to {}, but no VPN gateway propagates it into "
          "this table",
          net::formatCidr(block));
    }
  }
  return "";
}

PathVerdict Reachability::serviceFromSubnet(const NetworkSource& source, const Resource& subnet,
                                            const AwsService& service) const {
  const Resource* vpc = network_.vpcOf(subnet);
  if (!vpc) return PathVerdict::unknown();
  const std::string suffix = fmt::format(".{}", service.endpoint);
  // An interface endpoint with private DNS answers for the service's own name, so every call
  // goes to it, whatever the routes say.
  bool endpointMayAnswer = false;
  for (const Resource* endpoint : endpoints_) {
    const std::string_view type = endpointType(*endpoint);
    if (type != "Interface" && !type.empty()) continue;
    if (!endpointMayServe(*endpoint, suffix)) continue;
    const Resource* endpointVpc = network_.vpcOf(*endpoint);
    if (endpointVpc && endpointVpc != vpc) continue;
    const std::optional<bool> privateDns = literalBoolean(endpoint->property("PrivateDnsEnabled"));
    if (privateDns == false) continue;
    if (!endpointVpc || type.empty() || !privateDns || !endpointNamesService(*endpoint, suffix)) {
      endpointMayAnswer = true;
      continue;
    }
    return throughInterfaceEndpoint(source, *endpoint, *vpc);
  }
  if (endpointMayAnswer) return PathVerdict::unknown();

  const Peer publicService{{}, true, true, {}, true};
  const PathVerdict egress =
      groups_.allows(source.groups, Direction::Egress, TcpTraffic{kHttps}, publicService);
  const Resource* table = network_.routeTableOf(subnet);
  if (service.hasGatewayEndpoint && table && network_.gatewayEndpointOn(*table, suffix)) {
    return egress;
  }
  PathVerdict route = internetFromSubnet(subnet);
  if (route.isBlocked()) {
    route.hop += fmt::format(
        ", and no interface endpoint with private DNS serves {} in the VPC{}",
        endpointServiceName(service),
        service.hasGatewayEndpoint ? ", nor a gateway endpoint on that route table" : "");
  }
  return bothHops(egress, route);
}

PathVerdict Reachability::throughInterfaceEndpoint(const NetworkSource& source,
                                                   const Resource& endpoint,
                                                   const Resource& vpc) const {
  // Private DNS answers only when the VPC resolves names and gives them to addresses; EC2
  // refuses the endpoint otherwise.
  if (literalBoolean(vpc.property("EnableDnsSupport")) == false) {
    return PathVerdict::blocked(fmt::format(
        "VPC '{}' (EnableDnsSupport is false, so the private DNS name of interface endpoint '{}' "
        "does not resolve)",
        vpc.name, endpoint.name));
  }
  const std::optional<bool> hostnames = literalBoolean(vpc.property("EnableDnsHostnames"));
  if (!vpc.property("EnableDnsHostnames") || hostnames == false) {
    return PathVerdict::blocked(fmt::format(
        "VPC '{}' (EnableDnsHostnames is off, which the private DNS of interface endpoint '{}' "
        "needs)",
        vpc.name, endpoint.name));
  }
  if (!hostnames) return PathVerdict::unknown();
  const ResourceList endpointGroups =
      referencedResources(context_, endpoint.property("SecurityGroupIds"));
  if (!endpoint.property("SecurityGroupIds")) {
    return PathVerdict::blocked(fmt::format(
        "interface endpoint '{}' (it names no SecurityGroupIds, so EC2 gives it the VPC's default "
        "security group, which admits only its own members)",
        endpoint.name));
  }
  const ResourceList endpointSubnets =
      referencedResources(context_, endpoint.property("SubnetIds"));
  const TcpTraffic https{kHttps};
  const PathVerdict egress = groups_.allows(source.groups, Direction::Egress, https,
                                            peerOf(endpointSubnets, endpointGroups));
  PathVerdict ingress = groups_.allows(endpointGroups, Direction::Ingress, https,
                                       peerOf(source.subnets, source.groups));
  if (ingress.isBlocked()) {
    ingress.hop = fmt::format("{} of interface endpoint '{}'", ingress.hop, endpoint.name);
  }
  return bothHops(egress, ingress);
}

PathVerdict Reachability::internetFromSubnet(const Resource& subnet) const {
  if (network_.routeTableUnknown(subnet)) return PathVerdict::unknown();
  const Resource* table = network_.routeTableOf(subnet);
  if (!table) {
    return PathVerdict::blocked(fmt::format(
        "subnet '{}' (no route table association: the VPC's main route table has only the local "
        "route)",
        subnet.name));
  }
  const Route* defaultRoute = nullptr;
  bool otherRouteMayMatch = false;
  for (const Route& route : network_.routesOf(*table)) {
    if (route.ipv6) continue;
    if (!route.block) {
      otherRouteMayMatch = true;  // a computed destination or a prefix list
    } else if (route.block->prefix == 0) {
      defaultRoute = &route;
    } else if (!net::isPrivateIpv4(*route.block)) {
      otherRouteMayMatch = true;  // a public block may hold the service's address
    }
  }
  if (otherRouteMayMatch) return PathVerdict::unknown();
  if (!defaultRoute) {
    return PathVerdict::blocked(fmt::format(
        "route table '{}' of subnet '{}' (no route to 0.0.0.0/0)", table->name, subnet.name));
  }
  const Resource* target = defaultRoute->target;
  if (!target) return PathVerdict::unknown();
  if (target->type == "AWS::EC2::InternetGateway") {
    return PathVerdict::blocked(fmt::format(
        "route table '{}' of subnet '{}' (its default route goes to Internet Gateway '{}', but a "
        "Lambda function's network interfaces have no public IP address: route through a NAT "
        "gateway)",
        table->name, subnet.name, target->name));
  }
  if (target->type == "AWS::EC2::NatGateway") return internetThroughNat(*target);
  return PathVerdict::unknown();
}

PathVerdict Reachability::internetThroughNat(const Resource& nat) const {
  if (const Value* type = nat.property("ConnectivityType")) {
    if (!type->isScalar()) return PathVerdict::unknown();
    if (type->text() == "private") {
      return PathVerdict::blocked(fmt::format(
          "NAT gateway '{}' (its ConnectivityType is private: it does not reach the internet)",
          nat.name));
    }
  }
  const Resource* subnet = network_.subnetOfNat(nat);
  if (!subnet || subnet->type != "AWS::EC2::Subnet" || network_.routeTableUnknown(*subnet)) {
    return PathVerdict::unknown();
  }
  const Resource* table = network_.routeTableOf(*subnet);
  const Route* route = table ? network_.defaultRoute(*table) : nullptr;
  if (!route) {
    return PathVerdict::blocked(fmt::format(
        "NAT gateway '{}' (its subnet '{}' has no route to 0.0.0.0/0)", nat.name, subnet->name));
  }
  const Resource* gateway = route->target;
  if (gateway && gateway->type == "AWS::EC2::NatGateway") {
    return PathVerdict::blocked(fmt::format(
        "NAT gateway '{}' (its subnet '{}' routes 0.0.0.0/0 to NAT gateway '{}', not to an "
        "Internet Gateway)",
        nat.name, subnet->name, gateway->name));
  }
  if (!gateway || gateway->type != "AWS::EC2::InternetGateway") return PathVerdict::unknown();
  const Resource* vpc = network_.vpcOf(*subnet);
  if (!vpc) return PathVerdict::unknown();
  const std::optional<bool> attached = network_.gatewayAttachedTo(*gateway, *vpc);
  if (!attached) return PathVerdict::unknown();
  if (!*attached) {
    return PathVerdict::blocked(fmt::format(
        "Internet Gateway '{}' (no AWS::EC2::VPCGatewayAttachment attaches it to VPC '{}')",
        gateway->name, vpc->name));
  }
  return PathVerdict::open();
}

}  // namespace vpcsynth::lint
