#pragma once

#include <vector>

#include "net/cidr.h"
#include "pattern/pattern.h"
#include "pattern/problem.h"

namespace vpcsynth {

inline constexpr int kMinAzs = 2;
inline constexpr int kMaxAzs = 6;

/// The address plan of a stack: every CIDR parsed, subnets carved where none were given.
struct NetworkPlan {
  net::Cidr vpc;
  /// One per AZ.
  std::vector<net::Cidr> privateSubnets;
  /// One per AZ in the nat-egress variant; empty in private-only.
  std::vector<net::Cidr> publicSubnets;
  /// Empty unless on-premises connectivity is on.
  std::vector<net::Cidr> onPremisesCidrs;
  /// With Direct Connect: the prefixes its gateway may advertise (the VPC's CIDR by default).
  std::vector<net::Cidr> allowedPrefixes;
  /// On-premises clients the cluster's security group admits.
  std::vector<net::Cidr> onPremisesClients;
};

/// The address plan of `spec`, adding every network problem (CIDR syntax, block sizes, subnets
/// outside the VPC or overlapping, AZ count) to `problems`. The plan is complete only when no
/// error was added.
///
/// Carving, when no subnets are given: the VPC is cut into eighths; private subnet i is eighth
/// i, and the seventh eighth is cut into eighths again for the public subnets. So a /16 gives
/// /19 private and /22 public subnets, and adding an AZ never moves an existing subnet.
NetworkPlan planNetwork(const PatternSpec& spec, Problems& problems);

}  // namespace vpcsynth
