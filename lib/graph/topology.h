#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lint/lint_context.h"

namespace vpcsynth::graph {

/// "No index": a node outside any VPC box, an edge end that is not there.
inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

enum class NodeKind : unsigned char {
  Subnet,
  InternetGateway,
  NatGateway,
  VpcEndpoint,
  VpnGateway,
  TransitGateway,
  PeeringConnection,
  CustomerGateway,
  /// The address ranges behind a VPN gateway (from its routes and static VPN routes).
  OnPremises,
  Cluster,
  /// A Redshift Serverless workgroup: drawn like a cluster, named for what it is.
  Workgroup,
  Function,
  /// Any other resource that puts network interfaces in the template's subnets.
  Interface,
  /// An AWS service API that a function calls.
  Service,
};

/// How a subnet's route table sends its default route: through an Internet Gateway (public),
/// elsewhere or nowhere (private), or a table the template does not declare (unknown).
enum class Tier : unsigned char { Public, Private, Unknown };

/// For a picture of what a change does (`diff --format markdown`): how an element changed.
enum class Change : unsigned char { None, Added, Removed, Modified, Replaced };

struct Node {
  NodeKind kind = NodeKind::Interface;
  /// Unique among the nodes: the logical ID, or for made-up nodes a name no logical ID can take
  /// ("service:ssm", "on-premises:VpnGateway").
  std::string id;
  /// What the picture writes first: the logical ID, or the service's name.
  std::string label;
  /// What it writes second: a CIDR, a port, a resource type.
  std::string detail;
  /// The VPC box it is drawn in (an index into `Topology::vpcs`), or kNone.
  std::size_t vpc = kNone;
  /// Subnets only: the zone column (an index into `Topology::zones`) and the tier.
  std::size_t zone = kNone;
  Tier tier = Tier::Private;
  /// Resources: the subnets (node indexes) they have interfaces in, in template order.
  std::vector<std::size_t> subnets;
  /// Resources: the template names subnets that it does not declare (imports, parameters).
  bool externalSubnets = false;
  Change change = Change::None;
};

struct Vpc {
  std::string id;
  /// The literal or computable `CidrBlock`; empty when it cannot be known.
  std::string cidr;
  /// True for the box of subnets whose VPC the template does not declare.
  bool external = false;
};

enum class EdgeKind : unsigned char { Route, Open, Blocked, Unknown };

struct Edge {
  std::size_t from = kNone;  // node indexes
  std::size_t to = kNone;
  EdgeKind kind = EdgeKind::Route;
  /// A route's destination; a path's port or protocol, and for a blocked path the hop that
  /// stops it.
  std::string label;
  Change change = Change::None;
};

/// What `vpcsynth graph` draws, from one template: the VPCs, the zone columns, subnets and the
/// resources in them, gateways, and edges for the routes and for the lint engine's reachability
/// verdicts. Everything is in template order except zones (see `zones`), so output is
/// deterministic.
struct Topology {
  std::vector<Vpc> vpcs;
  /// Zone column labels: "zone 0", "zone 1", ... (from `!Select [i, !GetAZs '']`), then literal
  /// names sorted, then "zone unknown".
  std::vector<std::string> zones;
  std::vector<Node> nodes;
  std::vector<Edge> edges;

  /// The node whose id is `id`, or kNone.
  std::size_t find(std::string_view id) const;
};

/// Builds the topology of a template read as `lint` reads it.
Topology buildTopology(const lint::LintContext& context);

}  // namespace vpcsynth::graph
