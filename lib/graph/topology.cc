#include "graph/topology.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/resource_subnets.h"
#include "lint/deploy_support.h"
#include "lint/function_calls.h"
#include "lint/lambda_functions.h"
#include "lint/network_model.h"
#include "lint/reachability.h"
#include "lint/redshift_topology.h"
#include "lint/template_values.h"
#include "net/cidr.h"

namespace vpcsynth::graph {
namespace {

using lint::LintContext;
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

std::string cidrText(const LintContext& context, const Resource& resource) {
  const Value* block = resource.property("CidrBlock");
  if (!block) return {};
  if (std::optional<net::Cidr> cidr = lint::evaluateCidr(context, *block)) {
    return net::formatCidr(*cidr);
  }
  return {};
}

/// The last dot-separated part of a literal or `Fn::Sub` endpoint service name: "s3", "ssm".
std::string endpointServiceSuffix(const Resource& endpoint) {
  const Value* name = endpoint.property("ServiceName");
  if (!name) return {};
  const Value* text = name;
  if (name->isFunction(Function::Sub)) {
    const Value& argument = *name->functionCall().argument;
    text =
        argument.isSequence() && !argument.sequence().empty() ? &argument.sequence()[0] : &argument;
  }
  if (!text->isScalar()) return {};
  const std::string_view service = text->text();
  const std::size_t dot = service.rfind('.');
  const std::string_view suffix = dot == std::string_view::npos ? service : service.substr(dot + 1);
  return suffix.find('$') == std::string_view::npos ? std::string(suffix) : std::string();
}

/// A NAT gateway with `ConnectivityType: private` translates for other VPCs and on-premises
/// networks, never to the Internet.
bool isPrivateNat(const Resource& nat) {
  const Value* connectivity = nat.property("ConnectivityType");
  return connectivity && connectivity->isScalar() && connectivity->text() == "private";
}

class Builder {
 public:
  explicit Builder(const LintContext& context) : context_(context), network_(context) {}

  Topology build() {
    addVpcs();
    addSubnets();
    addGateways();
    addEndpoints();
    addClustersAndFunctions();
    addInterfaces();
    addRoutes();
    addVpnLinks();
    addVerdicts();
    return std::move(topology_);
  }

 private:
  std::size_t addNode(Node node) {
    // A subnet that is no node cannot be drawn in; it counts as one outside the template.
    if (std::erase(node.subnets, kNone) > 0) node.externalSubnets = true;
    topology_.nodes.push_back(std::move(node));
    const std::size_t index = topology_.nodes.size() - 1;
    byId_.emplace(topology_.nodes[index].id, index);
    return index;
  }

  std::size_t nodeOf(const Resource* resource) const {
    if (!resource) return kNone;
    const auto found = byId_.find(std::string(resource->name));
    return found == byId_.end() ? kNone : found->second;
  }

  std::size_t vpcIndex(const Resource* vpc) const {
    if (!vpc) return kNone;
    const auto found = vpcIndex_.find(vpc);
    return found == vpcIndex_.end() ? kNone : found->second;
  }

  /// The box of subnets whose VPC the template does not declare, made when first needed.
  std::size_t externalVpc() {
    if (externalVpc_ == kNone) {
      topology_.vpcs.push_back({"VPC outside the template", "", true});
      externalVpc_ = topology_.vpcs.size() - 1;
    }
    return externalVpc_;
  }

  void addEdge(std::size_t from, std::size_t to, EdgeKind kind, std::string label) {
    if (from == kNone || to == kNone || from == to) return;
    if (!edgeKeys_.emplace(from, to, label).second) return;
    topology_.edges.push_back({from, to, kind, std::move(label), Change::None});
  }

  void addVpcs() {
    for (const Resource* vpc : context_.resourcesOfType("AWS::EC2::VPC")) {
      vpcIndex_.emplace(vpc, topology_.vpcs.size());
      topology_.vpcs.push_back({std::string(vpc->name), cidrText(context_, *vpc), false});
    }
  }

