#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "spec/resource_spec.h"

namespace vpcsynth {

/// What the resource data says about the property at a path below a resource's `Properties`.
struct PropertyFacts {
  /// The strongest update type along the path: a field of a property that replaces the
  /// resource replaces it too, and so does a field that replaces it on its own.
  UpdateType updateType = UpdateType::Unknown;
};

/// Walks `path` (keys, and `[i]` for list items) through `resourceType`'s properties and property
/// types.
PropertyFacts propertyFacts(std::string_view resourceType, const std::vector<std::string>& path);

/// True for lists known to be sets (`SubnetIds`, `Tags`, IAM `Action`, ...): AWS ignores their
/// order, and the resource data does not say so (it keeps no `insertionOrder`).
bool isUnorderedListName(std::string_view key);

/// True for resource types that hold data which replacing or deleting them loses (a database, a
/// bucket, a key, a log group), as the resource data's `isStateful` says.
bool isStatefulType(std::string_view type);

}  // namespace vpcsynth
