// The structure the picture is drawn in: VPC boxes, zone columns, and the subnets in them with
// their tier.
#include <fmt/format.h>

#include <algorithm>

#include "graph/topology_builder.h"
#include "lint/deploy_support.h"
#include "lint/template_values.h"
#include "net/cidr.h"

namespace vpcsynth::graph {
namespace {

using lint::Resource;

constexpr std::string_view kUnknownZone = "zone unknown";

/// The column a zone key is drawn in, with the order columns take: GetAZs indexes first in
/// numeric order, then literal names and zone IDs sorted, then the unknown zone.
struct ZoneColumn {
  int group = 0;
  long index = 0;
  std::string label;
  auto operator<=>(const ZoneColumn&) const = default;
};

ZoneColumn zoneColumn(const Resource& subnet) {
  const std::optional<lint::ZoneKey> key = lint::zoneKey(subnet);
  if (!key) return {2, 0, std::string(kUnknownZone)};
  if (key->kind == lint::ZoneKey::Kind::GetAzsIndex) {
    return {0, key->index, fmt::format("zone {}", key->index)};
  }
  return {1, 0, key->name};
}

std::string cidrText(const lint::LintContext& context, const Resource& resource) {
  const Value* block = resource.property("CidrBlock");
  if (!block) return {};
  if (std::optional<net::Cidr> cidr = lint::evaluateCidr(context, *block)) {
    return net::formatCidr(*cidr);
  }
  return {};
}

Tier tierOf(const lint::NetworkModel& network, const Resource& subnet) {
  if (network.defaultRouteToInternetGateway(subnet)) return Tier::Public;
  if (network.routeTableUnknown(subnet)) return Tier::Unknown;
  return Tier::Private;
}

}  // namespace

void addVpcAndSubnetNodes(TopologyBuilder& builder) {
  const lint::LintContext& context = builder.context();
  for (const Resource* vpc : context.resourcesOfType("AWS::EC2::VPC")) {
    builder.addVpc(*vpc, cidrText(context, *vpc));
  }
  const std::vector<const Resource*> subnets = context.resourcesOfType("AWS::EC2::Subnet");
  std::vector<ZoneColumn> columns;
  columns.reserve(subnets.size());
  for (const Resource* subnet : subnets) columns.push_back(zoneColumn(*subnet));
  std::vector<ZoneColumn> sorted = columns;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  for (const ZoneColumn& column : sorted) builder.addZone(column.label);
  for (std::size_t i = 0; i < subnets.size(); ++i) {
    const Resource& subnet = *subnets[i];
    Node node = resourceNode(NodeKind::Subnet, subnet);
    node.detail = cidrText(context, subnet);
    const std::size_t vpc = builder.vpcIndex(builder.network().vpcOf(subnet));
    node.vpc = vpc == kNone ? builder.externalVpc() : vpc;
    node.zone = static_cast<std::size_t>(
        std::lower_bound(sorted.begin(), sorted.end(), columns[i]) - sorted.begin());
    node.tier = tierOf(builder.network(), subnet);
    builder.addNode(std::move(node));
  }
}

}  // namespace vpcsynth::graph
