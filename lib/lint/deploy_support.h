#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint_context.h"

namespace vpcsynth::lint {

// Helpers of the deploy-time rules (P....): each answers only from what the template states,
// and says "unknown" (nullopt, null) for anything a parameter, an import, a condition or a
// dynamic reference decides at deploy time.

/// The text of a literal scalar; nullopt for a function, a dynamic reference (`{{resolve:...}}`)
/// or anything that is not a scalar.
std::optional<std::string_view> literalText(const Value* value);

/// True when the resource has a `Condition`: it may not exist, so a rule that needs two
/// resources to exist together stays silent about it.
bool isConditional(const Resource& resource);

/// The resource of type `type` that `value` names with `Ref` or `GetAtt`; null otherwise.
const Resource* referencedOfType(const LintContext& context, const Value* value,
                                 std::string_view type);

/// The `AWS::EC2::VPC` of the template that a resource's `VpcId` names; null otherwise.
const Resource* vpcOf(const LintContext& context, const Resource& resource);

/// What says which availability zone a subnet is in, so that equal keys mean the same zone. The
/// kinds never compare equal to each other: a literal name that reads like an index is a name.
struct ZoneKey {
  enum class Kind {
    GetAzsIndex,  // `Fn::Select` of a literal index over `Fn::GetAZs` of the stack's Region
    Name,         // a literal `AvailabilityZone`
    Id,           // a literal `AvailabilityZoneId`
  };
  Kind kind = Kind::Name;
  long index = 0;    // for GetAzsIndex
  std::string name;  // for Name and Id
  auto operator<=>(const ZoneKey&) const = default;

  /// The key said the way a reader wrote it: "us-east-1a", "zone ID use1-az1" or "the zone at
  /// index 0 of Fn::GetAZs".
  std::string describe() const;
};

/// The zone key of a subnet; nullopt when the zone is decided at deploy time.
std::optional<ZoneKey> zoneKey(const Resource& subnet);

/// A subnet that a list of subnets names after another one in the same zone.
struct SubnetSharingZone {
  const Value* item = nullptr;  // the later entry of the list
  const Resource* earlier = nullptr;
  const Resource* later = nullptr;
  ZoneKey zone;
};

/// The entries of a `SubnetIds` list that repeat a zone, for resources that take one subnet per
/// zone (interface endpoints, transit gateway attachments). Subnets whose zone is decided at
/// deploy time, and the same subnet listed twice, are not reported.
std::vector<SubnetSharingZone> subnetsSharingZone(const LintContext& context,
                                                  const Value& subnetIds);

}  // namespace vpcsynth::lint
