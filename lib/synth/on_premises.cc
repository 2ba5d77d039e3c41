#include <fmt/format.h>

#include <limits>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {
namespace {

Value privateRouteTableRefs(const StackContext& stack) {
  Sequence routeTables;
  for (int az = 0; az < stack.azCount(); ++az) {
    routeTables.push_back(refTo(logical_id::privateRouteTable(az)));
  }
  return Value(std::move(routeTables));
}

// The VPN gateway carries both the VPN and Direct Connect; one attachment serves both.
void addVpnGateway(Mapping& resources) {
  resources.append(std::string(logical_id::kVpnGateway),
                   resource("AWS::EC2::VPNGateway",
                            mapping({{"Type", text("ipsec.1")}, {"Tags", nameTags("vgw")}})));
  resources.append(std::string(logical_id::kVpnGatewayAttachment),
                   resource("AWS::EC2::VPCGatewayAttachment",
                            mapping({{"VpcId", refTo(logical_id::kVpc)},
                                     {"VpnGatewayId", refTo(logical_id::kVpnGateway)}})));
}

void addVpn(const StackContext& stack, Mapping& resources) {
  const OnPremisesSpec& onPremises = stack.spec.onPremises;
  // BgpAsn is a 32-bit signed integer property; larger 4-byte ASNs go in BgpAsnExtended.
  const bool extendedAsn = onPremises.bgpAsn > std::numeric_limits<std::int32_t>::max();
  resources.append(
      std::string(logical_id::kCustomerGateway),
      resource("AWS::EC2::CustomerGateway",
               mapping({{"Type", text("ipsec.1")},
                        {"IpAddress", text(onPremises.customerGatewayIp)},
                        {extendedAsn ? "BgpAsnExtended" : "BgpAsn", integer(onPremises.bgpAsn)},
                        {"Tags", nameTags("on-premises")}})));
  resources.append(std::string(logical_id::kVpnConnection),
                   resource("AWS::EC2::VPNConnection",
                            mapping({{"Type", text("ipsec.1")},
                                     {"CustomerGatewayId", refTo(logical_id::kCustomerGateway)},
                                     {"VpnGatewayId", refTo(logical_id::kVpnGateway)},
                                     {"StaticRoutesOnly", boolean(true)},
                                     {"Tags", nameTags("vpn")}})));
  for (std::size_t i = 0; i < stack.plan.onPremisesCidrs.size(); ++i) {
    resources.append(
        logical_id::vpnConnectionRoute(static_cast<int>(i)),
        resource("AWS::EC2::VPNConnectionRoute",
                 mapping({{"DestinationCidrBlock", text(formatCidr(stack.plan.onPremisesCidrs[i]))},
                          {"VpnConnectionId", refTo(logical_id::kVpnConnection)}})));
  }
}

void addDirectConnect(const StackContext& stack, Mapping& resources) {
  const DirectConnectSpec& directConnect = stack.spec.onPremises.directConnect;
  Value gatewayId = text(directConnect.gatewayId);
  if (directConnect.gatewayId.empty()) {
    // The schema types AmazonSideAsn as a string.
    resources.append(
        std::string(logical_id::kDirectConnectGateway),
        resource("AWS::DirectConnect::DirectConnectGateway",
                 mapping({{"DirectConnectGatewayName", sub("${AWS::StackName}-dx")},
                          {"AmazonSideAsn", text(std::to_string(directConnect.amazonSideAsn))},
                          {"Tags", nameTags("dx")}})));
    gatewayId = getAtt(logical_id::kDirectConnectGateway, "DirectConnectGatewayId");
  }
  Sequence prefixes;
  for (const net::Cidr& prefix : stack.plan.allowedPrefixes) {
    prefixes.push_back(text(formatCidr(prefix)));
  }
  // The VPN gateway must be attached to the VPC before it is associated.
  resources.append(
      std::string(logical_id::kDirectConnectAssociation),
      resource("AWS::DirectConnect::DirectConnectGatewayAssociation",
               mapping({{"DirectConnectGatewayId", std::move(gatewayId)},
                        {"AssociatedGatewayId", refTo(logical_id::kVpnGateway)},
                        {"AllowedPrefixesToDirectConnectGateway", Value(std::move(prefixes))}}),
               logical_id::kVpnGatewayAttachment));
}

void addTransitGateway(const StackContext& stack, Mapping& resources) {
  const TransitGatewaySpec& transitGateway = stack.spec.onPremises.transitGateway;
  auto option = [](bool on) { return text(on ? "enable" : "disable"); };
  // Through the private subnets, one per AZ: traffic from an AZ without an attachment subnet
  // cannot reach the transit gateway.
  resources.append(
      std::string(logical_id::kTransitGatewayAttachment),
      resource("AWS::EC2::TransitGatewayVpcAttachment",
               mapping({{"TransitGatewayId", text(transitGateway.id)},
                        {"VpcId", refTo(logical_id::kVpc)},
                        {"SubnetIds", Value(privateSubnetRefs(stack))},
                        {"Options",
                         mapping({{"ApplianceModeSupport", option(transitGateway.applianceMode)},
                                  {"DnsSupport", option(transitGateway.dnsSupport)}})},
                        {"Tags", nameTags("tgw")}})));
  // A route to a transit gateway needs the VPC attached to it first.
  for (int az = 0; az < stack.azCount(); ++az) {
    for (std::size_t i = 0; i < stack.plan.onPremisesCidrs.size(); ++i) {
      resources.append(
          logical_id::transitGatewayRoute(az, static_cast<int>(i)),
          resource(
              "AWS::EC2::Route",
              mapping({{"RouteTableId", refTo(logical_id::privateRouteTable(az))},
                       {"DestinationCidrBlock", text(formatCidr(stack.plan.onPremisesCidrs[i]))},
                       {"TransitGatewayId", text(transitGateway.id)}}),
              logical_id::kTransitGatewayAttachment));
    }
  }
}

// Off unless the configuration lists client ranges: the pattern's group admits only itself.
void addClientIngress(const StackContext& stack, Mapping& resources) {
  const int port = stack.spec.redshift.port;
  for (std::size_t i = 0; i < stack.plan.onPremisesClients.size(); ++i) {
    const std::string clients = formatCidr(stack.plan.onPremisesClients[i]);
    resources.append(
        logical_id::onPremisesClientIngress(static_cast<int>(i)),
        resource(
            "AWS::EC2::SecurityGroupIngress",
            mapping({{"GroupId", securityGroupId()},
                     {"IpProtocol", text("tcp")},
                     {"FromPort", integer(port)},
                     {"ToPort", integer(port)},
                     {"CidrIp", text(clients)},
                     {"Description",
                      text(fmt::format("Redshift from on-premises clients in {}", clients))}})));
  }
}

}  // namespace

void addOnPremises(const StackContext& stack, Mapping& resources) {
  const OnPremisesSpec& onPremises = stack.spec.onPremises;
  if (!onPremises.enabled) return;
  if (onPremises.usesVpnGateway()) addVpnGateway(resources);
  if (onPremises.uses(OnPremisesLink::Vpn)) addVpn(stack, resources);
  if (onPremises.uses(OnPremisesLink::DirectConnect)) addDirectConnect(stack, resources);
  if (onPremises.usesVpnGateway()) {
    // Propagation needs the gateway attached first, which no property reference expresses.
    resources.append(std::string(logical_id::kVpnRoutePropagation),
                     resource("AWS::EC2::VPNGatewayRoutePropagation",
                              mapping({{"RouteTableIds", privateRouteTableRefs(stack)},
                                       {"VpnGatewayId", refTo(logical_id::kVpnGateway)}}),
                              logical_id::kVpnGatewayAttachment));
  }
  if (onPremises.uses(OnPremisesLink::TransitGateway)) addTransitGateway(stack, resources);
  addClientIngress(stack, resources);
}

}  // namespace vpcsynth::synth
