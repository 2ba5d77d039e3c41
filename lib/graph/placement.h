#pragma once

#include <cstddef>
#include <vector>

#include "graph/topology.h"

namespace vpcsynth::graph {

/// Where each node goes in a picture whose boxes nest (DOT clusters, Mermaid subgraphs): a node
/// in one subnet goes in that subnet's box; one in several subnets, or none, goes in its VPC's
/// box (its subnets are named in its label); the rest go outside every VPC.
struct Placement {
  /// Per VPC: the zone columns (indexes into `Topology::zones`) its subnets use, in order.
  std::vector<std::vector<std::size_t>> zonesOfVpc;
  /// Per VPC and per zone column: the subnets, public first, then private, then unknown, each
  /// tier in template order.
  std::vector<std::vector<std::vector<std::size_t>>> subnetsOfCell;
  /// Per node: for a subnet, the nodes drawn inside it.
  std::vector<std::vector<std::size_t>> membersOfSubnet;
  /// Per VPC: the nodes drawn in its box but in no single subnet.
  std::vector<std::vector<std::size_t>> membersOfVpc;
  /// The nodes outside every VPC, in node order.
  std::vector<std::size_t> outside;
};

Placement place(const Topology& topology);

/// The subnet a node is drawn inside, when it is in exactly one.
std::size_t singleSubnet(const Node& node);

/// A node's second line for nested pictures: its detail, and the subnets it spans when it is
/// drawn at VPC level, or "subnets outside the template".
std::string placementDetail(const Topology& topology, const Node& node);

}  // namespace vpcsynth::graph
