#include "diff/resource_facts.h"

#include <algorithm>
#include <array>

namespace vpcsynth {
namespace {

/// The stronger of two effects of a change: a replacement of the whole outweighs an update.
UpdateType stronger(UpdateType a, UpdateType b) {
  auto rank = [](UpdateType type) {
    switch (type) {
      case UpdateType::Immutable: return 3;
      case UpdateType::Conditional: return 2;
      case UpdateType::Mutable: return 1;
      case UpdateType::Unknown: return 0;
    }
    return 0;
  };
  return rank(a) >= rank(b) ? a : b;
}

bool isIndex(std::string_view segment) { return !segment.empty() && segment.front() == '['; }

bool isCollection(const PropertySpec& property) {
  return property.type == "List" || property.type == "Map";
}

/// The property type whose fields the segment after `property` names, if any.
const PropertyTypeSpec* fieldsOf(std::string_view owner, const PropertySpec& property) {
  if (isCollection(property)) return nullptr;
  if (property.type.empty()) return nullptr;
  return findPropertyTypeOf(owner, property.type);
}

}  // namespace

PropertyFacts propertyFacts(std::string_view resourceType, const std::vector<std::string>& path) {
  PropertyFacts facts;
  const ResourceTypeSpec* resource = findResourceType(resourceType);
  if (resource == nullptr || path.empty()) return facts;
  const PropertySpec* property = resource->findProperty(path[0]);
  if (property == nullptr) return facts;
  std::string_view owner = resource->name;
  facts.updateType = property->updateType;
  std::size_t next = 1;
  while (next < path.size()) {
    const PropertyTypeSpec* fields = nullptr;
    if (isCollection(*property)) {
      // The segment is a list index or a map key; the one after it names a field of the item.
      if (property->itemType.empty() || next + 1 >= path.size()) return facts;
      fields = findPropertyTypeOf(owner, property->itemType);
      ++next;
    } else {
      fields = fieldsOf(owner, *property);
    }
    if (fields == nullptr || isIndex(path[next])) return facts;
    property = fields->findProperty(path[next]);
    if (property == nullptr) return facts;
    owner = fields->name;
    // A field replaces the resource when it does itself or when the property it sits in does.
    facts.updateType = stronger(facts.updateType, property->updateType);
    ++next;
  }
  return facts;
}

bool isUnorderedListName(std::string_view key) {
  static constexpr std::array<std::string_view, 21> kNames = {
      "Action",
      "AvailabilityZones",
      "DependsOn",
      "ManagedPolicyArns",
      "NotAction",
      "NotResource",
      "Policies",
      "Resource",
      "RouteTableIds",
      "SecurityGroupEgress",
      "SecurityGroupIds",
      "SecurityGroupIngress",
      "SecurityGroups",
      "Service",
      "Statement",
      "SubnetIds",
      "Subnets",
      "Tags",
      "VPCSecurityGroups",
      "VPCZoneIdentifier",
      "VpcSecurityGroupIds",
  };
  static_assert(std::is_sorted(kNames.begin(), kNames.end()));
  return std::binary_search(kNames.begin(), kNames.end(), key);
}

bool isStatefulType(std::string_view type) {
  const ResourceTypeSpec* spec = findResourceType(type);
  return spec != nullptr && spec->stateful;
}

}  // namespace vpcsynth
