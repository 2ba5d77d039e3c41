#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "spec/resource_spec.h"

namespace vpcsynth {

/// What the resource data says about the property at a path below a resource's `Properties`.
struct PropertyFacts {
  /// The update type of the deepest property of the path that the data describes.
  UpdateType updateType = UpdateType::Unknown;
  /// The whole path names a list whose order carries no meaning.
  bool unorderedList = false;
};

/// Walks `path` (keys, and `[i]` for list items) through `resourceType`'s properties and property
/// types.
PropertyFacts propertyFacts(std::string_view resourceType, const std::vector<std::string>& path);

/// True for lists known to be sets whatever the data says (`SubnetIds`, `Tags`, IAM `Action`,
/// ...): the data marks many of them `DuplicatesAllowed`, yet AWS ignores their order.
bool isUnorderedListName(std::string_view key);

/// True for resource types that hold data or identity which replacing or deleting them loses: a
/// database, a bucket, a subnet, the VPC, an Elastic IP, ...
bool isStatefulType(std::string_view type);

}  // namespace vpcsynth
