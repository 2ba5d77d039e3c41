#pragma once
// The words every picture format uses for kinds of node and subnet tiers, so that the SVG,
// Mermaid and DOT pictures (and their collapsed groups) name things alike.

#include <string_view>

#include "graph/topology.h"

namespace vpcsynth::graph {

/// How people name a kind of node: "NAT gateway".
std::string_view kindName(NodeKind kind);

/// "public", "private", "routes unknown".
std::string_view tierName(Tier tier);

}  // namespace vpcsynth::graph
