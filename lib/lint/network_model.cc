#include "lint/network_model.h"

#include <algorithm>
#include <deque>

#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

const std::vector<Route> kNoRoutes;

constexpr std::string_view kRouteTargets[] = {"GatewayId",
                                              "NatGatewayId",
                                              "InstanceId",
                                              "TransitGatewayId",
                                              "VpcPeeringConnectionId",
                                              "NetworkInterfaceId",
                                              "VpcEndpointId",
                                              "EgressOnlyInternetGatewayId",
                                              "CarrierGatewayId",
                                              "LocalGatewayId",
                                              "CoreNetworkArn"};

}  // namespace

NetworkModel::NetworkModel(const LintContext& context) : context_(context) {
  for (const Resource& resource : context.resources()) {
    if (resource.type == "AWS::EC2::SubnetRouteTableAssociation") {
      const Value* subnet = resource.property("SubnetId");
      const Value* table = resource.property("RouteTableId");
      const Resource* subnetResource = subnet ? context.referencedResource(*subnet) : nullptr;
      const Resource* tableResource = table ? context.referencedResource(*table) : nullptr;
      if (subnetResource && tableResource) tableOfSubnet_[subnetResource] = tableResource;
      if (subnetResource && !tableResource) subnetsWithUnknownTable_.push_back(subnetResource);
    } else if (resource.type == "AWS::EC2::Route") {
      const Value* table = resource.property("RouteTableId");
      const Resource* tableResource = table ? context.referencedResource(*table) : nullptr;
      if (!tableResource) continue;
      Route route;
      route.resource = &resource;
      if (const Value* destination = resource.property("DestinationCidrBlock");
          destination && destination->isScalar()) {
        route.destination = destination->text();
      }
      if (const Value* destination = resource.property("DestinationCidrBlock")) {
        route.block = evaluateCidr(context, *destination);
      }
      route.ipv6 = resource.property("DestinationIpv6CidrBlock") != nullptr;
      for (std::string_view key : kRouteTargets) {
        if (const Value* target = resource.property(key)) {
          route.targetKey = key;
          route.targetValue = target;
          route.target = context.referencedResource(*target);
          break;
        }
      }
      routes_[tableResource].push_back(route);
    } else if (resource.type == "AWS::EC2::VPNGatewayRoutePropagation") {
      const ResourceList tables = referencedResources(context, resource.property("RouteTableIds"));
      propagatingTables_.insert(propagatingTables_.end(), tables.resources.begin(),
                                tables.resources.end());
      propagationOnUnknownTables_ |= !tables.complete;
    } else if (resource.type == "AWS::EC2::TransitGatewayVpcAttachment" ||
               resource.type == "AWS::EC2::TransitGatewayAttachment") {
      TransitGatewayAttachment attachment;
      attachment.resource = &resource;
      attachment.transitGateway = resource.property("TransitGatewayId");
      attachment.vpc = vpcOf(resource);
      attachment.subnets = referencedResources(context, resource.property("SubnetIds"));
      transitGatewayAttachments_.push_back(std::move(attachment));
    } else if (resource.type == "AWS::DirectConnect::DirectConnectGatewayAssociation") {
      const Value* gateway = resource.property("AssociatedGatewayId");
      directConnectAssociations_.emplace_back(
          gateway ? context.referencedResource(*gateway) : nullptr, &resource);
    } else if (resource.type == "AWS::EC2::VPNConnectionRoute") {
      const Value* destination = resource.property("DestinationCidrBlock");
      const std::optional<net::Cidr> block =
          destination ? evaluateCidr(context, *destination) : std::nullopt;
      if (block) {
        vpnStaticRoutes_.push_back(*block);
      } else {
        vpnStaticRoutesComplete_ = false;
      }
    } else if (resource.type == "AWS::EC2::VPCGatewayAttachment" &&
               resource.property("InternetGatewayId")) {
      const Value* vpc = resource.property("VpcId");
      gatewayAttachments_.emplace_back(
          context.referencedResource(*resource.property("InternetGatewayId")),
          vpc ? context.referencedResource(*vpc) : nullptr);
    } else if (resource.type == "AWS::EC2::VPCEndpoint" && endpointType(resource) != "Interface" &&
               endpointType(resource) != "GatewayLoadBalancer") {
      const ResourceList tables = referencedResources(context, resource.property("RouteTableIds"));
      for (const Resource* table : tables.resources) gatewayEndpoints_[table].push_back(&resource);
      if (!tables.complete) gatewayEndpointsOnUnknownTables_.push_back(&resource);
    }
  }
}

const Resource* NetworkModel::routeTableOf(const Resource& subnet) const {
  auto found = tableOfSubnet_.find(&subnet);
  return found == tableOfSubnet_.end() ? nullptr : found->second;
}

bool NetworkModel::routeTableUnknown(const Resource& subnet) const {
  return std::find(subnetsWithUnknownTable_.begin(), subnetsWithUnknownTable_.end(), &subnet) !=
         subnetsWithUnknownTable_.end();
}

