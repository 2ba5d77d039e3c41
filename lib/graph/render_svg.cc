// The SVG form, laid out by hand on a grid: each VPC is a box with one column per zone and one
// row per subnet tier (public above private), so the picture reads like the architecture
// diagrams it replaces. A resource in several subnets is drawn in each. Internet and VPN
// gateways sit on the VPC's top and bottom edges, AWS service APIs in a column on the right, and
// the lint engine's verdicts in a list below: lines between boxes are drawn for routes only,
// which keeps them short and uncrossed without a layout engine.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "graph/display_names.h"
#include "graph/node_style.h"
#include "graph/placement.h"
#include "graph/render.h"
#include "graph/svg_writer.h"

namespace vpcsynth::graph {
namespace {

constexpr int kMargin = 20;
constexpr int kPad = 12;
constexpr int kChipHeight = 34;
constexpr int kChipGap = 6;
constexpr int kSubnetHeader = 40;
constexpr int kZoneHeader = 24;
constexpr int kVpcHeader = 30;
constexpr int kGap = 12;
constexpr int kMinChipWidth = 150;
constexpr std::size_t kMaxCharacters = 60;
constexpr int kPathLine = 18;
constexpr std::size_t kPathCharacters = 130;

struct Box {
  int x = 0, y = 0, width = 0, height = 0;
  int centerX() const { return x + width / 2; }
  int bottom() const { return y + height; }
  int right() const { return x + width; }
};

std::string chipKindLine(const Node& node) {
  std::string line(kindName(node.kind));
  if (!node.detail.empty()) line += " \u00b7 " + node.detail;
  if (node.externalSubnets)
    line += node.subnets.empty() ? " \u00b7 subnets outside the template"
                                 : " \u00b7 and outside subnets";
  return shorten(line, kMaxCharacters);
}

int chipWidth(const Node& node) {
  return std::max({kMinChipWidth, textWidth(chipKindLine(node), 10) + 16,
                   textWidth(shorten(node.label, kMaxCharacters), 12, true) + 16});
}

/// Wraps `text` into lines of at most `width` characters at spaces.
std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
    start = end + 1;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

class SvgLayout {
 public:
  explicit SvgLayout(const Topology& topology)
      : topology_(topology),
        placement_(place(topology)),
        chips_(topology.nodes.size()),
        subnetBoxes_(topology.nodes.size()) {
    const std::size_t vpcCount = topology.vpcs.size();
    chipsOfSubnet_.resize(topology.nodes.size());
    bandOfVpc_.resize(vpcCount);
    topOfVpc_.resize(vpcCount);
    bottomOfVpc_.resize(vpcCount);
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
      const Node& node = topology.nodes[i];
      if (node.kind == NodeKind::Subnet) continue;
      if (node.kind == NodeKind::Service) {
        services_.push_back(i);
      } else if (!node.subnets.empty()) {
        for (std::size_t subnet : node.subnets) chipsOfSubnet_[subnet].push_back(i);
      } else if (node.vpc == kNone) {
        outside_.push_back(i);
      } else if (node.kind == NodeKind::InternetGateway) {
        topOfVpc_[node.vpc].push_back(i);
      } else if (node.kind == NodeKind::VpnGateway) {
        bottomOfVpc_[node.vpc].push_back(i);
      } else {
        bandOfVpc_[node.vpc].push_back(i);
      }
    }
    // NAT gateways go last in their subnet, nearest the private subnets whose routes point up
    // at them, so those lines cross no other box.
    for (std::vector<std::size_t>& chips : chipsOfSubnet_) {
      std::stable_partition(chips.begin(), chips.end(), [&topology](std::size_t node) {
        return topology.nodes[node].kind != NodeKind::NatGateway;
      });
    }
  }

  std::string draw(std::string_view title) {
    int y = kMargin;
    svg_.text(kMargin, y + 16, title, 16, "#263238", true);
    y += 34;
    int right = kMargin + textWidth(title, 16, true);
    for (std::size_t vpc = 0; vpc < topology_.vpcs.size(); ++vpc) {
      const Box box = drawVpc(vpc, y);
      right = std::max(right, box.right());
      y = box.bottom() + (bottomOfVpc_[vpc].empty() ? kGap * 2 : kChipHeight + kGap * 4);
    }
    if (!outside_.empty()) {
      const Box row = drawRow("Outside the template\u2019s VPCs", outside_, kMargin, y);
      right = std::max(right, row.right());
      y = row.bottom() + kGap * 2;
    }
    if (!services_.empty()) {
      const Box column = drawServices(right + kGap * 4);
      right = column.right();
      y = std::max(y, column.bottom() + kGap * 2);
    }
    drawRoutes();
    drawChips();
    const Box paths = drawPaths(y);
    right = std::max(right, paths.right());
    return svg_.document(right + kMargin, std::max(paths.bottom(), y) + kMargin, title);
  }

