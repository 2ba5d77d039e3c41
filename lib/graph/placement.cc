#include "graph/placement.h"

#include <fmt/format.h>

#include <algorithm>

#include "graph/display_names.h"

namespace vpcsynth::graph {

std::size_t singleSubnet(const Node& node) {
  return node.kind != NodeKind::Subnet && node.subnets.size() == 1 ? node.subnets.front() : kNone;
}

Placement place(const Topology& topology) {
  Placement placement;
  const std::size_t vpcCount = topology.vpcs.size();
  const std::size_t zoneCount = topology.zones.size();
  placement.zonesOfVpc.resize(vpcCount);
  placement.subnetsOfCell.assign(vpcCount, std::vector<std::vector<std::size_t>>(zoneCount));
  placement.membersOfSubnet.resize(topology.nodes.size());
  placement.membersOfVpc.resize(vpcCount);
  for (const Tier tier : {Tier::Public, Tier::Private, Tier::Unknown}) {
    for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
      const Node& node = topology.nodes[i];
      if (node.kind == NodeKind::Subnet && node.tier == tier) {
        placement.subnetsOfCell[node.vpc][node.zone].push_back(i);
      }
    }
  }
  for (std::size_t vpc = 0; vpc < vpcCount; ++vpc) {
    for (std::size_t zone = 0; zone < zoneCount; ++zone) {
      if (!placement.subnetsOfCell[vpc][zone].empty()) placement.zonesOfVpc[vpc].push_back(zone);
    }
  }
  for (std::size_t i = 0; i < topology.nodes.size(); ++i) {
    const Node& node = topology.nodes[i];
    if (node.kind == NodeKind::Subnet) continue;
    if (const std::size_t subnet = singleSubnet(node); subnet != kNone && !node.externalSubnets) {
      placement.membersOfSubnet[subnet].push_back(i);
    } else if (node.vpc != kNone) {
      placement.membersOfVpc[node.vpc].push_back(i);
    } else {
      placement.outside.push_back(i);
    }
  }
  return placement;
}

std::string placementDetail(const Topology& topology, const Node& node) {
  std::string detail = node.detail;
  const auto append = [&detail](std::string_view text) {
    if (!detail.empty()) detail += "; ";
    detail += text;
  };
  if (node.kind != NodeKind::Subnet &&
      (node.subnets.size() > 1 || (node.subnets.size() == 1 && node.externalSubnets))) {
    std::vector<std::string_view> names;
    for (std::size_t subnet : node.subnets) names.push_back(topology.nodes[subnet].label);
    append(fmt::format("in {}", fmt::join(names, ", ")));
  }
  if (node.externalSubnets) {
    append(node.subnets.empty() ? "in subnets outside the template"
                                : "and subnets outside the template");
  }
  return detail;
}

std::string vpcTitle(const Vpc& vpc, std::string_view separator) {
  if (vpc.external) return vpc.id;
  if (vpc.cidr.empty()) return fmt::format("VPC {}", vpc.id);
  return fmt::format("VPC {}{}{}", vpc.id, separator, vpc.cidr);
}

std::string subnetLine(const Node& subnet, std::string_view separator) {
  std::string line(tierName(subnet.tier));
  if (!subnet.detail.empty()) line += fmt::format("{}{}", separator, subnet.detail);
  return line;
}

}  // namespace vpcsynth::graph
