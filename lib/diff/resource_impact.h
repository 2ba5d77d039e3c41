#pragma once

#include <string>

#include "diff/template_diff.h"

namespace vpcsynth {

/// A resource's `Type`, or empty when it has none.
std::string resourceTypeOf(const Value& resource);

/// What an update type means for the resource holding the property.
Impact impactOf(UpdateType updateType);

/// True when `resource`'s `policyKey` (`DeletionPolicy`, `UpdateReplacePolicy`) keeps the
/// physical resource.
bool retains(const Value& resource, std::string_view policyKey);

/// Sets `change.impact` to the worst impact of its changes (`Replaces` when the type changed)
/// and `change.destructive` from it, the type and the old resource's `UpdateReplacePolicy`.
void settleImpact(ResourceChange& change, const Value& oldResource);

/// Adds, to resources that keep a property unchanged but name a replaced resource in it (`Ref`,
/// `GetAtt`, `Sub`), a change of that property: the replacement gives the reference a new
/// physical value, which may in turn replace the referring resource. Repeats until nothing more
/// is replaced. `resources` holds the changes of resources present in the new template, which it
/// keeps in that template's order.
void propagateReplacements(const Mapping& oldResources, const Mapping& newResources,
                           std::vector<ResourceChange>& resources);

}  // namespace vpcsynth
