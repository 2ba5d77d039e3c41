// The Mermaid form: a `flowchart` whose subgraphs nest VPC, zone and subnet, which GitHub
// renders in Markdown. Mermaid refuses text past its size limit, so repeated resources are
// collapsed, a step at a time, until the diagram fits; when collapsing cannot shrink it enough,
// a summary with one node per kind of element takes its place.
#include <fmt/format.h>

#include <array>
#include <map>
#include <utility>

#include "graph/collapse.h"
#include "graph/display_names.h"
#include "graph/node_style.h"
#include "graph/placement.h"
#include "graph/render.h"
#include "text/code_points.h"

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

/// How a changed element is marked in its label, so the mark reads without colour.
std::string_view markOf(Change change) {
  switch (change) {
    case Change::None: return "";
    case Change::Added: return "[+] ";
    case Change::Removed: return "[-] ";
    case Change::Modified: return "[~] ";
    case Change::Replaced: return "[replaced] ";
  }
  return "";
}

std::string_view changeClassOf(Change change) {
  switch (change) {
    case Change::None: return "";
    case Change::Added: return "added";
    case Change::Removed: return "removed";
    case Change::Modified: return "modified";
    case Change::Replaced: return "replaced";
  }
  return "";
}

/// The `classDef` of every kind's style.
std::string kindClasses() {
  std::string out;
  for (const NodeStyle& style : kNodeStyles) {
    out +=
        fmt::format("  classDef {} fill:{},stroke:{}\n", style.className, style.fill, style.stroke);
  }
  return out;
}

constexpr std::string_view kChangeClasses =
    "  classDef added fill:#e8f5e9,stroke:#2e7d32,stroke-width:3px\n"
    "  classDef removed fill:#ffebee,stroke:#c62828,stroke-dasharray:5 5\n"
    "  classDef modified fill:#fffde7,stroke:#f9a825\n"
    "  classDef replaced fill:#fff3e0,stroke:#e65100,stroke-width:3px\n";