 private:
  /// The size of a subnet's box, from its header and chips.
  Box measureSubnet(std::size_t subnet) const {
    const Node& node = topology_.nodes[subnet];
    int width =
        std::max(textWidth(node.label, 12, true), textWidth(subnetLine(node, " \u00b7 "), 10));
    for (std::size_t chip : chipsOfSubnet_[subnet]) {
      width = std::max(width, chipWidth(topology_.nodes[chip]));
    }
    const int chips = static_cast<int>(chipsOfSubnet_[subnet].size());
    return {0, 0, width + 20, kSubnetHeader + chips * (kChipHeight + kChipGap) + 4};
  }

  Box drawVpc(std::size_t vpc, int top) {
    const std::vector<std::size_t>& zones = placement_.zonesOfVpc[vpc];
    std::vector<int> columnWidths;
    for (std::size_t zone : zones) {
      int width = textWidth(topology_.zones[zone], 11, true);
      for (std::size_t subnet : placement_.subnetsOfCell[vpc][zone]) {
        width = std::max(width, measureSubnet(subnet).width);
      }
      columnWidths.push_back(width);
    }
    // Rows: one per tier present, each as tall as its tallest cell.
    std::vector<Tier> tiers;
    std::vector<int> rowHeights;
    for (const Tier tier : {Tier::Public, Tier::Private, Tier::Unknown}) {
      int height = 0;
      for (std::size_t zone : zones) {
        int cell = 0;
        for (std::size_t subnet : placement_.subnetsOfCell[vpc][zone]) {
          if (topology_.nodes[subnet].tier == tier) cell += measureSubnet(subnet).height + kGap;
        }
        height = std::max(height, cell);
      }
      if (height > 0) {
        tiers.push_back(tier);
        rowHeights.push_back(height);
      }
    }
    const Vpc& info = topology_.vpcs[vpc];
    const std::string header = vpcTitle(info, " \u00b7 ");
    int innerWidth = textWidth(header, 13, true);
    int columnsWidth = 0;
    for (int width : columnWidths) columnsWidth += width + kGap;
    innerWidth = std::max(innerWidth, columnsWidth - kGap);
    int bandWidth = 0;
    for (std::size_t node : bandOfVpc_[vpc]) bandWidth += chipWidth(topology_.nodes[node]) + kGap;
    innerWidth = std::max(innerWidth, bandWidth - kGap);
    for (const auto* edge : {&topOfVpc_[vpc], &bottomOfVpc_[vpc]}) {
      int width = 0;
      for (std::size_t node : *edge) width += chipWidth(topology_.nodes[node]) + kGap;
      innerWidth = std::max(innerWidth, width);
    }

    const int vpcTop = top + (topOfVpc_[vpc].empty() ? 0 : kChipHeight + kGap * 2);
    Box box{kMargin, vpcTop, innerWidth + 2 * kPad, 0};
    int y = vpcTop + kVpcHeader + (zones.empty() ? 0 : kZoneHeader);
    for (int height : rowHeights) y += height;
    if (!bandOfVpc_[vpc].empty()) y += kChipHeight + kGap;
    box.height = y - vpcTop + kPad;
    svg_.rect(box.x, box.y, box.width, box.height, info.external ? "#fafafa" : "#f7f9fb", "#546e7a",
              10, info.external ? "6 4" : "");
    svg_.text(box.x + kPad, box.y + 20, header, 13, "#37474f", true);

    int x = box.x + kPad;
    for (std::size_t column = 0; column < zones.size(); ++column) {
      const std::size_t zone = zones[column];
      svg_.text(x, vpcTop + kVpcHeader + 14, topology_.zones[zone], 11, "#607d8b", true);
      int rowTop = vpcTop + kVpcHeader + kZoneHeader;
      for (std::size_t row = 0; row < tiers.size(); ++row) {
        int cellY = rowTop;
        for (std::size_t subnet : placement_.subnetsOfCell[vpc][zone]) {
          if (topology_.nodes[subnet].tier != tiers[row]) continue;
          Box subnetBox = measureSubnet(subnet);
          subnetBox.x = x;
          subnetBox.y = cellY;
          subnetBox.width = columnWidths[column];
          drawSubnet(subnet, subnetBox);
          cellY += subnetBox.height + kGap;
        }
        rowTop += rowHeights[row];
      }
      x += columnWidths[column] + kGap;
    }
    if (!bandOfVpc_[vpc].empty()) {
      placeChipsInRow(bandOfVpc_[vpc], box.x + kPad, box.bottom() - kPad - kChipHeight);
    }
    // Gateways sit just outside the VPC's top and bottom edges, where their traffic leaves.
    placeChipsCentered(topOfVpc_[vpc], box, box.y - kChipHeight - kGap);
    placeChipsCentered(bottomOfVpc_[vpc], box, box.bottom() + kGap);
    return box;
  }

