// V0002: a subnet whose block is not inside any block of its VPC.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/vpc_blocks.h"

namespace vpcsynth::lint {
namespace {

class SubnetOutsideVpcRule final : public Rule {
 public:
  SubnetOutsideVpcRule()
      : Rule({"V0002", Severity::Error, "A subnet whose CIDR is outside its VPC's CIDR", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const KnownSubnet& subnet : knownSubnets(context)) {
      std::optional<std::vector<net::Cidr>> blocks = vpcBlocks(context, *subnet.vpc);
      if (!blocks) continue;
      bool inside = false;
      std::string names;
      for (const net::Cidr& block : *blocks) {
        inside |= contains(block, subnet.block);
        names += (names.empty() ? "" : ", ") + formatCidr(block);
      }
      if (inside) continue;
      findings.add(subnet.position, fmt::format("subnet '{}' has block {}, outside VPC '{}' ({})",
                                                subnet.subnet->name, formatCidr(subnet.block),
                                                subnet.vpc->name, names));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSubnetOutsideVpcRule() {
  return std::make_unique<SubnetOutsideVpcRule>();
}

}  // namespace vpcsynth::lint
