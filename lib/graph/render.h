#pragma once

#include <cstddef>
#include <string>

#include "graph/topology.h"

namespace vpcsynth::graph {

enum class GraphFormat : unsigned char { Svg, Mermaid, Dot };

/// Mermaid refuses diagrams longer than this many characters (its `maxTextSize` default).
inline constexpr std::size_t kMermaidTextLimit = 50000;

struct RenderOptions {
  /// The picture's title: the template's file name or the variant.
  std::string title;
  /// Mermaid only: the longest text to write, in bytes (never fewer than Mermaid's count).
  /// Repeated resources are collapsed to fit; if that is not enough, a summary (counts per
  /// kind of element, a few thousand characters) is written instead. Keep it at least 100.
  std::size_t mermaidLimit = kMermaidTextLimit;
};

/// A Graphviz `digraph`: VPCs, zone columns and subnets as nested clusters.
std::string renderDot(const Topology& topology, const RenderOptions& options);

/// A Mermaid `flowchart` with nested `subgraph`s, collapsed or summarised to fit
/// `options.mermaidLimit` (any limit of at least 100 is met).
std::string renderMermaid(const Topology& topology, const RenderOptions& options);

/// A standalone SVG drawn on a grid: one column per zone, subnets in tiers (public above
/// private), gateways at the VPC's edge, and a list of the reachability verdicts.
std::string renderSvg(const Topology& topology, const RenderOptions& options);

/// The picture of `topology` in `format`.
std::string render(const Topology& topology, GraphFormat format, const RenderOptions& options);

}  // namespace vpcsynth::graph