  void drawSubnet(std::size_t subnet, const Box& box) {
    const Node& node = topology_.nodes[subnet];
    subnetBoxes_[subnet] = box;
    svg_.rect(box.x, box.y, box.width, box.height,
              node.tier == Tier::Public ? "#f1f8e9" : "#e8eaf6",
              node.tier == Tier::Public ? "#7cb342" : "#5c6bc0", 6,
              node.tier == Tier::Unknown ? "4 3" : "");
    svg_.text(box.x + 10, box.y + 17, node.label, 12, "#263238", true);
    svg_.text(box.x + 10, box.y + 31, subnetLine(node, " \u00b7 "), 10, "#455a64");
    int y = box.y + kSubnetHeader;
    for (std::size_t chip : chipsOfSubnet_[subnet]) {
      chips_[chip].push_back({box.x + 10, y, box.width - 20, kChipHeight});
      y += kChipHeight + kChipGap;
    }
  }

  void placeChipsInRow(const std::vector<std::size_t>& nodes, int x, int y) {
    for (std::size_t node : nodes) {
      const int width = chipWidth(topology_.nodes[node]);
      chips_[node].push_back({x, y, width, kChipHeight});
      x += width + kGap;
    }
  }

  void placeChipsCentered(const std::vector<std::size_t>& nodes, const Box& box, int y) {
    int total = 0;
    for (std::size_t node : nodes) total += chipWidth(topology_.nodes[node]) + kGap;
    placeChipsInRow(nodes, box.centerX() - (total - kGap) / 2, y);
  }

  Box drawRow(std::string_view caption, const std::vector<std::size_t>& nodes, int x, int y) {
    svg_.text(x, y + 12, caption, 11, "#607d8b", true);
    placeChipsInRow(nodes, x, y + 20);
    int right = x + textWidth(caption, 11, true);
    for (std::size_t node : nodes) right = std::max(right, chips_[node].back().right());
    return {x, y, right - x, 20 + kChipHeight};
  }

  Box drawServices(int x) {
    int y = kMargin + 34;
    svg_.text(x, y + 12, "AWS service APIs", 11, "#607d8b", true);
    y += 20;
    int width = textWidth("AWS service APIs", 11, true);
    for (std::size_t service : services_) {
      const int chip = chipWidth(topology_.nodes[service]);
      chips_[service].push_back({x, y, chip, kChipHeight});
      width = std::max(width, chip);
      y += kChipHeight + kChipGap;
    }
    return {x, kMargin, width, y - kMargin};
  }

  void drawChips() {
    for (std::size_t i = 0; i < chips_.size(); ++i) {
      const Node& node = topology_.nodes[i];
      const NodeStyle& colors = styleOf(node.kind);
      for (const Box& chip : chips_[i]) {
        svg_.rect(chip.x, chip.y, chip.width, chip.height, colors.fill, colors.stroke, 5);
        svg_.text(chip.x + 8, chip.y + 13, chipKindLine(node), 10, "#546e7a");
        svg_.text(chip.x + 8, chip.y + 27, shorten(node.label, kMaxCharacters), 12, "#212121",
                  true);
      }
    }
  }

  /// The boxes an edge end may be drawn from: a subnet's box, or each chip of a resource.
  std::vector<Box> boxesOf(std::size_t node) const {
    if (topology_.nodes[node].kind == NodeKind::Subnet) {
      const Box& box = subnetBoxes_[node];
      return box.width > 0 ? std::vector<Box>{box} : std::vector<Box>{};
    }
    return chips_[node];
  }

