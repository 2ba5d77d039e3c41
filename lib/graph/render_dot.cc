// The Graphviz form: boxes nest as clusters, so Graphviz's own layout places the zone columns.
#include <fmt/format.h>

#include "graph/display_names.h"
#include "graph/node_style.h"
#include "graph/placement.h"
#include "graph/render.h"

namespace vpcsynth::graph {
namespace {

/// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) >= 0x20) {
      out += c;
    }
  }
  out += '"';
  return out;
}

class DotWriter {
 public:
  DotWriter(const Topology& topology, const RenderOptions& options)
      : topology_(topology), placement_(place(topology)) {
    out_ += fmt::format("digraph {} {{\n", quoted(options.title));
    out_ += fmt::format(
        "  graph [label={}, labelloc=t, fontname=\"Helvetica\", compound=true, "
        "rankdir=TB, newrank=true];\n",
        quoted(options.title));
    out_ += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n";
    out_ += "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  }

  std::string write() {
    for (std::size_t vpc = 0; vpc < topology_.vpcs.size(); ++vpc) writeVpc(vpc);
    for (std::size_t node : placement_.outside) writeNode(node, "  ");
    for (const Edge& edge : topology_.edges) writeEdge(edge);
    out_ += "}\n";
    return std::move(out_);
  }

 private:
  void writeNode(std::size_t index, std::string_view indent) {
    const Node& node = topology_.nodes[index];
    const std::string detail = placementDetail(topology_, node);
    const std::string label = fmt::format("{}\n{}{}{}", kindName(node.kind), node.label,
                                          detail.empty() ? "" : "\n", detail);
    out_ += fmt::format("{}n{} [label={}, fillcolor=\"{}\"];\n", indent, index, quoted(label),
                        styleOf(node.kind).fill);
  }

  void writeSubnet(std::size_t index, std::string_view indent) {
    const Node& subnet = topology_.nodes[index];
    const std::string label = fmt::format("{}\n{}", subnet.label, subnetLine(subnet, ", "));
    out_ += fmt::format("{}subgraph cluster_n{} {{\n", indent, index);
    out_ += fmt::format("{}  label={}; style=\"rounded,filled\"; fillcolor=\"{}\";\n", indent,
                        quoted(label), subnet.tier == Tier::Public ? "#e8f5e9" : "#e3f2fd");
    // Edges from a subnet start at this point, clipped to the subnet's box (ltail).
    out_ += fmt::format("{}  n{} [shape=point, width=0.05, label=\"\"];\n", indent, index);
    for (std::size_t member : placement_.membersOfSubnet[index]) {
      writeNode(member, fmt::format("{}  ", indent));
    }
    out_ += fmt::format("{}}}\n", indent);
  }

  void writeVpc(std::size_t vpc) {
    const Vpc& box = topology_.vpcs[vpc];
    const std::string label = vpcTitle(box, "\n");
    out_ += fmt::format("  subgraph cluster_vpc{} {{\n", vpc);
    out_ += fmt::format("    label={}; style=rounded; color=\"#546e7a\";\n", quoted(label));
    for (std::size_t zone : placement_.zonesOfVpc[vpc]) {
      out_ += fmt::format("    subgraph cluster_vpc{}_zone{} {{\n", vpc, zone);
      out_ += fmt::format("      label={}; style=dashed; color=\"#90a4ae\";\n",
                          quoted(topology_.zones[zone]));
      for (std::size_t subnet : placement_.subnetsOfCell[vpc][zone]) writeSubnet(subnet, "      ");
      out_ += "    }\n";
    }
    for (std::size_t node : placement_.membersOfVpc[vpc]) writeNode(node, "    ");
    out_ += "  }\n";
  }

  void writeEdge(const Edge& edge) {
    std::string attributes;
    const auto add = [&attributes](std::string text) {
      if (!attributes.empty()) attributes += ", ";
      attributes += text;
    };
    if (!edge.label.empty()) add(fmt::format("label={}", quoted(edge.label)));
    if (topology_.nodes[edge.from].kind == NodeKind::Subnet) {
      add(fmt::format("ltail=cluster_n{}", edge.from));
    }
    switch (edge.kind) {
      case EdgeKind::Route: add("color=\"#455a64\""); break;
      case EdgeKind::Open: add("color=\"#2e7d32\", penwidth=2"); break;
      case EdgeKind::Blocked:
        add("color=\"#c62828\", fontcolor=\"#c62828\", style=dashed, penwidth=2");
        break;
      case EdgeKind::Unknown: add("color=\"#9e9e9e\", style=dotted"); break;
    }
    out_ += fmt::format("  n{} -> n{} [{}];\n", edge.from, edge.to, attributes);
  }

  const Topology& topology_;
  const Placement placement_;
  std::string out_;
};

}  // namespace

std::string renderDot(const Topology& topology, const RenderOptions& options) {
  return DotWriter(topology, options).write();
}

}  // namespace vpcsynth::graph
