#pragma once

#include <array>
#include <string_view>

#include "graph/topology.h"

namespace vpcsynth::graph {

/// How every format colours a kind of node, so the SVG, DOT and Mermaid pictures agree: kinds in
/// one group (gateways, VPN links, clusters, functions, services, the rest) share a style.
struct NodeStyle {
  /// The Mermaid class that carries the style.
  std::string_view className;
  std::string_view fill;
  std::string_view stroke;
};

/// The styles, in the order Mermaid defines its classes.
inline constexpr std::array<NodeStyle, 6> kNodeStyles = {{
    {"gateway", "#e8f5e9", "#2e7d32"},
    {"vpn", "#ede7f6", "#5e35b1"},
    {"cluster", "#e3f2fd", "#1565c0"},
    {"function", "#fff3e0", "#ef6c00"},
    {"service", "#fce4ec", "#ad1457"},
    {"other", "#f5f5f5", "#616161"},
}};

const NodeStyle& styleOf(NodeKind kind);

}  // namespace vpcsynth::graph
