#pragma once

#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lint/lint_context.h"
#include "lint/template_values.h"
#include "net/cidr.h"

namespace vpcsynth::lint {

/// One `AWS::EC2::Route` of a route table.
struct Route {
  const Resource* resource = nullptr;
  /// The literal `DestinationCidrBlock`; empty otherwise.
  std::string_view destination;
  /// The IPv4 destination when it can be computed (see `evaluateCidr`).
  std::optional<net::Cidr> block;
  /// An IPv6 destination (`DestinationIpv6CidrBlock`), which IPv4 traffic never takes.
  bool ipv6 = false;
  /// The `GatewayId`, `NatGatewayId`, ... value, and the resource it names when it names one.
  std::string_view targetKey;
  const Value* targetValue = nullptr;
  const Resource* target = nullptr;
};

/// An `AWS::EC2::TransitGatewayVpcAttachment` (or the older `TransitGatewayAttachment`): the
/// transit gateway it attaches to, its VPC (null when not one of the template) and its subnets.
struct TransitGatewayAttachment {
  const Resource* resource = nullptr;
  const Value* transitGateway = nullptr;
  const Resource* vpc = nullptr;
  ResourceList subnets;
};

/// The routing of a template, from its subnets, route tables, routes, gateways and their
/// associations, for the reachability rules. Built once per rule run, in linear time.
class NetworkModel {
 public:
  explicit NetworkModel(const LintContext& context);

  /// The route table associated with `subnet`; null when none is (the VPC's main table, which a
  /// template cannot give routes: `AWS::EC2::VPC` has no attribute that names it).
  const Resource* routeTableOf(const Resource& subnet) const;
  /// True when an association gives `subnet` a route table that the template does not declare.
  bool routeTableUnknown(const Resource& subnet) const;
  /// The VPC `VpcId` names, or null when it is not a VPC of the template.
  const Resource* vpcOf(const Resource& resource) const;
  /// Whether Internet Gateway `gateway` is attached to `vpc`: yes, no, or (nullopt) an attachment
  /// names a gateway or VPC the template does not fix.
  std::optional<bool> gatewayAttachedTo(const Resource& gateway, const Resource& vpc) const;
  /// The routes of `table`, in template order.
  const std::vector<Route>& routesOf(const Resource& table) const;
  /// The route of `table` to 0.0.0.0/0, or null.
  const Route* defaultRoute(const Resource& table) const;
  /// The `AvailabilityZone` value of a subnet, or null.
  const Value* zoneOf(const Resource& subnet) const;
  /// The subnet a NAT gateway sits in, or null.
  const Resource* subnetOfNat(const Resource& nat) const;
  /// True when `subnet`'s default route targets an Internet Gateway.
  bool defaultRouteToInternetGateway(const Resource& subnet) const;
  /// True when `subnet`'s default route targets a NAT gateway.
  bool defaultRouteToNat(const Resource& subnet) const;
  /// The subnets associated with `table`.
  std::vector<const Resource*> subnetsOf(const Resource& table) const;
  /// True when a `AWS::EC2::VPNGatewayRoutePropagation` puts a VPN gateway's routes in `table`
  /// (or names tables the template computes, so that it may).
  bool propagatesVpnRoutes(const Resource& table) const;
  /// The `DestinationCidrBlock`s of the template's `AWS::EC2::VPNConnectionRoute`s (static routes
  /// a VPN gateway propagates); `complete` is false when one is computed.
  const std::vector<net::Cidr>& vpnStaticRoutes() const { return vpnStaticRoutes_; }
  bool vpnStaticRoutesComplete() const { return vpnStaticRoutesComplete_; }
  /// The template's transit gateway VPC attachments.
  const std::vector<TransitGatewayAttachment>& transitGatewayAttachments() const {
    return transitGatewayAttachments_;
  }
  /// Each Direct Connect gateway association: the VPN gateway it names (null when not one of the
  /// template) and the association.
  const std::vector<std::pair<const Resource*, const Resource*>>& directConnectAssociations()
      const {
    return directConnectAssociations_;
  }
  /// True when a gateway endpoint of `service` (an endpoint service suffix such as ".s3") is on
  /// `table`: it lists the table in `RouteTableIds`, or lists tables computed so that it may.
  bool gatewayEndpointOn(const Resource& table, std::string_view service) const;

 private:
  const LintContext& context_;
  std::unordered_map<const Resource*, const Resource*> tableOfSubnet_;
  std::vector<const Resource*> subnetsWithUnknownTable_;
  /// Each `AWS::EC2::VPCGatewayAttachment` of an Internet Gateway: gateway and VPC, either null
  /// when the template does not declare it.
  std::vector<std::pair<const Resource*, const Resource*>> gatewayAttachments_;
  std::unordered_map<const Resource*, std::vector<Route>> routes_;
  std::unordered_map<const Resource*, std::vector<const Resource*>> gatewayEndpoints_;
  /// Gateway endpoints whose route tables cannot be told without deploying.
  std::vector<const Resource*> gatewayEndpointsOnUnknownTables_;
  std::vector<const Resource*> propagatingTables_;
  bool propagationOnUnknownTables_ = false;
  std::vector<net::Cidr> vpnStaticRoutes_;
  bool vpnStaticRoutesComplete_ = true;
  std::vector<TransitGatewayAttachment> transitGatewayAttachments_;
  std::vector<std::pair<const Resource*, const Resource*>> directConnectAssociations_;
};

/// The `VpcEndpointType` of an `AWS::EC2::VPCEndpoint`: "Gateway" when left out, as EC2 has it;
/// empty when computed.
std::string_view endpointType(const Resource& endpoint);
/// The same from the property's value (null when the property is left out).
std::string_view endpointType(const Value* vpcEndpointType);

/// True when `endpoint`'s `ServiceName` ends with `service` (".s3", ".ssm"), or is computed so
/// that it may.
bool endpointMayServe(const Resource& endpoint, std::string_view service);

/// Which resources depend on `target`, directly or through others (references and `DependsOn`,
/// followed transitively), indexed like `context.resources()`. One walk of the reversed graph.
std::vector<bool> dependentsOf(const LintContext& context, const Resource& target);

}  // namespace vpcsynth::lint