std::string oneLine(std::string_view text) {
  std::string out;
  for (const char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
  return out;
}

/// The last resort, for a limit too small even for a summary.
constexpr std::string_view kTooLargeDiagram =
    "flowchart TB\n  summary[\"The diagram is too long to draw here\"]\n";

/// The longest title a summary writes, in bytes; with at most one node per kind and change,
/// this bounds the summary's whole size (a few thousand characters).
constexpr std::size_t kSummaryTitleBytes = 200;

/// When even a fully collapsed diagram is too long: one node per kind of element (and change),
/// with its count, so the picture still says what there is and fits any limit of a few thousand
/// characters whatever the template's size.
std::string summaryDiagram(const Topology& topology, std::string_view title, std::size_t drawn) {
  std::map<std::pair<NodeKind, Change>, std::size_t> counts;
  bool changed = false;
  for (const Node& node : topology.nodes) {
    ++counts[{node.kind, node.change}];
    changed = changed || node.change != Change::None;
  }
  std::string out = "flowchart TB\n";
  if (!title.empty()) {
    out += fmt::format("  %% {}\n", oneLine(prefixOfBytes(title, kSummaryTitleBytes)));
  }
  out += fmt::format(
      "  summary[{}]\n",
      label(fmt::format("Summary: the diagram is too long to draw here ({} characters even "
                        "when collapsed)\n{} VPC{}",
                        drawn, topology.vpcs.size(), topology.vpcs.size() == 1 ? "" : "s")));
  std::size_t index = 0;
  for (const auto& [key, count] : counts) {
    const auto [kind, change] = key;
    const std::string_view changeClass = changeClassOf(change);
    const std::string_view name = kindName(kind);
    const bool plural = count != 1 && !name.ends_with('s');
    out +=
        fmt::format("  s{}[{}]:::{}\n", index++,
                    label(fmt::format("{}{} {}{}", markOf(change), count, name, plural ? "s" : "")),
                    changeClass.empty() ? styleOf(kind).className : changeClass);
  }
  out += kindClasses();
  if (changed) out += kChangeClasses;
  return out;
}

/// The link styles: one per edge kind (in `EdgeKind` order), then added and removed links.
enum LinkStyle : std::size_t {
  kRouteLink,
  kOpenLink,
  kBlockedLink,
  kUnknownLink,
  kAddedLink,
  kRemovedLink,
  kLinkStyleCount
};

constexpr std::array<std::string_view, kLinkStyleCount> kLinkStyles = {
    "stroke:#455a64",
    "stroke:#2e7d32,stroke-width:2px",
    "stroke:#c62828,stroke-width:2px,color:#c62828",
    "stroke:#9e9e9e",
    "stroke:#2e7d32,stroke-width:3px",
    "stroke:#c62828,stroke-width:2px,stroke-dasharray:5 5"};

LinkStyle linkStyleOf(const Edge& edge) {
  if (edge.change == Change::Added) return kAddedLink;
  if (edge.change == Change::Removed) return kRemovedLink;
  switch (edge.kind) {
    case EdgeKind::Route: return kRouteLink;
    case EdgeKind::Open: return kOpenLink;
    case EdgeKind::Blocked: return kBlockedLink;
    case EdgeKind::Unknown: return kUnknownLink;
  }
  return kUnknownLink;
}

class MermaidWriter {
 public:
  explicit MermaidWriter(const Topology& topology)
      : topology_(topology), placement_(place(topology)) {
    for (const Node& node : topology.nodes) changed_ = changed_ || node.change != Change::None;
  }

  std::string write(std::string_view title) {
    out_ += "flowchart TB\n";
    if (!title.empty()) out_ += fmt::format("  %% {}\n", oneLine(title));
    for (std::size_t vpc = 0; vpc < topology_.vpcs.size(); ++vpc) writeVpc(vpc);
    for (std::size_t node : placement_.outside) writeNode(node, "  ");
    // Link styles by kind, then (in a picture of a change) added and removed links.
    std::array<std::vector<std::size_t>, kLinkStyleCount> linksOfKind;
    for (std::size_t i = 0; i < topology_.edges.size(); ++i) {
      const Edge& edge = topology_.edges[i];
      const std::string text = std::string(markOf(edge.change)) + edge.label;
      const std::string_view arrow = edge.kind == EdgeKind::Route  ? "-->"
                                     : edge.kind == EdgeKind::Open ? "==>"
                                                                   : "-.->";
      if (text.empty()) {
        out_ += fmt::format("  n{} {} n{}\n", edge.from, arrow, edge.to);
      } else {
        out_ += fmt::format("  n{} {}|{}| n{}\n", edge.from, arrow, label(text), edge.to);
      }
      linksOfKind[linkStyleOf(edge)].push_back(i);
    }
    for (std::size_t kind = 0; kind < linksOfKind.size(); ++kind) {
      if (linksOfKind[kind].empty()) continue;
      out_ +=
          fmt::format("  linkStyle {} {}\n", fmt::join(linksOfKind[kind], ","), kLinkStyles[kind]);
    }
    out_ += kindClasses();
    if (changed_) out_ += kChangeClasses;
    return std::move(out_);
  }

 private:
  void writeNode(std::size_t index, std::string_view indent) {
    const Node& node = topology_.nodes[index];
    const std::string detail = placementDetail(topology_, node);
    const std::string text = fmt::format("{}{}\n{}{}{}", markOf(node.change), kindName(node.kind),
                                         node.label, detail.empty() ? "" : "\n", detail);
    const std::string_view changeClass = changeClassOf(node.change);
    out_ += fmt::format("{}n{}[{}]:::{}\n", indent, index, label(text),
                        changeClass.empty() ? styleOf(node.kind).className : changeClass);
  }

  // Subgraph titles stay on one line: Mermaid makes no room for a second one, which the boxes
  // inside then cover.
  void writeVpc(std::size_t vpc) {
    const Vpc& box = topology_.vpcs[vpc];
    const std::string title = vpcTitle(box, " \u00b7 ");
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
    const std::string title = fmt::format("{}{} \u00b7 {}", markOf(subnet.change), subnet.label,
                                          subnetLine(subnet, ", "));
    out_ += fmt::format("      subgraph n{}[{}]\n", index, label(title));
    for (std::size_t member : placement_.membersOfSubnet[index]) writeNode(member, "        ");
    out_ += "      end\n";
    out_ += fmt::format("      style n{} fill:{}\n", index,
                        subnet.tier == Tier::Public ? "#f1f8e9" : "#e8eaf6");
  }

  const Topology& topology_;
  const Placement placement_;
  std::string out_;
  /// A picture of a change: the change classes are defined.
  bool changed_ = false;
};

}  // namespace

std::string renderMermaid(const Topology& topology, const RenderOptions& options) {
  std::string text = MermaidWriter(topology).write(options.title);
  // Each step keeps fewer of each repeated kind per box; the last keeps none but a count.
  // Sizes are in bytes, never fewer than Mermaid's own count (UTF-16 code units).
  for (const std::size_t keep : {8u, 4u, 2u, 1u, 0u}) {
    if (text.size() <= options.mermaidLimit) return text;
    text = MermaidWriter(collapseRepeated(topology, keep)).write(options.title);
  }
  if (text.size() <= options.mermaidLimit) return text;
  // Collapsing cannot merge single elements (40 VPCs of 10 zones stay 400 boxes).
  std::string summary = summaryDiagram(topology, options.title, text.size());
  if (summary.size() <= options.mermaidLimit) return summary;
  return std::string(kTooLargeDiagram);
}

}  // namespace vpcsynth::graph
