// P0015: a Redshift cluster whose security group belongs to another VPC than its subnet group.
#include <fmt/format.h>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// What a VPC is known as: a VPC of the template, or the account's default VPC (for a group
// declared without `VpcId`). Null `vpc` and not default: unknown.
struct VpcIdentity {
  const Resource* vpc = nullptr;
  bool isDefault = false;

  bool known() const { return vpc || isDefault; }
  bool operator==(const VpcIdentity&) const = default;
  std::string describe() const {
    return isDefault ? std::string("the default VPC") : fmt::format("VPC '{}'", vpc->name);
  }
};

VpcIdentity groupVpc(const LintContext& context, const Resource& group) {
  if (!group.property("VpcId")) return {nullptr, true};
  return {vpcOf(context, group), false};
}

// The VPC of a subnet group of the template whose subnets all name one VPC of the template.
VpcIdentity subnetGroupVpc(const LintContext& context, const Resource& subnetGroup) {
  const Value* subnets = subnetGroup.property("SubnetIds");
  if (!subnets || !subnets->isSequence() || subnets->sequence().empty()) return {};
  const Resource* found = nullptr;
  for (const Value& item : subnets->sequence()) {
    const Resource* subnet = referencedOfType(context, &item, "AWS::EC2::Subnet");
    const Resource* vpc = subnet ? vpcOf(context, *subnet) : nullptr;
    if (!vpc || (found && found != vpc)) return {};
    found = vpc;
  }
  return {found, false};
}

class RedshiftGroupVpcRule final : public Rule {
 public:
  RedshiftGroupVpcRule()
      : Rule({"P0015", Severity::Error,
              "A Redshift cluster whose security group belongs to another VPC than its subnet "
              "group",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
      const Resource* subnetGroup =
          referencedOfType(context, cluster->property("ClusterSubnetGroupName"),
                           "AWS::Redshift::ClusterSubnetGroup");
      const Value* groups = cluster->property("VpcSecurityGroupIds");
      if (!subnetGroup || !groups || !groups->isSequence()) continue;
      VpcIdentity clusterVpc = subnetGroupVpc(context, *subnetGroup);
      if (!clusterVpc.known()) continue;
      for (const Value& item : groups->sequence()) {
        const Resource* group = referencedOfType(context, &item, "AWS::EC2::SecurityGroup");
        VpcIdentity vpc = group ? groupVpc(context, *group) : VpcIdentity{};
        if (!vpc.known() || vpc == clusterVpc) continue;
        findings.add(item.position(),
                     fmt::format("security group '{}' of cluster '{}' is in {}, but its subnet "
                                 "group '{}' is in {}; Redshift refuses it: \"VPC Security group "
                                 "sg-... does not exist in VPC vpc-...\"",
                                 group->name, cluster->name, vpc.describe(), subnetGroup->name,
                                 clusterVpc.describe()));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRedshiftGroupVpcRule() {
  return std::make_unique<RedshiftGroupVpcRule>();
}

}  // namespace vpcsynth::lint
