#include "diff/resource_impact.h"

#include <algorithm>
#include <map>
#include <set>

#include "diff/resource_facts.h"

namespace vpcsynth {
namespace {

/// The logical IDs `text` names as `${Name}` or `${Name.Attribute}` (a `Fn::Sub` string).
void addSubstitutions(std::string_view text, std::set<std::string>& names) {
  for (std::size_t open = text.find("${"); open != std::string_view::npos;
       open = text.find("${", open + 2)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) return;
    std::string_view name = text.substr(open + 2, close - open - 2);
    if (!name.empty() && name.front() == '!') continue;  // `${!Literal}`
    names.emplace(name.substr(0, name.find('.')));
  }
}

/// The logical IDs `value` refers to.
void collectReferences(const Value& value, std::set<std::string>& names) {
  switch (value.kind()) {
    case Value::Kind::Null:
    case Value::Kind::Scalar: return;
    case Value::Kind::Sequence:
      for (const Value& item : value.sequence()) collectReferences(item, names);
      return;
    case Value::Kind::Mapping:
      for (const MappingEntry& entry : value.mapping()) collectReferences(entry.value, names);
      return;
    case Value::Kind::Function: break;
  }
  const FunctionCall& call = value.functionCall();
  const Value& argument = *call.argument;
  if (call.function == Function::Ref && argument.isScalar()) {
    names.emplace(argument.text());
  } else if (call.function == Function::GetAtt && argument.isScalar()) {
    names.emplace(argument.text().substr(0, argument.text().find('.')));
  } else if (call.function == Function::GetAtt && argument.isSequence() &&
             !argument.sequence().empty() && argument.sequence()[0].isScalar()) {
    names.emplace(argument.sequence()[0].text());
  } else if (call.function == Function::Sub) {
    const Value* text =
        argument.isSequence() && !argument.sequence().empty() ? &argument.sequence()[0] : &argument;
    if (text->isScalar()) addSubstitutions(text->text(), names);
    if (argument.isSequence()) {
      for (std::size_t i = 1; i < argument.sequence().size(); ++i) {
        collectReferences(argument.sequence()[i], names);
      }
    }
  } else {
    collectReferences(argument, names);
  }
}

/// The first of `names` that is in `replaced`, or empty.
std::string firstReplaced(const std::set<std::string>& names,
                          const std::set<std::string>& replaced) {
  for (const std::string& name : names) {
    if (replaced.contains(name)) return name;
  }
  return std::string();
}

/// Adds a change for each unchanged top-level property of `resource` that names a replaced
/// resource; returns whether it added any.
bool addReferenceChanges(ResourceChange& change, const Value& oldResource, const Value& newResource,
                         const std::set<std::string>& replaced) {
  const Value* oldProperties = oldResource.find("Properties");
  const Value* newProperties = newResource.find("Properties");
  if (oldProperties == nullptr || newProperties == nullptr || !newProperties->isMapping()) {
    return false;
  }
  bool added = false;
  for (const MappingEntry& entry : newProperties->mapping()) {
    const Value* before = oldProperties->find(entry.key);
    if (before == nullptr || !semanticallyEqual(*before, entry.value)) continue;
    const bool listed =
        std::any_of(change.changes.begin(), change.changes.end(), [&](const ValueChange& existing) {
          return !existing.attribute && !existing.path.empty() &&
                 existing.path.front() == entry.key;
        });
    if (listed) continue;
    std::set<std::string> names;
    collectReferences(entry.value, names);
    std::string target = firstReplaced(names, replaced);
    if (target.empty()) continue;
    ValueChange reference;
    reference.path = {entry.key};
    reference.kind = ChangeKind::Modified;
    reference.oldValue = *before;
    reference.newValue = entry.value;
    reference.updateType = propertyFacts(change.newType, reference.path).updateType;
    reference.impact = impactOf(reference.updateType);
    reference.replacedReference = std::move(target);
    change.changes.push_back(std::move(reference));
    added = true;
  }
  return added;
}

}  // namespace

std::string resourceTypeOf(const Value& resource) {
  const Value* type = resource.find("Type");
  return type != nullptr && type->isScalar() ? std::string(type->text()) : std::string();
}

Impact impactOf(UpdateType updateType) {
  switch (updateType) {
    case UpdateType::Mutable: return Impact::NoReplacement;
    case UpdateType::Immutable: return Impact::Replaces;
    case UpdateType::Conditional: return Impact::MayReplace;
    case UpdateType::Unknown: break;
  }
  return Impact::Unknown;
}

bool retains(const Value& resource, std::string_view policyKey) {
  const Value* policy = resource.find(policyKey);
  return policy != nullptr &&
         (policy->text() == "Retain" || policy->text() == "RetainExceptOnCreate");
}

void settleImpact(ResourceChange& change, const Value& oldResource) {
  change.impact = Impact::None;
  for (const ValueChange& property : change.changes) {
    change.impact = std::max(change.impact, property.impact);
  }
  if (change.oldType != change.newType) change.impact = Impact::Replaces;
  change.destructive = change.impact >= Impact::MayReplace && isStatefulType(change.oldType) &&
                       !retains(oldResource, "UpdateReplacePolicy");
}

void propagateReplacements(const Mapping& oldResources, const Mapping& newResources,
                           std::vector<ResourceChange>& resources) {
  std::set<std::string> replaced;
  for (const ResourceChange& change : resources) {
    if (change.kind == ChangeKind::Modified && change.impact == Impact::Replaces) {
      replaced.insert(change.logicalId);
    }
  }
  if (replaced.empty()) return;
  std::map<std::string, std::size_t> positions;  // logical ID -> index in `resources`
  for (std::size_t i = 0; i < resources.size(); ++i) positions[resources[i].logicalId] = i;
  for (bool grew = true; grew;) {
    grew = false;
    for (const MappingEntry& entry : newResources) {
      const Value* before = oldResources.find(entry.key);
      if (before == nullptr || replaced.contains(entry.key)) continue;
      const auto position = positions.find(entry.key);
      ResourceChange fresh;
      fresh.logicalId = entry.key;
      fresh.oldType = resourceTypeOf(*before);
      fresh.newType = resourceTypeOf(entry.value);
      ResourceChange& change = position != positions.end() ? resources[position->second] : fresh;
      if (!addReferenceChanges(change, *before, entry.value, replaced)) continue;
      settleImpact(change, *before);
      if (change.impact == Impact::Replaces) {
        replaced.insert(entry.key);
        grew = true;
      }
      if (position == positions.end()) {
        resources.push_back(std::move(fresh));
        positions[entry.key] = resources.size() - 1;
      }
    }
  }
  // Keep the report in the new template's order.
  std::map<std::string_view, std::size_t> order;
  for (const MappingEntry& entry : newResources) order.emplace(entry.key, order.size());
  std::vector<ResourceChange> sorted;
  sorted.reserve(resources.size());
  std::vector<std::pair<std::size_t, std::size_t>> ranks;  // (template position, index)
  for (std::size_t i = 0; i < resources.size(); ++i) {
    ranks.emplace_back(order.at(resources[i].logicalId), i);
  }
  std::sort(ranks.begin(), ranks.end());
  for (const auto& [rank, index] : ranks) sorted.push_back(std::move(resources[index]));
  resources = std::move(sorted);
}

}  // namespace vpcsynth
