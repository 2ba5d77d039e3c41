// P0014: one Elastic IP given to two NAT gateways.
#include <fmt/format.h>

#include <map>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// Which address an `AllocationId` names, such that equal keys are the same address for
// certain: an Elastic IP of the template or a literal allocation ID. Empty when unknown.
std::string addressKey(const LintContext& context, const Value& value) {
  if (const Resource* address = referencedOfType(context, &value, "AWS::EC2::EIP")) {
    return fmt::format("Elastic IP '{}'", address->name);
  }
  if (auto text = literalText(&value)) return fmt::format("allocation {}", *text);
  return {};
}

class SharedNatAddressRule final : public Rule {
 public:
  SharedNatAddressRule()
      : Rule({"P0014", Severity::Error, "One Elastic IP given to two NAT gateways", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    std::map<std::string, const Resource*> owner;
    for (const Resource* nat : context.resourcesOfType("AWS::EC2::NatGateway")) {
      if (isConditional(*nat)) continue;
      std::vector<const Value*> allocations;
      if (const Value* primary = nat->property("AllocationId")) allocations.push_back(primary);
      if (const Value* secondary = nat->property("SecondaryAllocationIds");
          secondary && secondary->isSequence()) {
        for (const Value& item : secondary->sequence()) allocations.push_back(&item);
      }
      for (const Value* allocation : allocations) {
        std::string key = addressKey(context, *allocation);
        if (key.empty()) continue;
        auto [it, inserted] = owner.emplace(key, nat);
        if (inserted || it->second == nat) continue;
        findings.add(allocation->position(),
                     fmt::format("{} is already used by NAT gateway '{}'; an address serves one "
                                 "NAT gateway and the second fails (\"Elastic IP address "
                                 "[eipalloc-...] is already associated\")",
                                 key, it->second->name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSharedNatAddressRule() {
  return std::make_unique<SharedNatAddressRule>();
}

}  // namespace vpcsynth::lint
