#pragma once

#include <optional>
#include <string>
#include <string_view>

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

/// What says which availability zone a subnet is in, normalised so that equal keys mean the same
/// zone: a literal `AvailabilityZone` or `AvailabilityZoneId`, or `Fn::Select` of a literal index
/// over `Fn::GetAZs` of the stack's Region. Nullopt when the zone is decided at deploy time.
std::optional<std::string> zoneKey(const Resource& subnet);

/// The zone key said the way a reader wrote it: "us-east-1a" or "the zone at index 0 of
/// Fn::GetAZs".
std::string describeZoneKey(std::string_view key);

}  // namespace vpcsynth::lint
