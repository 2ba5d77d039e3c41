#include "diff/template_diff.h"

#include <algorithm>
#include <array>

#include "diff/resource_facts.h"
#include "diff/resource_impact.h"
#include "diff/value_diff.h"
#include "iam/canonical_form.h"

namespace vpcsynth {
namespace {

/// Top-level sections in the order reports list them; others follow in template order.
constexpr std::array<std::string_view, 8> kSectionOrder = {
    "AWSTemplateFormatVersion",
    "Description",
    "Transform",
    "Metadata",
    "Parameters",
    "Rules",
    "Mappings",
    "Conditions",
};
constexpr std::string_view kOutputs = "Outputs";

/// Sections that are one value rather than a mapping of named entries.
bool isSingleValueSection(std::string_view section) {
  return section == "AWSTemplateFormatVersion" || section == "Description" ||
         section == "Transform";
}

const Mapping& mappingOrEmpty(const Value* value) {
  static const Mapping kEmpty;
  return value != nullptr && value->isMapping() ? value->mapping() : kEmpty;
}

bool unorderedByName(const std::vector<std::string>& path) {
  return !path.empty() && isUnorderedListName(path.back());
}

std::vector<std::string> sectionNames(const Value& oldTemplate, const Value& newTemplate) {
  std::vector<std::string> names(kSectionOrder.begin(), kSectionOrder.end());
  for (const Value* document : {&oldTemplate, &newTemplate}) {
    for (const MappingEntry& entry : mappingOrEmpty(document)) {
      if (entry.key == "Resources" || entry.key == kOutputs) continue;
      if (std::find(names.begin(), names.end(), entry.key) == names.end()) {
        names.push_back(entry.key);
      }
    }
  }
  names.emplace_back(kOutputs);
  return names;
}

void diffSection(const std::string& section, const Value* oldValue, const Value* newValue,
                 std::vector<SectionEntryChange>& out) {
  if (oldValue == nullptr && newValue == nullptr) return;
  if (oldValue != nullptr && newValue != nullptr && semanticallyEqual(*oldValue, *newValue)) return;
  const bool entries = !isSingleValueSection(section) &&
                       (oldValue == nullptr || oldValue->isMapping()) &&
                       (newValue == nullptr || newValue->isMapping());
  if (!entries) {
    SectionEntryChange change;
    change.section = section;
    change.kind = oldValue == nullptr   ? ChangeKind::Added
                  : newValue == nullptr ? ChangeKind::Removed
                                        : ChangeKind::Modified;
    if (oldValue != nullptr) change.oldValue = *oldValue;
    if (newValue != nullptr) change.newValue = *newValue;
    out.push_back(std::move(change));
    return;
  }
  const Mapping& oldEntries = mappingOrEmpty(oldValue);
  const Mapping& newEntries = mappingOrEmpty(newValue);
  auto record = [&](const std::string& name, const Value* before, const Value* after) {
    SectionEntryChange change;
    change.section = section;
    change.name = name;
    if (before != nullptr && after != nullptr) {
      change.kind = ChangeKind::Modified;
      std::vector<std::string> path;
      diffValues(*before, *after, path, unorderedByName, change.changes);
      if (change.changes.empty()) return;
    } else {
      change.kind = before == nullptr ? ChangeKind::Added : ChangeKind::Removed;
    }
    if (before != nullptr) change.oldValue = *before;
    if (after != nullptr) change.newValue = *after;
    out.push_back(std::move(change));
  };
  for (const MappingEntry& entry : newEntries) {
    record(entry.key, oldEntries.find(entry.key), &entry.value);
  }
  for (const MappingEntry& entry : oldEntries) {
    if (!newEntries.contains(entry.key)) record(entry.key, &entry.value, nullptr);
  }
}

/// `DependsOn: A` means `DependsOn: [A]`.
Value dependsOnList(const Value& value) {
  if (value.isSequence()) return value;
  return Value(Sequence{value}, value.position());
}

void diffAttributes(const Value& oldResource, const Value& newResource,
                    std::vector<ValueChange>& changes) {
  std::vector<std::string> names;
  for (const Value* resource : {&oldResource, &newResource}) {
    for (const MappingEntry& entry : mappingOrEmpty(resource)) {
      if (entry.key == "Type" || entry.key == "Properties") continue;
      if (std::find(names.begin(), names.end(), entry.key) == names.end()) {
        names.push_back(entry.key);
      }
    }
  }
  for (const std::string& name : names) {
    const Value* before = oldResource.find(name);
    const Value* after = newResource.find(name);
    std::vector<ValueChange> found;
    std::vector<std::string> path{name};
    if (before != nullptr && after != nullptr) {
      if (name == "DependsOn") {
        diffValues(dependsOnList(*before), dependsOnList(*after), path, unorderedByName, found);
      } else {
        diffValues(*before, *after, path, unorderedByName, found);
      }
    } else {
      ValueChange change;
      change.path = path;
      change.kind = before == nullptr ? ChangeKind::Added : ChangeKind::Removed;
      if (before != nullptr) change.oldValue = *before;
      if (after != nullptr) change.newValue = *after;
      found.push_back(std::move(change));
    }
    for (ValueChange& change : found) {
      change.attribute = true;
      change.impact = Impact::NoReplacement;
      changes.push_back(std::move(change));
    }
  }
}

ResourceChange diffResource(const std::string& logicalId, const Value& oldResource,
                            const Value& newResource) {
  ResourceChange change;
  change.logicalId = logicalId;
  change.kind = ChangeKind::Modified;
  change.oldType = resourceTypeOf(oldResource);
  change.newType = resourceTypeOf(newResource);
  const std::string& type = change.newType;
  const Value kNoProperties{Mapping{}};
  const Value* oldProperties = oldResource.find("Properties");
  const Value* newProperties = newResource.find("Properties");
  std::vector<std::string> path;
  auto unordered = [](const std::vector<std::string>& at) { return unorderedByName(at); };
  diffValues(oldProperties ? *oldProperties : kNoProperties,
             newProperties ? *newProperties : kNoProperties, path, unordered, change.changes);
  for (ValueChange& property : change.changes) {
    property.updateType = propertyFacts(type, property.path).updateType;
    property.impact = impactOf(property.updateType);
  }
  diffAttributes(oldResource, newResource, change.changes);
  settleImpact(change, oldResource);
  return change;
}

}  // namespace

std::string_view changeKindName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Removed: return "removed";
    case ChangeKind::Modified: break;
  }
  return "modified";
}

