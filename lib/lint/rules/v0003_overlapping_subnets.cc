// V0003: two subnets of one VPC whose blocks overlap.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "lint/rule.h"
#include "lint/vpc_blocks.h"

namespace vpcsynth::lint {
namespace {

class OverlappingSubnetsRule final : public Rule {
 public:
  OverlappingSubnetsRule()
      : Rule({"V0003", Severity::Error, "Subnets of one VPC whose CIDRs overlap", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    std::map<const Resource*, std::vector<const KnownSubnet*>> byVpc;
    const std::vector<KnownSubnet> subnets = knownSubnets(context);
    for (const KnownSubnet& subnet : subnets) byVpc[subnet.vpc].push_back(&subnet);
    for (auto& [vpc, members] : byVpc) {
      // Sorted by start address, a block overlaps an earlier one exactly when the widest block
      // seen so far contains it: blocks nest or are disjoint.
      std::stable_sort(members.begin(), members.end(), [](const auto* a, const auto* b) {
        return std::tie(a->block.address, a->block.prefix) <
               std::tie(b->block.address, b->block.prefix);
      });
      const KnownSubnet* widest = nullptr;
      for (const KnownSubnet* subnet : members) {
        if (widest && overlaps(widest->block, subnet->block)) {
          const KnownSubnet* later =
              subnet->position.line < widest->position.line ? widest : subnet;
          const KnownSubnet* earlier = later == subnet ? widest : subnet;
          findings.add(later->position,
                       fmt::format("subnet '{}' ({}) overlaps subnet '{}' ({}) in VPC '{}'",
                                   later->subnet->name, formatCidr(later->block),
                                   earlier->subnet->name, formatCidr(earlier->block), vpc->name));
          continue;
        }
        widest = subnet;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeOverlappingSubnetsRule() {
  return std::make_unique<OverlappingSubnetsRule>();
}

}  // namespace vpcsynth::lint
