#include "spec/resource_spec.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "spec/resource_spec_data.h"
#include "spec/spec_file.h"

namespace vpcsynth {
namespace {

using spec_data::SpecTable;

UpdateType parseUpdateType(char code) {
  switch (code) {
    case 'M': return UpdateType::Mutable;
    case 'I': return UpdateType::Immutable;
    case 'C': return UpdateType::Conditional;
    default: return UpdateType::Unknown;
  }
}

std::string_view nextField(std::string_view& rest, char separator) {
  const std::size_t end = rest.find(separator);
  std::string_view field = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  return field;
}

/// `Name|flags|PrimitiveType|Type|PrimitiveItemType|ItemType`.
PropertySpec parsePropertyLine(std::string_view line) {
  PropertySpec property;
  property.name = nextField(line, '|');
  const std::string_view flags = nextField(line, '|');
  property.required = flags.size() > 0 && flags[0] == 'R';
  property.updateType = parseUpdateType(flags.size() > 1 ? flags[1] : '-');
  property.primitiveType = nextField(line, '|');
  property.type = nextField(line, '|');
  property.primitiveItemType = nextField(line, '|');
  property.itemType = nextField(line, '|');
  return property;
}

/// Entry `index` of `table`: its name line, then its body.
std::string_view entryText(const SpecTable& table, std::size_t index) {
  const std::uint32_t begin = table.offsets[index];
  return std::string_view(table.text + begin, table.offsets[index + 1] - begin);
}

std::string_view entryName(const SpecTable& table, std::size_t index) {
  const std::string_view text = entryText(table, index);
  return text.substr(0, text.find('\n'));
}

template <typename Spec>
std::unique_ptr<Spec> parseEntry(std::string_view rest) {
  auto spec = std::make_unique<Spec>();
  spec->name = nextField(rest, '\n');
  while (!rest.empty()) {
    const std::string_view line = nextField(rest, '\n');
    if (line.empty()) continue;
    if constexpr (std::is_same_v<Spec, ResourceTypeSpec>) {
      if (line.front() == '@') {
        spec->attributes.push_back(line.substr(1));
        continue;
      }
      if (line == "!stateful") {
        spec->stateful = true;
        continue;
      }
    }
    PropertySpec property = parsePropertyLine(line);
    if constexpr (std::is_same_v<Spec, PropertyTypeSpec>) {
      if (property.name == "=") {
        spec->shape = property;
        continue;
      }
    }
    spec->properties.push_back(property);
  }
  return spec;
}

/// A sorted table of entries and the specs parsed from it so far, one slot per entry.
template <typename Spec>
class LazyTable {
 public:
  explicit LazyTable(const SpecTable& table) : table_(table), parsed_(table.count) {}

  const Spec* find(std::string_view name) {
    std::size_t low = 0;
    std::size_t high = table_.count;
    while (low < high) {
      const std::size_t middle = low + (high - low) / 2;
      if (entryName(table_, middle) < name) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    if (low == table_.count || entryName(table_, low) != name) return nullptr;
    std::lock_guard lock(mutex_);
    if (!parsed_[low]) parsed_[low] = parseEntry<Spec>(entryText(table_, low));
    return parsed_[low].get();
  }

 private:
  const SpecTable& table_;
  std::vector<std::unique_ptr<Spec>> parsed_;
  std::mutex mutex_;
};

/// The data in use: the file named by VPCSYNTH_RESOURCE_SPEC when it is set and readable, else
/// the built-in data. Decided once, on first use.
struct ActiveSpec {
  std::optional<LoadedSpec> loaded;
  std::string loadedFrom;
  std::string overrideError;
  spec_data::SpecTable resources = spec_data::kResourceTypes;
  spec_data::SpecTable properties = spec_data::kPropertyTypes;

  ActiveSpec() {
    const char* path = std::getenv("VPCSYNTH_RESOURCE_SPEC");
    if (path == nullptr || *path == '\0') return;
    SpecFileResult file = loadSpecificationFile(path);
    if (!file.spec) {
      overrideError = std::move(file.error);
      return;
    }
    loaded = std::move(file.spec);
    loadedFrom = path;
    resources = loaded->resourceTable();
    properties = loaded->propertyTable();
  }
};

const ActiveSpec& activeSpec() {
  static const ActiveSpec spec;
  return spec;
}

LazyTable<ResourceTypeSpec>& resourceTable() {
  static LazyTable<ResourceTypeSpec> table(activeSpec().resources);
  return table;
}

LazyTable<PropertyTypeSpec>& propertyTable() {
  static LazyTable<PropertyTypeSpec> table(activeSpec().properties);
  return table;
}

const PropertySpec* findIn(const std::vector<PropertySpec>& properties, std::string_view name) {
  // The generator writes properties sorted by name.
  const auto found = std::lower_bound(
      properties.begin(), properties.end(), name,
      [](const PropertySpec& property, std::string_view key) { return property.name < key; });
  return found != properties.end() && found->name == name ? &*found : nullptr;
}

}  // namespace

const PropertySpec* ResourceTypeSpec::findProperty(std::string_view property) const {
  return findIn(properties, property);
}

bool ResourceTypeSpec::hasAttribute(std::string_view attribute) const {
  return std::binary_search(attributes.begin(), attributes.end(), attribute);
}

const PropertySpec* PropertyTypeSpec::findProperty(std::string_view property) const {
  return findIn(properties, property);
}

const ResourceTypeSpec* findResourceType(std::string_view type) {
  return resourceTable().find(type);
}

const PropertyTypeSpec* findPropertyType(std::string_view name) {
  return propertyTable().find(name);
}

const PropertyTypeSpec* findPropertyTypeOf(std::string_view owner, std::string_view typeName) {
  const std::string_view resourceType = owner.substr(0, owner.find('.'));
  std::string qualified;
  qualified.reserve(resourceType.size() + 1 + typeName.size());
  qualified.append(resourceType).append(".").append(typeName);
  if (const PropertyTypeSpec* found = findPropertyType(qualified)) return found;
  return findPropertyType(typeName);
}

std::string_view resourceSpecVersion() {
  const ActiveSpec& spec = activeSpec();
  return spec.loaded ? std::string_view(spec.loaded->version) : spec_data::kPackageVersion;
}

std::string resourceSpecDescription() {
  const ActiveSpec& spec = activeSpec();
  if (spec.loaded) {
    return std::string(spec_data::kPackage) + " " + spec.loaded->version + " (from " +
           spec.loadedFrom + ")";
  }
  return std::string(spec_data::kPackage) + " " + std::string(spec_data::kPackageVersion) + " (" +
         std::string(spec_data::kPackageDate) + ")";
}

const std::string& resourceSpecOverrideError() { return activeSpec().overrideError; }

}  // namespace vpcsynth