std::string_view impactName(Impact impact) {
  switch (impact) {
    case Impact::None: return "none";
    case Impact::NoReplacement: return "no replacement";
    case Impact::Unknown: return "impact unknown";
    case Impact::MayReplace: return "may replace";
    case Impact::Replaces: break;
  }
  return "replaces";
}

std::string pathText(const std::vector<std::string>& path) {
  std::string text;
  for (const std::string& segment : path) {
    if (!text.empty() && segment.front() != '[') text += '.';
    text += segment;
  }
  return text;
}

bool TemplateDiff::hasDestructive() const {
  return std::any_of(resources.begin(), resources.end(),
                     [](const ResourceChange& change) { return change.destructive; });
}

TemplateDiff diffTemplates(const Value& oldInput, const Value& newInput) {
  // Policy documents are compared in one form, so that `Action: x` against `[x]`, or a reordered
  // list, is no change anywhere in the report.
  Value oldTemplate = oldInput;
  Value newTemplate = newInput;
  iam::canonicalisePolicies(oldTemplate);
  iam::canonicalisePolicies(newTemplate);
  TemplateDiff diff;
  for (const std::string& section : sectionNames(oldTemplate, newTemplate)) {
    diffSection(section, oldTemplate.find(section), newTemplate.find(section), diff.sections);
  }
  const Mapping& oldResources = mappingOrEmpty(oldTemplate.find("Resources"));
  const Mapping& newResources = mappingOrEmpty(newTemplate.find("Resources"));
  for (const MappingEntry& entry : newResources) {
    const Value* before = oldResources.find(entry.key);
    if (before == nullptr) {
      ResourceChange added;
      added.logicalId = entry.key;
      added.kind = ChangeKind::Added;
      added.newType = resourceTypeOf(entry.value);
      diff.resources.push_back(std::move(added));
    } else if (!semanticallyEqual(*before, entry.value)) {
      ResourceChange modified = diffResource(entry.key, *before, entry.value);
      if (!modified.changes.empty() || modified.oldType != modified.newType) {
        diff.resources.push_back(std::move(modified));
      }
    }
  }
  propagateReplacements(oldResources, newResources, diff.resources);
  for (const MappingEntry& entry : oldResources) {
    if (newResources.contains(entry.key)) continue;
    ResourceChange removed;
    removed.logicalId = entry.key;
    removed.kind = ChangeKind::Removed;
    removed.oldType = resourceTypeOf(entry.value);
    removed.destructive =
        isStatefulType(removed.oldType) && !retains(entry.value, "DeletionPolicy");
    diff.resources.push_back(std::move(removed));
  }
  std::vector<std::string> replaced;
  for (const ResourceChange& change : diff.resources) {
    if (change.kind == ChangeKind::Modified && change.impact == Impact::Replaces) {
      replaced.push_back(change.logicalId);
    }
  }
  diff.security = diffSecurity(oldTemplate, newTemplate, replaced);
  return diff;
}

}  // namespace vpcsynth
