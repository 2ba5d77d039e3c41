#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/value.h"

namespace vpcsynth::lint {

/// Settings that change what some rules report, fixed per run so results do not drift.
struct LintSettings {
  /// `YYYY-MM-DD`: the day against which dated facts (Lambda runtime deprecations, Redshift
  /// defaults) are judged. Empty means the day the facts tables were last reviewed.
  std::string asOf;
  /// The organisation asks for customer managed KMS keys: data stores that rely on a default
  /// AWS-owned key are reported.
  bool customerManagedKeys = false;

  /// `asOf`, or the review day of the facts tables when it is empty. ISO dates compare as text.
  std::string_view judgedOn() const;
};

/// One entry of the `Resources` section.
struct Resource {
  std::string_view name;
  Position keyPosition;
  const Value* body = nullptr;
  /// The `Type` text; empty when missing or not a string.
  std::string_view type;
  /// The `Properties` value, or null.
  const Value* properties = nullptr;

  /// `properties->find(key)`, safe when there are no properties.
  const Value* property(std::string_view key) const;
};

enum class ReferenceKind : unsigned char {
  Ref,
  GetAtt,
  SubVariable,
  DependsOn,
  Condition,
  FindInMap
};

/// A name used somewhere in the template: a `Ref`, a `GetAtt`, a `${Var}` of a `Fn::Sub`, a
/// `DependsOn` entry, a condition name or a mapping name of `Fn::FindInMap`.
struct Reference {
  ReferenceKind kind = ReferenceKind::Ref;
  std::string_view target;
  /// The attribute of a `GetAtt` or of a `${Name.Attribute}` variable; empty otherwise.
  std::string_view attribute;
  Position position;
  /// The resource whose body holds the reference; empty outside `Resources`.
  std::string_view fromResource;
};

/// Everything a rule may ask about one template, indexed once so that each rule runs in time
/// linear in the template's size.
class LintContext {
 public:
  /// `root` must outlive the context; it is a mapping with a `Resources` mapping.
  LintContext(const Value& root, std::string_view source, std::string_view fileName,
              LintSettings settings = {});

  const Value& root() const { return root_; }
  /// The file's text, for rules that look at comments or size.
  std::string_view source() const { return source_; }
  /// Line 1, column 1 of the file: where template-wide findings go.
  const Position& filePosition() const { return filePosition_; }
  const LintSettings& settings() const { return settings_; }

  /// The top-level mapping `name` (`Parameters`, `Conditions`, ...), or null.
  const Mapping* section(std::string_view name) const;
  const std::vector<Resource>& resources() const { return resources_; }
  const Resource* resource(std::string_view name) const;
  /// The resources of `type`, in template order.
  std::vector<const Resource*> resourcesOfType(std::string_view type) const;
  /// Every reference in the template, in template order.
  const std::vector<Reference>& references() const { return references_; }
  /// True when some `Fn::FindInMap` names its mapping with a function, so that any mapping may be
  /// used.
  bool hasDynamicMappingUse() const { return dynamicMappingUse_; }
  /// True when the template declares a `Transform`: its resources and names are then partly
  /// made by the transform, which reference checks cannot see.
  bool hasTransform() const { return root_.find("Transform") != nullptr; }

  /// True when `name` may be a resource that a module (a type ending in `::MODULE`) adds: those
  /// are named by the module's logical ID followed by the module's own resource name.
  bool isModuleOutput(std::string_view name) const;

  /// The resource that `value` names: `!Ref X` or `!GetAtt X.Attr` gives X; null otherwise.
  const Resource* referencedResource(const Value& value) const;

 private:
  void indexResources();
  void collectReferences();

  const Value& root_;
  std::string_view source_;
  Position filePosition_;
  LintSettings settings_;
  std::vector<Resource> resources_;
  std::unordered_map<std::string_view, std::size_t> resourceIndex_;
  std::vector<const Resource*> modules_;
  std::vector<Reference> references_;
  bool dynamicMappingUse_ = false;
};

/// The pseudo parameters (`AWS::Region`, ...) that `Ref` and `Fn::Sub` accept without a
/// declaration.
bool isPseudoParameter(std::string_view name);

/// The variables of a `Fn::Sub` string: `${Name}` and `${Name.Attribute}`; `${!Literal}` is not a
/// variable.
std::vector<std::string_view> subVariables(std::string_view text);

}  // namespace vpcsynth::lint
