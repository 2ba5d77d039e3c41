#include "graph/topology_builder.h"

namespace vpcsynth::graph {

std::size_t TopologyBuilder::addNode(Node node) {
  // A subnet that is no node cannot be drawn in; it counts as one outside the template.
  if (std::erase(node.subnets, kNone) > 0) node.externalSubnets = true;
  topology_.nodes.push_back(std::move(node));
  const std::size_t index = topology_.nodes.size() - 1;
  byId_.emplace(topology_.nodes[index].id, index);
  return index;
}

std::size_t TopologyBuilder::nodeOf(const lint::Resource* resource) const {
  return resource ? nodeWithId(resource->name) : kNone;
}

std::size_t TopologyBuilder::nodeWithId(std::string_view id) const {
  const auto found = byId_.find(std::string(id));
  return found == byId_.end() ? kNone : found->second;
}

void TopologyBuilder::addVpc(const lint::Resource& vpc, std::string cidr) {
  vpcIndex_.emplace(&vpc, topology_.vpcs.size());
  topology_.vpcs.push_back({std::string(vpc.name), std::move(cidr), false});
}

std::size_t TopologyBuilder::vpcIndex(const lint::Resource* vpc) const {
  if (!vpc) return kNone;
  const auto found = vpcIndex_.find(vpc);
  return found == vpcIndex_.end() ? kNone : found->second;
}

std::size_t TopologyBuilder::externalVpc() {
  if (externalVpc_ == kNone) {
    topology_.vpcs.push_back({"VPC outside the template", "", true});
    externalVpc_ = topology_.vpcs.size() - 1;
  }
  return externalVpc_;
}

void TopologyBuilder::addEdge(std::size_t from, std::size_t to, EdgeKind kind, std::string label) {
  if (from == kNone || to == kNone || from == to) return;
  if (!edgeKeys_.emplace(from, to, label).second) return;
  topology_.edges.push_back({from, to, kind, std::move(label), Change::None});
}

Node resourceNode(NodeKind kind, const lint::Resource& resource) {
  Node node;
  node.kind = kind;
  node.id = std::string(resource.name);
  node.label = node.id;
  return node;
}

}  // namespace vpcsynth::graph
