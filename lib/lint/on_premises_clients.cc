#include "lint/on_premises_clients.h"

#include <algorithm>

#include "lint/vpc_blocks.h"

namespace vpcsynth::lint {

std::optional<net::Cidr> onPremisesClients(const LintContext& context,
                                           const ClusterTopology& cluster,
                                           const SecurityGroupRule& rule) {
  if (rule.direction != Direction::Ingress || cluster.subnets.resources.empty())
    return std::nullopt;
  const std::optional<PortRange> range = portRangeOf(*rule.rule);
  if (!range || range->allTraffic || range->protocol != "tcp" || range->from != cluster.port ||
      range->to != cluster.port) {
    return std::nullopt;
  }
  const Value* cidr = rule.rule->find("CidrIp");
  const std::optional<net::Cidr> block = cidr ? evaluateCidr(context, *cidr) : std::nullopt;
  if (!block || block->v6 || !net::isPrivateIpv4(*block)) return std::nullopt;
  const Value* vpcId = cluster.subnets.resources.front()->property("VpcId");
  const Resource* vpc = vpcId ? context.referencedResource(*vpcId) : nullptr;
  if (!vpc || vpc->type != "AWS::EC2::VPC") return std::nullopt;
  const auto vpcCidrs = vpcBlocks(context, *vpc);
  if (!vpcCidrs) return std::nullopt;
  const bool insideVpc = std::any_of(vpcCidrs->begin(), vpcCidrs->end(), [&](const net::Cidr& own) {
    return net::overlaps(own, *block);
  });
  if (insideVpc) return std::nullopt;
  return block;
}

}  // namespace vpcsynth::lint
