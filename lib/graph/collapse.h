#pragma once

#include <cstddef>

#include "graph/topology.h"

namespace vpcsynth::graph {

/// A smaller topology for pictures with a size limit: in each zone column of each VPC, the
/// subnets of a tier past the first `keep` merge into one "N more subnets" box; in each box,
/// resources of one kind past the first `keep` merge into one "N more ..." node. Edges follow
/// the merged nodes and are kept once. Template order is kept, so the result is deterministic.
Topology collapseRepeated(const Topology& topology, std::size_t keep);

}  // namespace vpcsynth::graph