  void addSubnets() {
    const std::vector<const Resource*> subnets = context_.resourcesOfType("AWS::EC2::Subnet");
    std::vector<ZoneColumn> columns;
    columns.reserve(subnets.size());
    for (const Resource* subnet : subnets) columns.push_back(zoneColumn(*subnet));
    std::vector<ZoneColumn> sorted = columns;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (const ZoneColumn& column : sorted) topology_.zones.push_back(column.label);
    for (std::size_t i = 0; i < subnets.size(); ++i) {
      const Resource& subnet = *subnets[i];
      Node node;
      node.kind = NodeKind::Subnet;
      node.id = std::string(subnet.name);
      node.label = node.id;
      node.detail = cidrText(context_, subnet);
      const std::size_t vpc = vpcIndex(network_.vpcOf(subnet));
      node.vpc = vpc == kNone ? externalVpc() : vpc;
      node.zone = static_cast<std::size_t>(
          std::lower_bound(sorted.begin(), sorted.end(), columns[i]) - sorted.begin());
      node.tier = tierOf(subnet);
      addNode(std::move(node));
    }
  }

  Tier tierOf(const Resource& subnet) const {
    if (network_.defaultRouteToInternetGateway(subnet)) return Tier::Public;
    if (network_.routeTableUnknown(subnet)) return Tier::Unknown;
    return Tier::Private;
  }

  /// The VPC a gateway is attached to by an `AWS::EC2::VPCGatewayAttachment`.
  const Resource* attachedVpc(const Resource& gateway, std::string_view key) const {
    for (const Resource* attachment : context_.resourcesOfType("AWS::EC2::VPCGatewayAttachment")) {
      const Value* named = attachment->property(key);
      if (named && context_.referencedResource(*named) == &gateway) {
        return network_.vpcOf(*attachment);
      }
    }
    return nullptr;
  }

  void addGateways() {
    for (const Resource& resource : context_.resources()) {
      Node node;
      node.id = std::string(resource.name);
      node.label = node.id;
      if (resource.type == "AWS::EC2::InternetGateway") {
        node.kind = NodeKind::InternetGateway;
        node.vpc = vpcIndex(attachedVpc(resource, "InternetGatewayId"));
      } else if (resource.type == "AWS::EC2::NatGateway") {
        node.kind = NodeKind::NatGateway;
        // `SubnetId` may name anything; only a subnet of the template places the NAT (anything
        // else leaves it outside the boxes, never inside another node).
        const Resource* subnet = network_.subnetOfNat(resource);
        const std::size_t subnetNode =
            subnet && subnet->type == "AWS::EC2::Subnet" ? nodeOf(subnet) : kNone;
        if (subnetNode != kNone) {
          node.subnets.push_back(subnetNode);
          node.vpc = topology_.nodes[subnetNode].vpc;
        } else if (!subnet) {
          node.externalSubnets = true;
        }
        if (isPrivateNat(resource)) {
          node.detail = "private";
        } else if (subnet && subnetNode == kNone) {
          node.detail = fmt::format("SubnetId names {}, not a subnet", subnet->name);
        }
      } else if (resource.type == "AWS::EC2::VPNGateway") {
        node.kind = NodeKind::VpnGateway;
        node.vpc = vpcIndex(attachedVpc(resource, "VpnGatewayId"));
      } else if (resource.type == "AWS::EC2::CustomerGateway") {
        node.kind = NodeKind::CustomerGateway;
        if (auto address = lint::literalText(resource.property("IpAddress"))) {
          node.detail = std::string(*address);
        }
      } else if (resource.type == "AWS::EC2::TransitGateway") {
        node.kind = NodeKind::TransitGateway;
      } else if (resource.type == "AWS::EC2::VPCPeeringConnection") {
        node.kind = NodeKind::PeeringConnection;
      } else {
        continue;
      }
      addNode(std::move(node));
    }
  }

  std::vector<std::size_t> subnetNodes(const lint::ResourceList& list, bool& external) const {
    std::vector<std::size_t> nodes;
    for (const Resource* subnet : list.resources) {
      if (subnet->type != "AWS::EC2::Subnet") continue;
      nodes.push_back(nodeOf(subnet));
    }
    external = !list.complete;
    return nodes;
  }

  std::size_t vpcOfSubnets(const std::vector<std::size_t>& subnets) const {
    return subnets.empty() ? kNone : topology_.nodes[subnets.front()].vpc;
  }

