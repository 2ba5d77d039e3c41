// The Mermaid form: a `flowchart` whose subgraphs nest VPC, zone and subnet, which GitHub
// renders in Markdown. Mermaid refuses text past its size limit, so repeated resources are
// collapsed, a step at a time, until the diagram fits.
#include <fmt/format.h>

#include <array>

#include "graph/collapse.h"
#include "graph/placement.h"
#include "graph/render.h"

namespace vpcsynth::graph {
namespace {

/// A Mermaid quoted label: quotes and the characters Mermaid reads as markup become entity
/// codes; line breaks become `<br/>`.
std::string label(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "#quot;"; break;
      case '<': out += "#lt;"; break;
      case '>': out += "#gt;"; break;
      case '#': out += "#35;"; break;
      case '&': out += "#amp;"; break;
      case '`': out += "#96;"; break;
      case '|': out += "#124;"; break;
      case '\n': out += "<br/>"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  out += '"';
  return out;
}

std::string_view classOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::InternetGateway:
    case NodeKind::NatGateway: return "gateway";
    case NodeKind::VpnGateway:
    case NodeKind::CustomerGateway:
    case NodeKind::TransitGateway:
    case NodeKind::PeeringConnection:
    case NodeKind::OnPremises: return "vpn";
    case NodeKind::Cluster:
    case NodeKind::Workgroup: return "cluster";
    case NodeKind::Function: return "function";
    case NodeKind::VpcEndpoint:
    case NodeKind::Service: return "service";
    default: return "other";
  }
}

class MermaidWriter {
 public:
  explicit MermaidWriter(const Topology& topology)
      : topology_(topology), placement_(place(topology)) {}

  std::string write(std::string_view title) {
    out_ += "flowchart TB\n";
    if (!title.empty()) out_ += fmt::format("  %% {}\n", oneLine(title));
    for (std::size_t vpc = 0; vpc < topology_.vpcs.size(); ++vpc) writeVpc(vpc);
    for (std::size_t node : placement_.outside) writeNode(node, "  ");
    std::array<std::vector<std::size_t>, 4> linksOfKind;
    for (std::size_t i = 0; i < topology_.edges.size(); ++i) {
      const Edge& edge = topology_.edges[i];
      const std::string_view arrow = edge.kind == EdgeKind::Route  ? "-->"
                                     : edge.kind == EdgeKind::Open ? "==>"
                                                                   : "-.->";
      if (edge.label.empty()) {
        out_ += fmt::format("  n{} {} n{}\n", edge.from, arrow, edge.to);
      } else {
        out_ += fmt::format("  n{} {}|{}| n{}\n", edge.from, arrow, label(edge.label), edge.to);
      }
      linksOfKind[static_cast<std::size_t>(edge.kind)].push_back(i);
    }
    constexpr std::array<std::string_view, 4> kLinkStyles = {
        "stroke:#455a64", "stroke:#2e7d32,stroke-width:2px",
        "stroke:#c62828,stroke-width:2px,color:#c62828", "stroke:#9e9e9e"};
    for (std::size_t kind = 0; kind < linksOfKind.size(); ++kind) {
      if (linksOfKind[kind].empty()) continue;
      out_ +=
          fmt::format("  linkStyle {} {}\n", fmt::join(linksOfKind[kind], ","), kLinkStyles[kind]);
    }
    out_ +=
        "  classDef gateway fill:#e8f5e9,stroke:#2e7d32\n"
        "  classDef vpn fill:#ede7f6,stroke:#5e35b1\n"
        "  classDef cluster fill:#e3f2fd,stroke:#1565c0\n"
        "  classDef function fill:#fff3e0,stroke:#ef6c00\n"
        "  classDef service fill:#fce4ec,stroke:#ad1457\n"
        "  classDef other fill:#f5f5f5,stroke:#616161\n";
    return std::move(out_);
  }

 private:
  static std::string oneLine(std::string_view text) {
    std::string out;
    for (const char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
    return out;
  }

  void writeNode(std::size_t index, std::string_view indent) {
    const Node& node = topology_.nodes[index];
    const std::string detail = placementDetail(topology_, node);
    const std::string text = fmt::format("{}\n{}{}{}", kindName(node.kind), node.label,
                                         detail.empty() ? "" : "\n", detail);
    out_ += fmt::format("{}n{}[{}]:::{}\n", indent, index, label(text), classOf(node.kind));
  }

  void writeVpc(std::size_t vpc) {
    const Vpc& box = topology_.vpcs[vpc];
    const std::string title = box.external       ? box.id
                              : box.cidr.empty() ? fmt::format("VPC {}", box.id)
                                                 : fmt::format("VPC {}\n{}", box.id, box.cidr);
    out_ += fmt::format("  subgraph vpc{}[{}]\n", vpc, label(title));
    out_ += "    direction TB\n";
    for (std::size_t zone : placement_.zonesOfVpc[vpc]) {
      out_ +=
          fmt::format("    subgraph vpc{}_zone{}[{}]\n", vpc, zone, label(topology_.zones[zone]));
      out_ += "      direction TB\n";
      for (std::size_t subnet : placement_.subnetsOfCell[vpc][zone]) writeSubnet(subnet);
      out_ += "    end\n";
    }
    for (std::size_t node : placement_.membersOfVpc[vpc]) writeNode(node, "    ");
    out_ += "  end\n";
  }

  void writeSubnet(std::size_t index) {
    const Node& subnet = topology_.nodes[index];
    const std::string title = fmt::format("{}\n{}{}{}", subnet.label, tierName(subnet.tier),
                                          subnet.detail.empty() ? "" : ", ", subnet.detail);
    out_ += fmt::format("      subgraph n{}[{}]\n", index, label(title));
    for (std::size_t member : placement_.membersOfSubnet[index]) writeNode(member, "        ");
    out_ += "      end\n";
    out_ += fmt::format("      style n{} fill:{}\n", index,
                        subnet.tier == Tier::Public ? "#f1f8e9" : "#e8eaf6");
  }

  const Topology& topology_;
  const Placement placement_;
  std::string out_;
};

}  // namespace

std::string renderMermaid(const Topology& topology, const RenderOptions& options) {
  std::string text = MermaidWriter(topology).write(options.title);
  // Each step keeps fewer of each repeated kind per box; the last keeps none but a count.
  for (const std::size_t keep : {8u, 4u, 2u, 1u, 0u}) {
    if (text.size() <= options.mermaidLimit) break;
    text = MermaidWriter(collapseRepeated(topology, keep)).write(options.title);
  }
  return text;
}

}  // namespace vpcsynth::graph