const Resource* NetworkModel::vpcOf(const Resource& resource) const {
  const Value* vpc = resource.property("VpcId");
  const Resource* named = vpc ? context_.referencedResource(*vpc) : nullptr;
  return named && named->type == "AWS::EC2::VPC" ? named : nullptr;
}

std::optional<bool> NetworkModel::gatewayAttachedTo(const Resource& gateway,
                                                    const Resource& vpc) const {
  bool unknown = false;
  for (const auto& [attachedGateway, attachedVpc] : gatewayAttachments_) {
    if (attachedGateway == &gateway && attachedVpc == &vpc) return true;
    if (!attachedGateway || (attachedGateway == &gateway && !attachedVpc)) unknown = true;
  }
  if (unknown) return std::nullopt;
  return false;
}

bool NetworkModel::propagatesVpnRoutes(const Resource& table) const {
  return propagationOnUnknownTables_ ||
         std::find(propagatingTables_.begin(), propagatingTables_.end(), &table) !=
             propagatingTables_.end();
}

const std::vector<Route>& NetworkModel::routesOf(const Resource& table) const {
  auto found = routes_.find(&table);
  return found == routes_.end() ? kNoRoutes : found->second;
}

const Route* NetworkModel::defaultRoute(const Resource& table) const {
  for (const Route& route : routesOf(table)) {
    if (route.destination == "0.0.0.0/0") return &route;
  }
  return nullptr;
}

const Value* NetworkModel::zoneOf(const Resource& subnet) const {
  return subnet.property("AvailabilityZone");
}

const Resource* NetworkModel::subnetOfNat(const Resource& nat) const {
  const Value* subnet = nat.property("SubnetId");
  return subnet ? context_.referencedResource(*subnet) : nullptr;
}

bool NetworkModel::defaultRouteToInternetGateway(const Resource& subnet) const {
  const Resource* table = routeTableOf(subnet);
  const Route* route = table ? defaultRoute(*table) : nullptr;
  return route && route->target && route->target->type == "AWS::EC2::InternetGateway";
}

bool NetworkModel::defaultRouteToNat(const Resource& subnet) const {
  const Resource* table = routeTableOf(subnet);
  const Route* route = table ? defaultRoute(*table) : nullptr;
  return route && route->target && route->target->type == "AWS::EC2::NatGateway";
}

std::vector<const Resource*> NetworkModel::subnetsOf(const Resource& table) const {
  std::vector<const Resource*> subnets;
  for (const Resource& resource : context_.resources()) {
    if (resource.type == "AWS::EC2::Subnet" && routeTableOf(resource) == &table) {
      subnets.push_back(&resource);
    }
  }
  return subnets;
}

bool NetworkModel::gatewayEndpointOn(const Resource& table, std::string_view service) const {
  auto serves = [service](const Resource* endpoint) {
    return endpointMayServe(*endpoint, service);
  };
  auto found = gatewayEndpoints_.find(&table);
  if (found != gatewayEndpoints_.end() &&
      std::any_of(found->second.begin(), found->second.end(), serves)) {
    return true;
  }
  return std::any_of(gatewayEndpointsOnUnknownTables_.begin(),
                     gatewayEndpointsOnUnknownTables_.end(), serves);
}

std::string_view endpointType(const Resource& endpoint) {
  return endpointType(endpoint.property("VpcEndpointType"));
}

std::string_view endpointType(const Value* vpcEndpointType) {
  if (!vpcEndpointType) return "Gateway";
  return vpcEndpointType->isScalar() ? vpcEndpointType->text() : std::string_view();
}

bool endpointMayServe(const Resource& endpoint, std::string_view service) {
  const Value* name = endpoint.property("ServiceName");
  if (!name) return false;
  const Value* text = name->isFunction(Function::Sub) ? name->functionCall().argument.get() : name;
  if (text->isSequence() && !text->sequence().empty()) text = &text->sequence().front();
  return !text->isScalar() || text->text().ends_with(service);
}

std::vector<bool> dependentsOf(const LintContext& context, const Resource& target) {
  const auto& resources = context.resources();
  std::vector<std::vector<std::size_t>> dependents(resources.size());
  for (const Reference& reference : context.references()) {
    if (reference.fromResource.empty() || reference.kind == ReferenceKind::Condition ||
        reference.kind == ReferenceKind::FindInMap) {
      continue;
    }
    const Resource* to = context.resource(reference.target);
    const Resource* from = context.resource(reference.fromResource);
    if (to && from) {
      dependents[static_cast<std::size_t>(to - resources.data())].push_back(
          static_cast<std::size_t>(from - resources.data()));
    }
  }
  std::vector<bool> reached(resources.size(), false);
  std::deque<std::size_t> queue{static_cast<std::size_t>(&target - resources.data())};
  while (!queue.empty()) {
    const std::size_t node = queue.front();
    queue.pop_front();
    for (std::size_t next : dependents[node]) {
      if (reached[next]) continue;
      reached[next] = true;
      queue.push_back(next);
    }
  }
  return reached;
}

}  // namespace vpcsynth::lint