  void addEndpoints() {
    for (const Resource* endpoint : context_.resourcesOfType("AWS::EC2::VPCEndpoint")) {
      Node node;
      node.kind = NodeKind::VpcEndpoint;
      node.id = std::string(endpoint->name);
      node.label = node.id;
      const std::string service = endpointServiceSuffix(*endpoint);
      const std::string_view type = lint::endpointType(*endpoint);
      node.detail = fmt::format("{}{}{}", service.empty() ? "service computed" : service,
                                type.empty() ? "" : ", ", type);
      node.subnets =
          subnetNodes(lint::referencedResources(context_, endpoint->property("SubnetIds")),
                      node.externalSubnets);
      const std::size_t vpc = vpcIndex(network_.vpcOf(*endpoint));
      node.vpc = vpc != kNone ? vpc : vpcOfSubnets(node.subnets);
      addNode(std::move(node));
    }
  }

  void addClustersAndFunctions() {
    clusters_ = lint::clusterTopologies(context_);
    for (const lint::ClusterTopology& cluster : clusters_) {
      Node node;
      node.kind = cluster.isWorkgroup() ? NodeKind::Workgroup : NodeKind::Cluster;
      node.id = std::string(cluster.cluster->name);
      node.label = node.id;
      node.detail = fmt::format("TCP {}", cluster.port);
      node.subnets = subnetNodes(cluster.subnets, node.externalSubnets);
      node.vpc = vpcOfSubnets(node.subnets);
      addNode(std::move(node));
    }
    functions_ = lint::lambdaFunctions(context_);
    for (const Resource* function : functions_) {
      Node node;
      node.kind = NodeKind::Function;
      node.id = std::string(function->name);
      node.label = node.id;
      if (const Value* config = function->property("VpcConfig")) {
        node.subnets =
            subnetNodes(lint::functionSubnets(context_, *function), node.externalSubnets);
        node.externalSubnets |= !config->isMapping();
      }
      node.vpc = vpcOfSubnets(node.subnets);
      addNode(std::move(node));
    }
  }

  void addInterfaces() {
    const ResourceSubnets found = resourceSubnets(context_);
    for (const auto& [resource, subnets] : found.subnets) {
      if (nodeOf(resource) != kNone) continue;
      Node node;
      node.kind = NodeKind::Interface;
      node.id = std::string(resource->name);
      node.label = node.id;
      node.detail = std::string(resource->type);
      for (const Resource* subnet : subnets.resources) node.subnets.push_back(nodeOf(subnet));
      node.externalSubnets = !subnets.complete;
      node.vpc = vpcOfSubnets(node.subnets);
      addNode(std::move(node));
    }
  }

  std::string routeLabel(const lint::Route& route) const {
    if (!route.destination.empty()) return std::string(route.destination);
    if (route.block) return net::formatCidr(*route.block);
    if (const Value* v6 = route.resource->property("DestinationIpv6CidrBlock");
        v6 && v6->isScalar()) {
      return std::string(v6->text());
    }
    if (route.resource->property("DestinationPrefixListId")) return "prefix list";
    return "computed";
  }

  void addRoutes() {
    const std::size_t subnetCount = topology_.nodes.size();
    for (std::size_t i = 0; i < subnetCount; ++i) {
      if (topology_.nodes[i].kind != NodeKind::Subnet) continue;
      const Resource* subnet = context_.resource(topology_.nodes[i].id);
      const Resource* table = network_.routeTableOf(*subnet);
      if (!table) continue;
      for (const lint::Route& route : network_.routesOf(*table)) {
        const std::size_t target = nodeOf(route.target);
        addEdge(i, target, EdgeKind::Route, routeLabel(route));
        if (target != kNone && topology_.nodes[target].kind == NodeKind::VpnGateway) {
          addOnPremisesRange(target, routeLabel(route));
        }
      }
      if (network_.propagatesVpnRoutes(*table)) {
        for (std::size_t gateway = 0; gateway < topology_.nodes.size(); ++gateway) {
          if (topology_.nodes[gateway].kind == NodeKind::VpnGateway &&
              topology_.nodes[gateway].vpc == topology_.nodes[i].vpc) {
            addEdge(i, gateway, EdgeKind::Route, "propagated");
          }
        }
      }
    }
    // A NAT gateway sends what it translates out through its own subnet's routes.
    for (std::size_t i = 0; i < topology_.nodes.size(); ++i) {
      const Node& nat = topology_.nodes[i];
      if (nat.kind != NodeKind::NatGateway || nat.subnets.empty() ||
          isPrivateNat(*context_.resource(nat.id))) {
        continue;
      }
      const Resource* subnet = context_.resource(topology_.nodes[nat.subnets.front()].id);
      const Resource* table = network_.routeTableOf(*subnet);
      const lint::Route* route = table ? network_.defaultRoute(*table) : nullptr;
      if (route && route->target && route->target->type == "AWS::EC2::InternetGateway") {
        addEdge(i, nodeOf(route->target), EdgeKind::Route, "0.0.0.0/0");
      }
    }
  }

