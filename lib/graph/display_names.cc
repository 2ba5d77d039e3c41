#include "graph/display_names.h"

namespace vpcsynth::graph {

std::string_view kindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::Subnet: return "subnet";
    case NodeKind::InternetGateway: return "Internet Gateway";
    case NodeKind::NatGateway: return "NAT gateway";
    case NodeKind::VpcEndpoint: return "VPC endpoint";
    case NodeKind::VpnGateway: return "VPN gateway";
    case NodeKind::TransitGateway: return "transit gateway";
    case NodeKind::PeeringConnection: return "peering connection";
    case NodeKind::CustomerGateway: return "customer gateway";
    case NodeKind::OnPremises: return "on-premises";
    case NodeKind::Cluster: return "Redshift cluster";
    case NodeKind::Workgroup: return "Redshift Serverless workgroup";
    case NodeKind::Function: return "Lambda function";
    case NodeKind::Interface: return "network interfaces";
    case NodeKind::Service: return "AWS service";
  }
  return "resource";
}

std::string_view tierName(Tier tier) {
  switch (tier) {
    case Tier::Public: return "public";
    case Tier::Private: return "private";
    case Tier::Unknown: return "routes unknown";
  }
  return "private";
}

}  // namespace vpcsynth::graph
