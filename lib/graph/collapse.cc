#include "graph/collapse.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "graph/placement.h"

namespace vpcsynth::graph {
namespace {

/// Where a node is drawn, as `place` decides it: a subnet, a VPC box, or outside.
std::pair<std::size_t, std::size_t> containerOf(const Node& node) {
  if (const std::size_t subnet = singleSubnet(node); subnet != kNone && !node.externalSubnets) {
    return {subnet, kNone};
  }
  return {kNone, node.vpc};
}

std::string plural(std::string_view kind, std::size_t count) {
  return count == 1 || kind.ends_with("s") ? std::string(kind) : fmt::format("{}s", kind);
}

}  // namespace

Topology collapseRepeated(const Topology& topology, std::size_t keep) {
  const std::size_t count = topology.nodes.size();
  // Each node's representative: itself, or the merged node standing for it (by group key).
  std::vector<std::size_t> mergedInto(count, kNone);
  using GroupKey = std::tuple<std::size_t, std::size_t, std::size_t, int>;
  std::map<GroupKey, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < count; ++i) {
    const Node& node = topology.nodes[i];
    GroupKey key;
    if (node.kind == NodeKind::Subnet) {
      key = {node.vpc, node.zone, static_cast<std::size_t>(node.tier), -1};
    } else {
      const auto [subnet, vpc] = containerOf(node);
      key = {subnet, vpc, kNone, static_cast<int>(node.kind)};
    }
    groups[key].push_back(i);
  }
  // Subnets first, so that merged resources can point at the merged subnet.
  Topology result;
  result.vpcs = topology.vpcs;
  result.zones = topology.zones;
  std::vector<std::size_t> newIndex(count, kNone);
  std::map<GroupKey, std::size_t> mergedNode;
  const auto addMerged = [&](const GroupKey& key, const std::vector<std::size_t>& members) {
    const Node& first = topology.nodes[members[keep]];
    Node merged;
    merged.kind = first.kind;
    const std::size_t hidden = members.size() - keep;
    merged.id = fmt::format("more:{}", first.id);
    merged.label = fmt::format("{} more {}", hidden, plural(kindName(first.kind), hidden));
    merged.vpc = first.vpc;
    merged.zone = first.zone;
    merged.tier = first.tier;
    merged.subnets = first.subnets;
    merged.externalSubnets = first.externalSubnets;
    result.nodes.push_back(std::move(merged));
    mergedNode[key] = result.nodes.size() - 1;
    return result.nodes.size() - 1;
  };
  for (const bool subnets : {true, false}) {
    for (const auto& [key, members] : groups) {
      if ((std::get<3>(key) == -1) != subnets) continue;
      for (std::size_t position = 0; position < members.size(); ++position) {
        const std::size_t i = members[position];
        if (position < keep || members.size() == keep + 1) {
          result.nodes.push_back(topology.nodes[i]);
          newIndex[i] = result.nodes.size() - 1;
        } else {
          const auto found = mergedNode.find(key);
          newIndex[i] = found != mergedNode.end() ? found->second : addMerged(key, members);
        }
      }
    }
  }
  for (Node& node : result.nodes) {
    std::vector<std::size_t> subnets;
    for (std::size_t subnet : node.subnets) {
      const std::size_t mapped = newIndex[subnet];
      if (std::find(subnets.begin(), subnets.end(), mapped) == subnets.end()) {
        subnets.push_back(mapped);
      }
    }
    node.subnets = std::move(subnets);
  }
  std::set<std::tuple<std::size_t, std::size_t, EdgeKind, std::string>> seen;
  for (const Edge& edge : topology.edges) {
    Edge mapped = edge;
    mapped.from = newIndex[edge.from];
    mapped.to = newIndex[edge.to];
    if (mapped.from == mapped.to) continue;
    if (seen.emplace(mapped.from, mapped.to, mapped.kind, mapped.label).second) {
      result.edges.push_back(std::move(mapped));
    }
  }
  return result;
}

}  // namespace vpcsynth::graph