  void addOnPremisesRange(std::size_t gateway, const std::string& range) {
    onPremisesRanges_[gateway].insert(range);
  }

  /// The VPN gateway node a connection ends at, or kNone.
  std::size_t vpnGatewayOf(const Resource& connection) const {
    const Value* vgw = connection.property("VpnGatewayId");
    const std::size_t gateway = nodeOf(vgw ? context_.referencedResource(*vgw) : nullptr);
    return gateway != kNone && topology_.nodes[gateway].kind == NodeKind::VpnGateway ? gateway
                                                                                     : kNone;
  }

  /// Each `AWS::EC2::VPNConnectionRoute` is a range behind the VPN gateway of its own
  /// connection, not behind every VPN gateway of the template.
  void addVpnStaticRoutes() {
    for (const Resource* route : context_.resourcesOfType("AWS::EC2::VPNConnectionRoute")) {
      const Value* connectionId = route->property("VpnConnectionId");
      const Resource* connection =
          connectionId ? context_.referencedResource(*connectionId) : nullptr;
      if (!connection || connection->type != "AWS::EC2::VPNConnection") continue;
      const std::size_t gateway = vpnGatewayOf(*connection);
      const Value* destination = route->property("DestinationCidrBlock");
      const std::optional<net::Cidr> range =
          destination ? lint::evaluateCidr(context_, *destination) : std::nullopt;
      if (gateway != kNone && range) addOnPremisesRange(gateway, net::formatCidr(*range));
    }
  }

  /// VPN connections join VPN gateways to customer gateways; the ranges routed to a VPN
  /// gateway, and the VPN's static routes, are the on-premises networks behind them.
  void addVpnLinks() {
    addVpnStaticRoutes();
    std::map<std::size_t, std::vector<std::size_t>> customersOf;
    for (const Resource* connection : context_.resourcesOfType("AWS::EC2::VPNConnection")) {
      const Value* vgw = connection->property("VpnGatewayId");
      const Value* tgw = connection->property("TransitGatewayId");
      const Value* cgw = connection->property("CustomerGatewayId");
      const std::size_t gateway = nodeOf(vgw   ? context_.referencedResource(*vgw)
                                         : tgw ? context_.referencedResource(*tgw)
                                               : nullptr);
      const std::size_t customer = nodeOf(cgw ? context_.referencedResource(*cgw) : nullptr);
      addEdge(gateway, customer, EdgeKind::Route, fmt::format("VPN {}", connection->name));
      if (gateway != kNone && customer != kNone) customersOf[gateway].push_back(customer);
    }
    for (const auto& [gateway, ranges] : onPremisesRanges_) {
      std::vector<std::string> sorted(ranges.begin(), ranges.end());
      Node node;
      node.kind = NodeKind::OnPremises;
      node.id = fmt::format("on-premises:{}", topology_.nodes[gateway].id);
      node.label = "on-premises";
      node.detail = fmt::format("{}", fmt::join(sorted, ", "));
      const std::size_t onPremises = addNode(std::move(node));
      const auto customers = customersOf.find(gateway);
      if (customers == customersOf.end()) {
        addEdge(gateway, onPremises, EdgeKind::Route, "");
      } else {
        for (std::size_t customer : customers->second) {
          addEdge(customer, onPremises, EdgeKind::Route, "");
        }
      }
    }
  }

