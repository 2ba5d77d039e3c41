#pragma once

#include <optional>

#include "lint/redshift_topology.h"
#include "lint/security_groups.h"
#include "net/cidr.h"

namespace vpcsynth::lint {

/// The on-premises clients an ingress rule of `cluster`'s security group admits: a literal,
/// private IPv4 `CidrIp` outside the cluster's VPC, on the cluster's TCP port. Nullopt for any
/// other rule (the group itself, the VPC, a public range, a computed block).
std::optional<net::Cidr> onPremisesClients(const LintContext& context,
                                           const ClusterTopology& cluster,
                                           const SecurityGroupRule& rule);

}  // namespace vpcsynth::lint
