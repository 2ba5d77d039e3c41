#include "graph/collapse.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/display_names.h"

namespace vpcsynth::graph {
namespace {

std::string plural(std::string_view kind, std::size_t count) {
  return count == 1 || kind.ends_with("s") ? std::string(kind) : fmt::format("{}s", kind);
}

}  // namespace

Topology collapseRepeated(const Topology& topology, std::size_t keep) {
  const std::size_t count = topology.nodes.size();
  Topology result;
  result.vpcs = topology.vpcs;
  result.zones = topology.zones;
  // Each node's index in the result: its own copy, or the merged node standing for it.
  std::vector<std::size_t> newIndex(count, kNone);
  // Groups: subnets by VPC, zone and tier; resources by the box they are drawn in and kind;
  // both also by their change, so a merged node never mixes added and removed elements.
  using GroupKey = std::tuple<std::size_t, std::size_t, std::size_t, Change>;
  const auto collapseGroups = [&](const std::map<GroupKey, std::vector<std::size_t>>& groups,
                                  const auto& subnetsOf) {
    for (const auto& [key, members] : groups) {
      std::size_t merged = kNone;
      for (std::size_t position = 0; position < members.size(); ++position) {
        const std::size_t i = members[position];
        if (position < keep || members.size() == keep + 1) {
          result.nodes.push_back(topology.nodes[i]);
          result.nodes.back().subnets = subnetsOf(topology.nodes[i]);
          newIndex[i] = result.nodes.size() - 1;
          continue;
        }
        if (merged == kNone) {
          const Node& first = topology.nodes[i];
          const std::size_t hidden = members.size() - keep;
          Node node = first;
          node.id = fmt::format("more:{}", first.id);
          node.label = fmt::format("{} more {}", hidden, plural(kindName(first.kind), hidden));
          node.detail.clear();
          node.subnets = subnetsOf(first);
          result.nodes.push_back(std::move(node));
          merged = result.nodes.size() - 1;
        }
        newIndex[i] = merged;
      }
    }
  };
  std::map<GroupKey, std::vector<std::size_t>> subnetGroups;
  for (std::size_t i = 0; i < count; ++i) {
    const Node& node = topology.nodes[i];
    if (node.kind != NodeKind::Subnet) continue;
    subnetGroups[{node.vpc, node.zone, static_cast<std::size_t>(node.tier), node.change}].push_back(
        i);
  }
  collapseGroups(subnetGroups, [](const Node&) { return std::vector<std::size_t>(); });
  // Resources follow their subnets into the merged ones first, then group by where that puts
  // them, so the resources of merged subnets merge too.
  const auto mappedSubnets = [&newIndex](const Node& node) {
    std::vector<std::size_t> subnets;
    for (std::size_t subnet : node.subnets) {
      const std::size_t mapped = newIndex[subnet];
      if (std::find(subnets.begin(), subnets.end(), mapped) == subnets.end()) {
        subnets.push_back(mapped);
      }
    }
    return subnets;
  };
  std::map<GroupKey, std::vector<std::size_t>> resourceGroups;
  for (std::size_t i = 0; i < count; ++i) {
    const Node& node = topology.nodes[i];
    if (node.kind == NodeKind::Subnet) continue;
    const std::vector<std::size_t> subnets = mappedSubnets(node);
    const bool inOneSubnet = subnets.size() == 1 && !node.externalSubnets;
    resourceGroups[{inOneSubnet ? subnets.front() : kNone, inOneSubnet ? kNone : node.vpc,
                    static_cast<std::size_t>(node.kind), node.change}]
        .push_back(i);
  }
  collapseGroups(resourceGroups, mappedSubnets);
  // Edges that now join the same nodes in the same way, with the same change, merge; when their
  // labels differ (each function's blocked path names its own group), the first stands for the
  // rest.
  std::map<std::tuple<std::size_t, std::size_t, EdgeKind, Change>,
           std::pair<std::size_t, std::size_t>>
      merged;  // -> (index in result.edges, how many other labels)
  for (const Edge& edge : topology.edges) {
    Edge mapped = edge;
    mapped.from = newIndex[edge.from];
    mapped.to = newIndex[edge.to];
    if (mapped.from == mapped.to) continue;
    const auto [found, added] = merged.try_emplace(
        {mapped.from, mapped.to, mapped.kind, mapped.change}, result.edges.size(), 0);
    if (added) {
      result.edges.push_back(std::move(mapped));
    } else if (result.edges[found->second.first].label != mapped.label) {
      ++found->second.second;
    }
  }
  for (const auto& [key, entry] : merged) {
    if (entry.second > 0) {
      result.edges[entry.first].label += fmt::format(" (and {} more)", entry.second);
    }
  }
  return result;
}

}  // namespace vpcsynth::graph
