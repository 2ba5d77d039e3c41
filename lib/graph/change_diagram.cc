#include "graph/change_diagram.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/placement.h"
#include "graph/render.h"
#include "graph/topology.h"
#include "lint/lint_context.h"

namespace vpcsynth::graph {
namespace {

using EdgeKey = std::tuple<std::string, std::string, EdgeKind, std::string>;

EdgeKey keyOf(const Topology& topology, const Edge& edge) {
  return {topology.nodes[edge.from].id, topology.nodes[edge.to].id, edge.kind, edge.label};
}

Change changeOf(const ResourceChange& change) {
  if (change.kind == ChangeKind::Added) return Change::Added;
  if (change.kind == ChangeKind::Removed) return Change::Removed;
  if (change.impact == Impact::Replaces || change.impact == Impact::MayReplace) {
    return Change::Replaced;
  }
  return Change::Modified;
}

/// Both topologies in one: the new one's elements, then the old one's that are gone, each node
/// and edge marked with its change.
Topology merge(const Topology& before, const Topology& after, const TemplateDiff& diff) {
  std::unordered_map<std::string_view, Change> changes;
  for (const ResourceChange& change : diff.resources) changes[change.logicalId] = changeOf(change);
  Topology merged = after;
  // Keyed by copies: the ids of `merged.nodes` move when nodes are added below.
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < merged.nodes.size(); ++i) index.emplace(merged.nodes[i].id, i);
  std::unordered_map<std::string_view, std::size_t> beforeIndex;
  for (std::size_t i = 0; i < before.nodes.size(); ++i) beforeIndex.emplace(before.nodes[i].id, i);
  for (Node& node : merged.nodes) {
    if (!beforeIndex.count(node.id)) {
      node.change = Change::Added;
    } else if (const auto found = changes.find(node.id); found != changes.end()) {
      node.change = found->second;
    }
  }
  // The old VPCs and zones that are gone, by name.
  const auto vpcIndex = [&merged](const Vpc& vpc) {
    for (std::size_t i = 0; i < merged.vpcs.size(); ++i) {
      if (merged.vpcs[i].id == vpc.id) return i;
    }
    merged.vpcs.push_back(vpc);
    return merged.vpcs.size() - 1;
  };
  const auto zoneIndex = [&merged](const std::string& zone) {
    const auto found = std::find(merged.zones.begin(), merged.zones.end(), zone);
    if (found != merged.zones.end()) return static_cast<std::size_t>(found - merged.zones.begin());
    merged.zones.push_back(zone);
    return merged.zones.size() - 1;
  };
  std::vector<std::size_t> fromBefore(before.nodes.size(), kNone);
  for (std::size_t i = 0; i < before.nodes.size(); ++i) {
    const auto found = index.find(before.nodes[i].id);
    if (found != index.end()) fromBefore[i] = found->second;
  }
  for (std::size_t i = 0; i < before.nodes.size(); ++i) {
    if (fromBefore[i] != kNone) continue;
    Node node = before.nodes[i];
    node.change = Change::Removed;
    if (node.vpc != kNone) node.vpc = vpcIndex(before.vpcs[node.vpc]);
    if (node.zone != kNone) node.zone = zoneIndex(before.zones[node.zone]);
    merged.nodes.push_back(std::move(node));
    fromBefore[i] = merged.nodes.size() - 1;
  }
  // Subnets of removed resources point into the merged list (done after every node is there).
  for (std::size_t i = after.nodes.size(); i < merged.nodes.size(); ++i) {
    for (std::size_t& subnet : merged.nodes[i].subnets) subnet = fromBefore[subnet];
  }
  std::set<EdgeKey> beforeEdges;
  for (const Edge& edge : before.edges) beforeEdges.insert(keyOf(before, edge));
  std::set<EdgeKey> afterEdges;
  for (Edge& edge : merged.edges) {
    afterEdges.insert(keyOf(merged, edge));
    if (!beforeEdges.count(keyOf(merged, edge))) edge.change = Change::Added;
  }
  for (const Edge& edge : before.edges) {
    if (afterEdges.count(keyOf(before, edge))) continue;
    Edge gone = edge;
    gone.from = fromBefore[edge.from];
    gone.to = fromBefore[edge.to];
    gone.change = Change::Removed;
    merged.edges.push_back(std::move(gone));
  }
  return merged;
}

/// The changed elements, the ends of changed edges, and the subnet each sits in alone; a
/// resource in several subnets names them in its detail instead (the picture draws it in its
/// VPC's box).
Topology changedPart(const Topology& merged) {
  std::vector<bool> keep(merged.nodes.size(), false);
  for (std::size_t i = 0; i < merged.nodes.size(); ++i) {
    keep[i] = merged.nodes[i].change != Change::None;
  }
  for (const Edge& edge : merged.edges) {
    if (edge.change != Change::None) keep[edge.from] = keep[edge.to] = true;
  }
  for (std::size_t i = 0; i < merged.nodes.size(); ++i) {
    const std::size_t subnet = singleSubnet(merged.nodes[i]);
    if (keep[i] && subnet != kNone) keep[subnet] = true;
  }
  Topology part;
  part.vpcs = merged.vpcs;
  part.zones = merged.zones;
  std::vector<std::size_t> newIndex(merged.nodes.size(), kNone);
  for (std::size_t i = 0; i < merged.nodes.size(); ++i) {
    if (!keep[i]) continue;
    Node node = merged.nodes[i];
    if (node.kind != NodeKind::Subnet && singleSubnet(node) == kNone) {
      node.detail = placementDetail(merged, node);
      node.subnets.clear();
      node.externalSubnets = false;
    }
    part.nodes.push_back(std::move(node));
    newIndex[i] = part.nodes.size() - 1;
  }
  for (Node& node : part.nodes) {
    for (std::size_t& subnet : node.subnets) subnet = newIndex[subnet];
  }
  for (const Edge& edge : merged.edges) {
    if (edge.change == Change::None) continue;
    Edge kept = edge;
    kept.from = newIndex[edge.from];
    kept.to = newIndex[edge.to];
    part.edges.push_back(std::move(kept));
  }
  return part;
}

}  // namespace

std::string changeDiagram(const Value& oldTemplate, const Value& newTemplate,
                          const TemplateDiff& diff, std::size_t limit) {
  if (!oldTemplate.find("Resources") || !newTemplate.find("Resources")) return {};
  const lint::LintContext before(oldTemplate, "", "old");
  const lint::LintContext after(newTemplate, "", "new");
  const Topology part = changedPart(merge(buildTopology(before), buildTopology(after), diff));
  if (part.nodes.empty() && part.edges.empty()) return {};
  RenderOptions options;
  options.mermaidLimit = limit;
  return renderMermaid(part, options);
}

}  // namespace vpcsynth::graph
