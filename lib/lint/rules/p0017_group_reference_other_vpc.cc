// P0017: a security group rule that names a group of another VPC, with no peering in the template.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"
#include "lint/security_groups.h"

namespace vpcsynth::lint {
namespace {

// A VPC of the template, or the default VPC for a group declared without `VpcId`; null when the
// group's VPC comes from a parameter or an import.
struct GroupVpc {
  const Resource* vpc = nullptr;
  bool isDefault = false;

  bool known() const { return vpc || isDefault; }
  std::string describe() const {
    return isDefault ? std::string("the default VPC") : fmt::format("VPC '{}'", vpc->name);
  }
};

GroupVpc vpcOfGroup(const LintContext& context, const Resource& group) {
  if (!group.property("VpcId")) return {nullptr, true};
  return {vpcOf(context, group), false};
}

// Peering (or a transit gateway with security group referencing) lets a rule name a group of
// another VPC; the template's own connections are not followed, so any of them silences the rule.
bool mayConnectVpcs(const LintContext& context) {
  for (const Resource& resource : context.resources()) {
    if (resource.type == "AWS::EC2::VPCPeeringConnection" ||
        resource.type.starts_with("AWS::EC2::TransitGateway")) {
      return true;
    }
  }
  return false;
}

class GroupReferenceOtherVpcRule final : public Rule {
 public:
  GroupReferenceOtherVpcRule()
      : Rule({"P0017", Severity::Error, "A security group rule that names a group of another VPC",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    std::vector<SecurityGroupRule> rules = securityGroupRules(context);
    if (rules.empty() || mayConnectVpcs(context)) return;
    for (const SecurityGroupRule& rule : rules) {
      if (!rule.group || rule.rule->find("SourceSecurityGroupOwnerId")) continue;
      const Value* peer =
          rule.rule->find(rule.direction == Direction::Ingress ? "SourceSecurityGroupId"
                                                               : "DestinationSecurityGroupId");
      const Resource* other = referencedOfType(context, peer, "AWS::EC2::SecurityGroup");
      if (!other || other == rule.group) continue;
      GroupVpc own = vpcOfGroup(context, *rule.group);
      GroupVpc theirs = vpcOfGroup(context, *other);
      if (!own.known() || !theirs.known() ||
          (own.vpc == theirs.vpc && own.isDefault == theirs.isDefault)) {
        continue;
      }
      findings.add(peer->position(),
                   fmt::format("security group '{}' is in {} but its rule names group '{}' of {}; "
                               "EC2 refuses it: \"You have specified two resources that belong to "
                               "different networks\"",
                               rule.group->name, own.describe(), other->name, theirs.describe()));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeGroupReferenceOtherVpcRule() {
  return std::make_unique<GroupReferenceOtherVpcRule>();
}

}  // namespace vpcsynth::lint