  static EdgeKind edgeKind(const lint::PathVerdict& verdict) {
    switch (verdict.kind) {
      case lint::PathVerdict::Kind::Open: return EdgeKind::Open;
      case lint::PathVerdict::Kind::Blocked: return EdgeKind::Blocked;
      case lint::PathVerdict::Kind::Unknown: return EdgeKind::Unknown;
    }
    return EdgeKind::Unknown;
  }

  static std::string verdictLabel(std::string_view what, const lint::PathVerdict& verdict) {
    if (verdict.isBlocked()) return fmt::format("{}: blocked by {}", what, verdict.hop);
    if (verdict.isOpen()) return std::string(what);
    return fmt::format("{}: unknown", what);
  }

  void addVerdicts() {
    if (functions_.empty()) return;
    const lint::Reachability reachability(context_);
    for (const lint::ClusterClient& client : lint::clusterClients(context_, clusters_)) {
      const lint::NetworkSource source = lint::functionSource(context_, *client.function);
      if (source.subnets.resources.empty()) continue;
      const lint::ClusterTopology& cluster = *client.cluster;
      const lint::ListeningTarget target{std::string(cluster.cluster->name), cluster.subnets,
                                         cluster.securityGroups, cluster.port};
      const lint::PathVerdict verdict = reachability.toListener(source, target);
      addEdge(nodeOf(client.function), nodeOf(cluster.cluster), edgeKind(verdict),
              verdictLabel(fmt::format("TCP {}", cluster.port), verdict));
    }
    const lint::FunctionCalls calls(context_);
    for (const Resource* function : functions_) {
      const lint::NetworkSource source = lint::functionSource(context_, *function);
      if (source.subnets.resources.empty()) continue;  // outside a VPC: AWS's own network
      for (const lint::AwsService* service : calls.servicesOf(*function)) {
        const std::string id = fmt::format("service:{}", service->endpoint);
        const auto known = byId_.find(id);
        std::size_t node = known == byId_.end() ? kNone : known->second;
        if (node == kNone) {
          node = addNode({NodeKind::Service,
                          id,
                          std::string(service->name),
                          fmt::format("{} API", service->endpoint),
                          kNone,
                          kNone,
                          Tier::Private,
                          {},
                          false,
                          Change::None});
        }
        const lint::PathVerdict verdict = reachability.toService(source, *service);
        addEdge(nodeOf(function), node, edgeKind(verdict), verdictLabel("HTTPS", verdict));
      }
    }
  }

  const LintContext& context_;
  const lint::NetworkModel network_;
  Topology topology_;
  std::unordered_map<std::string, std::size_t> byId_;
  std::unordered_map<const Resource*, std::size_t> vpcIndex_;
  std::size_t externalVpc_ = kNone;
  std::set<std::tuple<std::size_t, std::size_t, std::string>> edgeKeys_;
  std::map<std::size_t, std::set<std::string>> onPremisesRanges_;
  std::vector<lint::ClusterTopology> clusters_;
  std::vector<const Resource*> functions_;
};

}  // namespace

std::size_t Topology::find(std::string_view id) const {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].id == id) return i;
  }
  return kNone;
}

Topology buildTopology(const lint::LintContext& context) { return Builder(context).build(); }

std::string_view kindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::Subnet: return "subnet";
    case NodeKind::InternetGateway: return "Internet Gateway";
    case NodeKind::NatGateway: return "NAT gateway";
    case NodeKind::VpcEndpoint: return "VPC endpoint";
    case NodeKind::VpnGateway: return "VPN gateway";
    case NodeKind::TransitGateway: return "transit gateway";
    case NodeKind::PeeringConnection: return "peering connection";
    case NodeKind::CustomerGateway: return "customer gateway";
    case NodeKind::OnPremises: return "on-premises";
    case NodeKind::Cluster: return "Redshift cluster";
    case NodeKind::Workgroup: return "Redshift Serverless workgroup";
    case NodeKind::Function: return "Lambda function";
    case NodeKind::Interface: return "network interfaces";
    case NodeKind::Service: return "AWS service";
  }
  return "resource";
}

}  // namespace vpcsynth::graph
