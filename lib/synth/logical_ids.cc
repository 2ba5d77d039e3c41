#include "synth/logical_ids.h"

#include <fmt/format.h>

namespace vpcsynth::logical_id {

std::string azLetter(int az) { return std::string(1, static_cast<char>('A' + az)); }

namespace {

std::string perAz(std::string_view base, int az) { return fmt::format("{}{}", base, azLetter(az)); }

}  // namespace

std::string privateSubnet(int az) { return perAz("PrivateSubnet", az); }
std::string privateRouteTable(int az) { return perAz("PrivateRouteTable", az); }
std::string privateRouteTableAssociation(int az) {
  return perAz("PrivateRouteTableAssociation", az);
}
std::string privateDefaultRoute(int az) { return perAz("PrivateDefaultRoute", az); }
std::string publicSubnet(int az) { return perAz("PublicSubnet", az); }
std::string publicRouteTableAssociation(int az) { return perAz("PublicRouteTableAssociation", az); }
std::string natEip(int az) { return perAz("NatEip", az); }
std::string natGateway(int az) { return perAz("NatGateway", az); }

std::string vpnConnectionRoute(int index) { return fmt::format("VpnConnectionRoute{}", index + 1); }

std::string transitGatewayRoute(int az, int index) {
  return fmt::format("TransitGatewayRoute{}{}", azLetter(az), index + 1);
}

std::string onPremisesClientIngress(int index) {
  return fmt::format("SharedSecurityGroupOnPremisesIngress{}", index + 1);
}

}  // namespace vpcsynth::logical_id
