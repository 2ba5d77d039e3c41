#include "graph/node_style.h"

namespace vpcsynth::graph {

const NodeStyle& styleOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::InternetGateway:
    case NodeKind::NatGateway: return kNodeStyles[0];
    case NodeKind::VpnGateway:
    case NodeKind::CustomerGateway:
    case NodeKind::TransitGateway:
    case NodeKind::PeeringConnection:
    case NodeKind::OnPremises: return kNodeStyles[1];
    case NodeKind::Cluster:
    case NodeKind::Workgroup: return kNodeStyles[2];
    case NodeKind::Function: return kNodeStyles[3];
    case NodeKind::VpcEndpoint:
    case NodeKind::Service: return kNodeStyles[4];
    default: return kNodeStyles[5];
  }
}

}  // namespace vpcsynth::graph
