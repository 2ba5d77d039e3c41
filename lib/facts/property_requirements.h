#pragma once

#include <array>
#include <span>
#include <string_view>

namespace vpcsynth::facts {

/// How the terms of a requirement relate.
enum class RequirementKind : unsigned char {
  AtLeastOne,      // one of `terms` must hold
  NotTogether,     // AWS refuses the request when two of `terms` hold
  RequiredWhen,    // `terms[0]` must hold when `condition` does
  RequiredUnless,  // `terms[0]` must hold unless `condition` does
};

/// A rule about a resource's properties that the resource data cannot express, because it
/// depends on another property. A term is `Name` (the property is set) or `Name=value` (it is set
/// to that literal).
struct PropertyRequirement {
  std::string_view resourceType;
  RequirementKind kind;
  std::array<std::string_view, 4> terms;  // unused slots are empty
  std::string_view condition;             // for RequiredWhen and RequiredUnless
  std::string_view reviewed;              // the day the rule was checked against `source`
  std::string_view source;
};

/// Every requirement, in one table (property_requirements.cc), each with its source.
std::span<const PropertyRequirement> propertyRequirements();

}  // namespace vpcsynth::facts