  void drawRoutes() {
    for (const Edge& edge : topology_.edges) {
      if (edge.kind != EdgeKind::Route) continue;
      const Node& from = topology_.nodes[edge.from];
      // A NAT gateway's way out is its subnet's route, drawn already from the subnet.
      if (from.kind == NodeKind::NatGateway) continue;
      const std::vector<Box> starts = boxesOf(edge.from);
      const std::vector<Box> ends = boxesOf(edge.to);
      if (starts.empty() || ends.empty()) continue;
      // The closest pair of boxes, so a subnet's route goes to the NAT gateway of its column.
      const Box* start = &starts.front();
      const Box* end = &ends.front();
      long best = -1;
      for (const Box& a : starts) {
        for (const Box& b : ends) {
          const long dx = a.centerX() - b.centerX();
          const long dy = (a.y + a.height / 2) - (b.y + b.height / 2);
          const long distance = dx * dx + dy * dy;
          if (best < 0 || distance < best) {
            best = distance;
            start = &a;
            end = &b;
          }
        }
      }
      drawLine(*start, *end, edge.label);
    }
  }

  void drawLine(const Box& from, const Box& to, std::string_view label) {
    int x1 = from.centerX();
    int x2 = to.centerX();
    int y1 = 0;
    int y2 = 0;
    if (to.bottom() <= from.y) {
      y1 = from.y;
      y2 = to.bottom();
    } else if (to.y >= from.bottom()) {
      y1 = from.bottom();
      y2 = to.y;
    } else {
      y1 = from.y + from.height / 2;
      y2 = to.y + to.height / 2;
      x1 = to.x >= from.right() ? from.right() : from.x;
      x2 = to.x >= from.right() ? to.x : to.right();
    }
    svg_.arrow(x1, y1, x2, y2, "#546e7a");
    // The label goes beside the start of the line, in the free space right of a box's centre.
    if (!label.empty()) {
      svg_.text(x1 + 4, y2 < y1 ? y1 - 4 : y1 + 11, label, 9, "#37474f");
    }
  }

  Box drawPaths(int top) {
    std::vector<const Edge*> paths;
    for (const Edge& edge : topology_.edges) {
      if (edge.kind != EdgeKind::Route) paths.push_back(&edge);
    }
    if (paths.empty()) return {kMargin, top, 0, 0};
    int y = top;
    svg_.text(kMargin, y + 12, "Paths (lint reachability engine)", 11, "#607d8b", true);
    y += 20;
    int right = kMargin;
    for (const Edge* edge : paths) {
      const std::string_view color = edge->kind == EdgeKind::Open      ? "#2e7d32"
                                     : edge->kind == EdgeKind::Blocked ? "#c62828"
                                                                       : "#757575";
      const std::string_view verdict = edge->kind == EdgeKind::Open      ? "open"
                                       : edge->kind == EdgeKind::Blocked ? "BLOCKED"
                                                                         : "unknown";
      const std::string text =
          fmt::format("{} \u2192 {} \u00b7 {} \u00b7 {}", topology_.nodes[edge->from].label,
                      topology_.nodes[edge->to].label, verdict, edge->label);
      svg_.circle(kMargin + 5, y + 9, 5, color);
      for (const std::string& line : wrap(text, kPathCharacters)) {
        svg_.text(kMargin + 16, y + 13, line, 11,
                  edge->kind == EdgeKind::Blocked ? color : "#263238");
        right = std::max(right, kMargin + 16 + textWidth(line, 11));
        y += kPathLine;
      }
    }
    return {kMargin, top, right - kMargin, y - top};
  }

  const Topology& topology_;
  const Placement placement_;
  SvgWriter svg_;
  std::vector<std::vector<Box>> chips_;
  std::vector<Box> subnetBoxes_;
  std::vector<std::vector<std::size_t>> chipsOfSubnet_;
  std::vector<std::vector<std::size_t>> bandOfVpc_;
  std::vector<std::vector<std::size_t>> topOfVpc_;
  std::vector<std::vector<std::size_t>> bottomOfVpc_;
  std::vector<std::size_t> outside_;
  std::vector<std::size_t> services_;
};

}  // namespace

std::string renderSvg(const Topology& topology, const RenderOptions& options) {
  return SvgLayout(topology).draw(options.title);
}

}  // namespace vpcsynth::graph
