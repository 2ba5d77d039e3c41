#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diff/security_changes.h"
#include "model/value.h"
#include "spec/resource_spec.h"

namespace vpcsynth {

enum class ChangeKind : unsigned char { Added, Removed, Modified };

/// What a change does to the resource that holds it, from the resource data's `UpdateType`.
/// Ordered from mildest to worst, so the worst of several is their maximum.
enum class Impact : unsigned char {
  None,           // nothing in AWS changes (a resource that is added or removed as a whole)
  NoReplacement,  // updated in place
  Unknown,        // the resource data does not say (a custom resource, a new property)
  MayReplace,     // replaced depending on the change (`Conditional`)
  Replaces,       // replaced (`Immutable`, or the type changed)
};

/// "added", "removed", "modified".
std::string_view changeKindName(ChangeKind kind);
/// "none", "no replacement", "impact unknown", "may replace", "replaces".
std::string_view impactName(Impact impact);

/// One changed value at `path` below a resource's `Properties`, a resource attribute, or an entry
/// of another section. Path segments are keys, or `[i]` for an index of an ordered list; an item
/// added to or removed from an unordered list is reported at the list's path.
struct ValueChange {
  std::vector<std::string> path;
  ChangeKind kind = ChangeKind::Modified;
  std::optional<Value> oldValue;
  std::optional<Value> newValue;
  /// For resource properties: the update type found for the path, and what it means.
  UpdateType updateType = UpdateType::Unknown;
  Impact impact = Impact::None;
  /// For resources: the path names a resource attribute (`DependsOn`, `Metadata`, ...), not a
  /// property.
  bool attribute = false;
  /// Set when the value itself is unchanged but names this resource, which is replaced: the
  /// reference then resolves to a new physical ID or attribute.
  std::string replacedReference;
};

/// `VpcConfig.SubnetIds`, `Tags[0].Value`.
std::string pathText(const std::vector<std::string>& path);

struct ResourceChange {
  std::string logicalId;
  ChangeKind kind = ChangeKind::Modified;
  std::string oldType;  // empty when added
  std::string newType;  // empty when removed
  /// The worst impact of the property changes (`Replaces` when the type changed).
  Impact impact = Impact::None;
  /// A stateful resource (a database, a subnet, the VPC, ...) is removed or (maybe) replaced.
  bool destructive = false;
  std::vector<ValueChange> changes;

  const std::string& type() const { return newType.empty() ? oldType : newType; }
};

/// An added, removed or modified entry of a top-level section other than `Resources`
/// (`Parameters`, `Outputs`, ...); for sections that are a single value (`Description`), `name`
/// is empty.
struct SectionEntryChange {
  std::string section;
  std::string name;
  ChangeKind kind = ChangeKind::Modified;
  std::vector<ValueChange> changes;  // for Modified: the paths inside the entry
  std::optional<Value> oldValue;
  std::optional<Value> newValue;
};

struct TemplateDiff {
  std::vector<SectionEntryChange> sections;  // in section order, then entry order
  std::vector<ResourceChange> resources;     // in the new template's order, removed ones last
  SecurityChanges security;

  bool empty() const { return sections.empty() && resources.empty() && security.empty(); }
  bool hasDestructive() const;
  bool hasBroadening() const { return security.hasBroadening(); }
};

/// Compares two templates semantically: key order, quoting, YAML versus JSON and the form of
/// intrinsic functions make no difference; lists whose order carries no meaning compare as sets.
TemplateDiff diffTemplates(const Value& oldTemplate, const Value& newTemplate);

}  // namespace vpcsynth
