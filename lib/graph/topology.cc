// `buildTopology` takes its steps in order (each in a file of its own, see topology_builder.h):
// nodes first, so that every edge finds both of its ends.
#include "graph/topology.h"

#include "graph/topology_builder.h"

namespace vpcsynth::graph {

std::size_t Topology::find(std::string_view id) const {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].id == id) return i;
  }
  return kNone;
}

Topology buildTopology(const lint::LintContext& context) {
  TopologyBuilder builder(context);
  addVpcAndSubnetNodes(builder);
  addGatewayNodes(builder);
  const ClustersAndFunctions ends = addResourceNodes(builder);
  addVpnLinks(builder, addRouteEdges(builder));
  addVerdictEdges(builder, ends);
  return builder.take();
}

}  // namespace vpcsynth::graph
