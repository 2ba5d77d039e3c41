#pragma once
// Internal to lib/graph: what the steps of `buildTopology` share. Each step lives in a file of
// its own (named in the comment above its declaration) and adds nodes or edges through
// `TopologyBuilder`, which keeps node IDs unique, edges free of repeats, and the box for
// subnets of VPCs the template does not declare.

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/topology.h"
#include "lint/lint_context.h"
#include "lint/network_model.h"
#include "lint/redshift_topology.h"

namespace vpcsynth::graph {

class TopologyBuilder {
 public:
  explicit TopologyBuilder(const lint::LintContext& context)
      : context_(context), network_(context) {}

  const lint::LintContext& context() const { return context_; }
  const lint::NetworkModel& network() const { return network_; }
  const Topology& topology() const { return topology_; }
  const Node& node(std::size_t index) const { return topology_.nodes[index]; }

  /// Adds a node (its subnets that are not nodes make it count as having subnets outside the
  /// template) and returns its index.
  std::size_t addNode(Node node);
  /// The node drawn for `resource`, or kNone.
  std::size_t nodeOf(const lint::Resource* resource) const;
  /// The node whose id is `id`, or kNone.
  std::size_t nodeWithId(std::string_view id) const;

  /// Adds a zone column label (in column order).
  void addZone(std::string label) { topology_.zones.push_back(std::move(label)); }
  /// Adds the box of a VPC the template declares.
  void addVpc(const lint::Resource& vpc, std::string cidr);
  /// The box index of a VPC the template declares, or kNone.
  std::size_t vpcIndex(const lint::Resource* vpc) const;
  /// The box of subnets whose VPC the template does not declare, made when first needed.
  std::size_t externalVpc();

  /// Adds an edge unless an end is missing, both ends are one node, or the same edge (ends and
  /// label) is already there.
  void addEdge(std::size_t from, std::size_t to, EdgeKind kind, std::string label);

  Topology take() { return std::move(topology_); }

 private:
  const lint::LintContext& context_;
  const lint::NetworkModel network_;
  Topology topology_;
  std::unordered_map<std::string, std::size_t> byId_;
  std::unordered_map<const lint::Resource*, std::size_t> vpcIndex_;
  std::size_t externalVpc_ = kNone;
  std::set<std::tuple<std::size_t, std::size_t, std::string>> edgeKeys_;
};

/// A node for a resource of the template: its logical ID is its id and its label.
Node resourceNode(NodeKind kind, const lint::Resource& resource);

/// A NAT gateway with `ConnectivityType: private` translates for other VPCs and on-premises
/// networks, never to the Internet. (gateway_nodes.cc)
bool isPrivateNat(const lint::Resource& nat);

// The steps, in the order `buildTopology` takes them.

/// The VPC boxes, the zone columns and the subnets in them. (vpc_and_subnet_nodes.cc)
void addVpcAndSubnetNodes(TopologyBuilder& builder);

/// Internet, NAT, VPN, customer and transit gateways and peering connections. (gateway_nodes.cc)
void addGatewayNodes(TopologyBuilder& builder);

/// The resources whose reachability `addVerdictEdges` draws.
struct ClustersAndFunctions {
  std::vector<lint::ClusterTopology> clusters;
  std::vector<const lint::Resource*> functions;
};

/// VPC endpoints, Redshift clusters and workgroups, Lambda functions, and any other resource
/// with network interfaces in the template's subnets. (resource_nodes.cc)
ClustersAndFunctions addResourceNodes(TopologyBuilder& builder);

/// The address ranges routed to each VPN gateway (a node index): the on-premises networks.
using OnPremisesRanges = std::map<std::size_t, std::set<std::string>>;

/// Each subnet's routes, VPN route propagation, and the way out of each NAT gateway; returns
/// the ranges routed to VPN gateways. (route_edges.cc)
OnPremisesRanges addRouteEdges(TopologyBuilder& builder);

/// VPN connections, and the on-premises networks behind them. (vpn_links.cc)
void addVpnLinks(TopologyBuilder& builder, OnPremisesRanges ranges);

/// The lint engine's reachability verdicts: functions to clusters and to the AWS services they
/// call. (verdict_edges.cc)
void addVerdictEdges(TopologyBuilder& builder, const ClustersAndFunctions& ends);

}  // namespace vpcsynth::graph
