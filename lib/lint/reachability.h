#pragma once

#include <string>

#include "lint/aws_services.h"
#include "lint/network_model.h"
#include "lint/path_verdict.h"
#include "lint/security_group_paths.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {

/// Where connections start: the network interfaces a function has in its subnets.
struct NetworkSource {
  /// As a finding names it: "function 'Query'".
  std::string name;
  ResourceList subnets;
  ResourceList groups;
};

/// The `VpcConfig` of a Lambda function as a source; its subnet list is empty when it runs
/// outside any VPC.
NetworkSource functionSource(const LintContext& context, const Resource& function);

/// A resource that listens in the VPC behind security groups: a Redshift cluster or workgroup.
struct ListeningTarget {
  std::string name;
  ResourceList subnets;
  ResourceList groups;
  long port = 0;
};

/// The network reachability engine: one place that answers "can source S open a TCP connection
/// to target T?" from the template alone, following security groups on both sides, route
/// tables (explicit association or the VPC's main table, longest prefix), NAT and Internet
/// Gateways and their attachments, and interface and gateway VPC endpoints with their DNS.
/// Network ACLs are not followed. Anything the template does not fix gives `Unknown`, never a
/// guessed `Blocked`.
class Reachability {
 public:
  explicit Reachability(const LintContext& context);

  /// To a resource of the same VPC on its port.
  PathVerdict toListener(const NetworkSource& source, const ListeningTarget& target) const;
  /// To an AWS service's API on HTTPS, from every subnet of the source.
  PathVerdict toService(const NetworkSource& source, const AwsService& service) const;
  /// To the internet (a public address) on a TCP port, from every subnet of the source.
  PathVerdict toInternet(const NetworkSource& source, long port) const;
  /// To an address block outside the VPC (an on-premises network) on a TCP port: the source's
  /// egress, then each subnet's longest-prefix route, which must leave through a VPN gateway, a
  /// transit gateway or a peering connection (static, or propagated from the VPN's static
  /// routes), not through NAT or the Internet Gateway. A route to a transit gateway also needs
  /// the VPC's attachment to have a subnet in the source subnet's AZ. Routes a VPN gateway learns
  /// over BGP (Direct Connect, a dynamic VPN) are not in the template: unknown.
  PathVerdict toNetwork(const NetworkSource& source, const net::Cidr& range, long port) const;
  /// Whether `subnets` route to `range` outside the VPC as `toNetwork` follows it, without
  /// security groups: the way replies to clients in `range` take (groups are stateful).
  PathVerdict routesTo(const ResourceList& subnets, const net::Cidr& range) const;

  const NetworkModel& network() const { return network_; }

 private:
  PathVerdict serviceFromSubnet(const NetworkSource& source, const Resource& subnet,
                                const AwsService& service) const;
  PathVerdict throughInterfaceEndpoint(const NetworkSource& source, const Resource& endpoint,
                                       const Resource& vpc) const;
  PathVerdict internetFromSubnet(const Resource& subnet) const;
  PathVerdict internetThroughNat(const Resource& nat) const;
  PathVerdict networkFromSubnet(const Resource& subnet, const net::Cidr& range) const;
  /// A route to a transit gateway: the VPC's attachment must have a subnet in `subnet`'s AZ.
  PathVerdict throughTransitGateway(const Resource& subnet, const Route& route,
                                    const std::string& where) const;
  /// For a route table no VPN gateway propagates into: what could have carried `range` there (a
  /// VPN gateway that Direct Connect feeds, or a VPN's static route), as a clause of the hop; or
  /// empty.
  std::string unpropagatedGatewayHint(const net::Cidr& range) const;
  /// Every subnet of the source in turn: the first blocked one decides.
  template <typename FromSubnet>
  PathVerdict fromEverySubnet(const NetworkSource& source, FromSubnet fromSubnet) const;
  /// The addresses and groups of the far end of a connection.
  Peer peerOf(const ResourceList& subnets, const ResourceList& groups) const;

  const LintContext& context_;
  NetworkModel network_;
  SecurityGroupPaths groups_;
  /// The template's VPC endpoints, found once: each question looks through them.
  std::vector<const Resource*> endpoints_;
};

}  // namespace vpcsynth::lint
