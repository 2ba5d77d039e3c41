#include <limits>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {

void addOnPremises(const StackContext& stack, Mapping& resources) {
  const OnPremisesSpec& onPremises = stack.spec.onPremises;
  if (!onPremises.enabled) return;
  const std::string attachment(logical_id::kVpnGatewayAttachment);
  resources.append(std::string(logical_id::kVpnGateway),
                   resource("AWS::EC2::VPNGateway",
                            mapping({{"Type", text("ipsec.1")}, {"Tags", nameTags("vgw")}})));
  resources.append(attachment,
                   resource("AWS::EC2::VPCGatewayAttachment",
                            mapping({{"VpcId", refTo(logical_id::kVpc)},
                                     {"VpnGatewayId", refTo(logical_id::kVpnGateway)}})));
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
  Sequence routeTables;
  for (int az = 0; az < stack.azCount(); ++az) {
    routeTables.push_back(refTo(logical_id::privateRouteTable(az)));
  }
  // Propagation needs the gateway attached first, which no property reference expresses.
  resources.append(std::string(logical_id::kVpnRoutePropagation),
                   resource("AWS::EC2::VPNGatewayRoutePropagation",
                            mapping({{"RouteTableIds", Value(std::move(routeTables))},
                                     {"VpnGatewayId", refTo(logical_id::kVpnGateway)}}),
                            attachment));
}

}  // namespace vpcsynth::synth
