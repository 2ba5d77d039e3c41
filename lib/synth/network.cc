#include <fmt/format.h>

#include "synth/logical_ids.h"
#include "synth/stack_parts.h"
#include "synth/values.h"

namespace vpcsynth::synth {
namespace {

std::string lowerLetter(int az) { return std::string(1, static_cast<char>('a' + az)); }

Value subnet(const net::Cidr& cidr, int az, std::string_view kind) {
  return resource("AWS::EC2::Subnet",
                  mapping({{"VpcId", refTo(logical_id::kVpc)},
                           {"CidrBlock", text(net::formatCidr(cidr))},
                           {"AvailabilityZone", availabilityZone(az)},
                           {"MapPublicIpOnLaunch", boolean(false)},
                           {"Tags", nameTags(fmt::format("{}-{}", kind, lowerLetter(az)))}}));
}

Value routeTable(std::string_view name) {
  return resource("AWS::EC2::RouteTable",
                  mapping({{"VpcId", refTo(logical_id::kVpc)}, {"Tags", nameTags(name)}}));
}

Value association(std::string_view subnetId, std::string_view routeTableId) {
  return resource("AWS::EC2::SubnetRouteTableAssociation",
                  mapping({{"SubnetId", refTo(subnetId)}, {"RouteTableId", refTo(routeTableId)}}));
}

}  // namespace

Sequence privateSubnetRefs(const StackContext& stack) {
  Sequence refs;
  for (int az = 0; az < stack.azCount(); ++az) refs.push_back(refTo(logical_id::privateSubnet(az)));
  return refs;
}

void addPrivateNetwork(const StackContext& stack, Mapping& resources) {
  resources.append(
      std::string(logical_id::kVpc),
      resource("AWS::EC2::VPC", mapping({{"CidrBlock", text(net::formatCidr(stack.plan.vpc))},
                                         {"EnableDnsSupport", boolean(true)},
                                         {"EnableDnsHostnames", boolean(true)},
                                         {"Tags", nameTags("vpc")}})));
  for (int az = 0; az < stack.azCount(); ++az) {
    const std::string subnetId = logical_id::privateSubnet(az);
    const std::string routeTableId = logical_id::privateRouteTable(az);
    resources.append(subnetId, subnet(stack.plan.privateSubnets[az], az, "private"));
    resources.append(routeTableId, routeTable(fmt::format("private-{}", lowerLetter(az))));
    resources.append(logical_id::privateRouteTableAssociation(az),
                     association(subnetId, routeTableId));
  }
}

void addNatEgress(const StackContext& stack, Mapping& resources) {
  if (!stack.natEgress()) return;
  const std::string attachment(logical_id::kInternetGatewayAttachment);
  resources.append(std::string(logical_id::kInternetGateway),
                   resource("AWS::EC2::InternetGateway", mapping({{"Tags", nameTags("igw")}})));
  resources.append(attachment,
                   resource("AWS::EC2::VPCGatewayAttachment",
                            mapping({{"VpcId", refTo(logical_id::kVpc)},
                                     {"InternetGatewayId", refTo(logical_id::kInternetGateway)}})));
  resources.append(std::string(logical_id::kPublicRouteTable), routeTable("public"));
  resources.append(std::string(logical_id::kPublicDefaultRoute),
                   resource("AWS::EC2::Route",
                            mapping({{"RouteTableId", refTo(logical_id::kPublicRouteTable)},
                                     {"DestinationCidrBlock", text("0.0.0.0/0")},
                                     {"GatewayId", refTo(logical_id::kInternetGateway)}}),
                            attachment));
  const bool perAzNat = stack.spec.network.nat == NatMode::PerAz;
  for (int az = 0; az < stack.azCount(); ++az) {
    const std::string subnetId = logical_id::publicSubnet(az);
    resources.append(subnetId, subnet(stack.plan.publicSubnets[az], az, "public"));
    resources.append(logical_id::publicRouteTableAssociation(az),
                     association(subnetId, logical_id::kPublicRouteTable));
    if (!perAzNat && az > 0) continue;
    const std::string eipId = logical_id::natEip(az);
    resources.append(eipId,
                     resource("AWS::EC2::EIP",
                              mapping({{"Domain", text("vpc")},
                                       {"Tags", nameTags(fmt::format("nat-{}", lowerLetter(az)))}}),
                              attachment));
    resources.append(
        logical_id::natGateway(az),
        resource("AWS::EC2::NatGateway",
                 mapping({{"AllocationId", getAtt(eipId, "AllocationId")},
                          {"SubnetId", refTo(subnetId)},
                          {"Tags", nameTags(fmt::format("nat-{}", lowerLetter(az)))}})));
  }
  for (int az = 0; az < stack.azCount(); ++az) {
    // Each AZ's egress goes through the NAT gateway of the same AZ, so an AZ outage stays local.
    Value route =
        resource("AWS::EC2::Route",
                 mapping({{"RouteTableId", refTo(logical_id::privateRouteTable(az))},
                          {"DestinationCidrBlock", text("0.0.0.0/0")},
                          {"NatGatewayId", refTo(logical_id::natGateway(perAzNat ? az : 0))}}),
                 attachment);
    if (!perAzNat && az != 0) {
      // A single NAT gateway is the user's choice of cost over zone independence: say so to
      // `vpcsynth lint`, whose A0005 asks for a NAT gateway in the route's own zone.
      route.mapping().append(
          "Metadata", mapping({{"vpcsynth-lint", mapping({{"ignore", list({text("A0005")})}})}}));
    }
    resources.append(logical_id::privateDefaultRoute(az), std::move(route));
  }
}

}  // namespace vpcsynth::synth
