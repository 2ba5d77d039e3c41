#include "lint/vpc_blocks.h"

#include "lint/template_values.h"

namespace vpcsynth::lint {

std::vector<KnownSubnet> knownSubnets(const LintContext& context) {
  std::vector<KnownSubnet> subnets;
  for (const Resource* subnet : context.resourcesOfType("AWS::EC2::Subnet")) {
    const Value* vpcId = subnet->property("VpcId");
    const Resource* vpc = vpcId ? context.referencedResource(*vpcId) : nullptr;
    const Value* cidr = subnet->property("CidrBlock");
    if (!vpc || vpc->type != "AWS::EC2::VPC" || !cidr) continue;
    std::optional<net::Cidr> block = evaluateCidr(context, *cidr);
    if (!block || block->v6) continue;
    subnets.push_back(KnownSubnet{subnet, vpc, *block, cidr->position()});
  }
  return subnets;
}

std::optional<std::vector<net::Cidr>> vpcBlocks(const LintContext& context, const Resource& vpc) {
  std::vector<net::Cidr> blocks;
  const Value* primary = vpc.property("CidrBlock");
  if (!primary) return std::nullopt;
  std::optional<net::Cidr> block = evaluateCidr(context, *primary);
  if (!block) return std::nullopt;
  blocks.push_back(*block);
  for (const Resource* extra : context.resourcesOfType("AWS::EC2::VPCCidrBlock")) {
    const Value* vpcId = extra->property("VpcId");
    if (!vpcId || context.referencedResource(*vpcId) != &vpc) continue;
    const Value* cidr = extra->property("CidrBlock");
    if (!cidr) continue;  // an IPv6 block: it holds no IPv4 subnet
    std::optional<net::Cidr> secondary = evaluateCidr(context, *cidr);
    if (!secondary) return std::nullopt;
    blocks.push_back(*secondary);
  }
  return blocks;
}

}  // namespace vpcsynth::lint
