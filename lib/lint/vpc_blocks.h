#pragma once

#include <optional>
#include <vector>

#include "lint/lint_context.h"
#include "net/cidr.h"

namespace vpcsynth::lint {

/// A subnet whose IPv4 block and VPC are known.
struct KnownSubnet {
  const Resource* subnet = nullptr;
  const Resource* vpc = nullptr;
  net::Cidr block;
  /// Where the block is written, for findings.
  Position position;
};

/// The subnets whose `CidrBlock` evaluates to a block (see `evaluateCidr`) and whose `VpcId`
/// names a VPC of the template, in template order.
std::vector<KnownSubnet> knownSubnets(const LintContext& context);

/// Every IPv4 block of `vpc` (its `CidrBlock` and its `AWS::EC2::VPCCidrBlock`s); nullopt when
/// one of them cannot be computed, since a subnet may then sit in that one.
std::optional<std::vector<net::Cidr>> vpcBlocks(const LintContext& context, const Resource& vpc);

}  // namespace vpcsynth::lint
