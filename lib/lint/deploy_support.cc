#include "lint/deploy_support.h"

#include <fmt/format.h>

#include <map>

#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

// True when `value` is `Fn::GetAZs` of the Region the stack runs in: `""` or `!Ref AWS::Region`.
bool isGetAzsOfStackRegion(const Value& value) {
  if (!value.isFunction(Function::GetAZs)) return false;
  const Value& region = *value.functionCall().argument;
  if (region.isScalar()) return region.text().empty();
  return region.isFunction(Function::Ref) &&
         region.functionCall().argument->text() == "AWS::Region";
}

}  // namespace

std::optional<std::string_view> literalText(const Value* value) {
  if (!value || !value->isScalar()) return std::nullopt;
  if (value->text().find("{{resolve:") != std::string_view::npos) return std::nullopt;
  return value->text();
}

bool isConditional(const Resource& resource) {
  return resource.body && resource.body->find("Condition") != nullptr;
}

const Resource* referencedOfType(const LintContext& context, const Value* value,
                                 std::string_view type) {
  if (!value) return nullptr;
  const Resource* target = context.referencedResource(*value);
  return target && target->type == type ? target : nullptr;
}

const Resource* vpcOf(const LintContext& context, const Resource& resource) {
  return referencedOfType(context, resource.property("VpcId"), "AWS::EC2::VPC");
}

std::optional<ZoneKey> zoneKey(const Resource& subnet) {
  if (auto zone = literalText(subnet.property("AvailabilityZone"))) {
    if (!zone->empty()) return ZoneKey{ZoneKey::Kind::Name, 0, std::string(*zone)};
  }
  if (auto zoneId = literalText(subnet.property("AvailabilityZoneId"))) {
    if (!zoneId->empty()) return ZoneKey{ZoneKey::Kind::Id, 0, std::string(*zoneId)};
  }
  const Value* zone = subnet.property("AvailabilityZone");
  if (!zone || !zone->isFunction(Function::Select)) return std::nullopt;
  const Value& argument = *zone->functionCall().argument;
  if (!argument.isSequence() || argument.sequence().size() != 2) return std::nullopt;
  std::optional<long> index = integerValue(&argument.sequence()[0]);
  if (!index || *index < 0 || !isGetAzsOfStackRegion(argument.sequence()[1])) return std::nullopt;
  return ZoneKey{ZoneKey::Kind::GetAzsIndex, *index, {}};
}

std::string ZoneKey::describe() const {
  switch (kind) {
    case Kind::GetAzsIndex: return fmt::format("the zone at index {} of Fn::GetAZs", index);
    case Kind::Id: return fmt::format("zone ID {}", name);
    case Kind::Name: break;
  }
  return name;
}

std::vector<SubnetSharingZone> subnetsSharingZone(const LintContext& context,
                                                  const Value& subnetIds) {
  std::vector<SubnetSharingZone> repeats;
  if (!subnetIds.isSequence()) return repeats;
  std::map<ZoneKey, const Resource*> byZone;
  for (const Value& item : subnetIds.sequence()) {
    const Resource* subnet = referencedOfType(context, &item, "AWS::EC2::Subnet");
    std::optional<ZoneKey> zone = subnet ? zoneKey(*subnet) : std::nullopt;
    if (!zone) continue;
    auto [first, inserted] = byZone.emplace(*zone, subnet);
    if (inserted || first->second == subnet) continue;
    repeats.push_back({&item, first->second, subnet, std::move(*zone)});
  }
  return repeats;
}

}  // namespace vpcsynth::lint
