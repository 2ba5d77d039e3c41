#include "spec/spec_file.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "io/file_io.h"
#include "io/gzip.h"
#include "model/scalar_type.h"
#include "yaml/reader.h"

namespace vpcsynth {
namespace {

// The database is 15 MB today; the limits leave room to grow and stop a hostile file early.
constexpr std::size_t kMaxCompressedBytes = 64u << 20;
constexpr std::size_t kMaxDatabaseBytes = 256u << 20;

/// A property's type in the fields of the built-in format.
struct TypeFields {
  std::string primitiveType;
  std::string type;
  std::string primitiveItemType;
  std::string itemType;

  bool operator==(const TypeFields&) const = default;
};

/// Any value at all: what the checks accept where the data is open or not understood.
const TypeFields kAnyValue{"Json", "", "", ""};

const Value* field(const Value& value, std::string_view key) {
  return value.isMapping() ? value.find(key) : nullptr;
}

std::string_view textOf(const Value* value) {
  return value != nullptr && value->isScalar() ? value->text() : std::string_view();
}

/// The built-in name of a scalar kind of the database, or empty for a structure or collection.
std::string_view primitiveName(std::string_view kind) {
  if (kind == "string") return "String";
  if (kind == "integer") return "Integer";
  if (kind == "number") return "Double";
  if (kind == "boolean") return "Boolean";
  if (kind == "json") return "Json";
  if (kind == "date-time") return "Timestamp";
  return {};
}

/// Converts the database's type expressions; `names` maps a type definition's `$id` to its name
/// ("DnsOptionsSpecification").
class TypeConverter {
 public:
  explicit TypeConverter(const std::unordered_map<std::string, std::string>& names)
      : names_(names) {}

  /// The type of a property, widened by the types it had before (`previousTypes`), which
  /// CloudFormation still accepts.
  TypeFields propertyType(const Value& property) const {
    std::vector<TypeFields> alternatives = {convert(field(property, "type"))};
    if (const Value* previous = field(property, "previousTypes");
        previous && previous->isSequence()) {
      for (const Value& type : previous->sequence()) alternatives.push_back(convert(&type));
    }
    return combine(alternatives);
  }

 private:
  TypeFields convert(const Value* type) const {
    if (type == nullptr) return kAnyValue;
    const std::string_view kind = textOf(field(*type, "type"));
    if (std::string_view primitive = primitiveName(kind); !primitive.empty()) {
      return {std::string(primitive), "", "", ""};
    }
    if (kind == "tag") return {"", "Tag", "", ""};
    if (kind == "ref") return {"", referenceName(type), "", ""};
    if (kind == "array" || kind == "map") {
      const TypeFields element = convert(field(*type, "element"));
      TypeFields collection{"", kind == "array" ? "List" : "Map", "", ""};
      // The built-in form holds one level of collection; deeper ones are checked as JSON.
      if (!element.type.empty() && (element.type == "List" || element.type == "Map")) {
        collection.primitiveItemType = "Json";
      } else if (!element.primitiveType.empty()) {
        collection.primitiveItemType = element.primitiveType;
      } else {
        collection.itemType = element.type;
      }
      return collection;
    }
    if (kind == "union") {
      std::vector<TypeFields> alternatives;
      if (const Value* types = field(*type, "types"); types && types->isSequence()) {
        for (const Value& alternative : types->sequence())
          alternatives.push_back(convert(&alternative));
      }
      return combine(alternatives);
    }
    return kAnyValue;  // a kind this converter does not know
  }

  std::string referenceName(const Value* type) const {
    const Value* reference = field(*type, "reference");
    const std::string_view id = reference != nullptr ? textOf(field(*reference, "$ref")) : "";
    const auto found = names_.find(std::string(id));
    // An unknown reference is checked as JSON rather than reported against a missing type.
    return found != names_.end() ? found->second : std::string();
  }

  /// One type that accepts each alternative: a set of scalar kinds ("Boolean/String"), or JSON
  /// (anything) when a structure or collection is among several different alternatives.
  static TypeFields combine(const std::vector<TypeFields>& alternatives) {
    if (alternatives.empty()) return kAnyValue;
    const TypeFields& first = alternatives.front();
    const bool allSame = std::all_of(alternatives.begin(), alternatives.end(),
                                     [&first](const TypeFields& t) { return t == first; });
    if (allSame && (!first.type.empty() || !first.primitiveType.empty())) return first;
    std::set<std::string> primitives;
    for (const TypeFields& alternative : alternatives) {
      if (alternative.primitiveType.empty() || alternative == kAnyValue) return kAnyValue;
      primitives.insert(alternative.primitiveType);
    }
    std::string joined;
    for (const std::string& primitive : primitives)
      joined += (joined.empty() ? "" : "/") + primitive;
    return {joined, "", "", ""};
  }

  const std::unordered_map<std::string, std::string>& names_;
};

char replacementCode(std::string_view causesReplacement) {
  if (causesReplacement == "yes") return 'I';
  if (causesReplacement == "maybe") return 'C';
  return 'M';
}

/// Entries of one table, by name, each its body lines; written sorted.
using EntryMap = std::map<std::string, std::vector<std::string>, std::less<>>;

/// `Name|flags|PrimitiveType|Type|PrimitiveItemType|ItemType`, properties sorted by name.
std::vector<std::string> propertyLines(const Value* properties, const TypeConverter& types) {
  std::vector<std::string> lines;
  if (properties == nullptr || !properties->isMapping()) return lines;
  for (const MappingEntry& entry : properties->mapping()) {
    const TypeFields type = types.propertyType(entry.value);
    std::string line = entry.key + "|";
    line += plainBoolean(textOf(field(entry.value, "required"))).value_or(false) ? 'R' : '-';
    line += replacementCode(textOf(field(entry.value, "causesReplacement")));
    line += "|" + type.primitiveType + "|" + type.type + "|" + type.primitiveItemType + "|" +
            type.itemType;
    lines.push_back(std::move(line));
  }
  // Sorted by name (the text before the first `|`) for the binary search in resource_spec.cc.
  std::sort(lines.begin(), lines.end(), [](const std::string& a, const std::string& b) {
    return std::string_view(a).substr(0, a.find('|')) < std::string_view(b).substr(0, b.find('|'));
  });
  return lines;
}

bool safeName(std::string_view name) {
  return !name.empty() && name.find_first_of("|\n@!=") == std::string_view::npos;
}

void appendTable(const EntryMap& entries, std::string& text, std::vector<std::uint32_t>& offsets) {
  for (const auto& [name, lines] : entries) {
    offsets.push_back(static_cast<std::uint32_t>(text.size()));
    text.append(name).append("\n");
    for (const std::string& line : lines) text.append(line).append("\n");
  }
  offsets.push_back(static_cast<std::uint32_t>(text.size()));
}

/// `schema.<table>.entities`, the list of a table's rows.
const Value* entities(const Value& schema, std::string_view table) {
  const Value* section = field(schema, table);
  const Value* rows = section != nullptr ? field(*section, "entities") : nullptr;
  return rows != nullptr && rows->isSequence() ? rows : nullptr;
}

/// The owner of each type definition, from the `usesType` relation (resource `$id` to the
/// `$id`s of the type definitions it uses).
std::unordered_map<std::string, std::string> typeOwners(const Value& schema) {
  std::unordered_map<std::string, std::string> owners;
  const Value* relation = field(schema, "usesType");
  const Value* forward = relation != nullptr ? field(*relation, "forward") : nullptr;
  if (forward == nullptr || !forward->isMapping()) return owners;
  for (const MappingEntry& resource : forward->mapping()) {
    if (!resource.value.isSequence()) continue;
    for (const Value& used : resource.value.sequence()) {
      owners.emplace(std::string(textOf(field(used, "$id"))), resource.key);
    }
  }
  return owners;
}

std::string versionBeside(const std::string& path) {
  const std::filesystem::path packageJson =
      std::filesystem::path(path).parent_path() / "package.json";
  FileContents contents = readInput(packageJson.string(), 1u << 20);
  if (contents.error) return "unknown";
  const ReadResult read = readDocument(contents.text, packageJson.string());
  const std::string_view version = read.document ? textOf(field(*read.document, "version")) : "";
  return version.empty() ? "unknown" : std::string(version);
}

}  // namespace

spec_data::SpecTable LoadedSpec::resourceTable() const {
  return {resourceText.data(), resourceOffsets.data(), resourceOffsets.size() - 1};
}

spec_data::SpecTable LoadedSpec::propertyTable() const {
  return {propertyText.data(), propertyOffsets.data(), propertyOffsets.size() - 1};
}

SpecFileResult convertServiceSpec(std::string_view json, std::string_view fileName) {
  SpecFileResult result;
  ReadLimits limits;
  limits.maxBytes = kMaxDatabaseBytes;
  const ReadResult read = readDocument(json, fileName, limits);
  if (!read.ok()) {
    result.error = read.diagnostics.empty() ? std::string(fileName) + ": unreadable"
                                            : renderDiagnostic(read.diagnostics.front());
    return result;
  }
  const Value* schema = field(*read.document, "schema");
  const Value* resources = schema ? entities(*schema, "resource") : nullptr;
  const Value* definitions = schema ? entities(*schema, "typeDefinition") : nullptr;
  if (resources == nullptr || definitions == nullptr) {
    result.error = std::string(fileName) +
                   ": not an @aws-cdk/aws-service-spec database (no schema.resource.entities)";
    return result;
  }

  std::unordered_map<std::string, std::string> resourceNames;
  for (const Value& resource : resources->sequence()) {
    resourceNames.emplace(textOf(field(resource, "$id")),
                          textOf(field(resource, "cloudFormationType")));
  }
  // A property names a type relative to its resource type ("VpcConfig"), as
  // findPropertyTypeOf expects; the table's entries carry the owner's name before it.
  std::unordered_map<std::string, std::string> relativeNames;
  for (const Value& definition : definitions->sequence()) {
    relativeNames.emplace(textOf(field(definition, "$id")), textOf(field(definition, "name")));
  }
  const TypeConverter types(relativeNames);

  EntryMap resourceEntries;
  for (const Value& resource : resources->sequence()) {
    const std::string_view name = textOf(field(resource, "cloudFormationType"));
    if (!safeName(name)) continue;
    std::vector<std::string> lines;
    if (textOf(field(resource, "isStateful")) == "true") lines.push_back("!stateful");
    std::vector<std::string> attributes;
    if (const Value* declared = field(resource, "attributes"); declared && declared->isMapping()) {
      for (const MappingEntry& attribute : declared->mapping())
        attributes.push_back("@" + attribute.key);
    }
    std::sort(attributes.begin(), attributes.end());
    lines.insert(lines.end(), attributes.begin(), attributes.end());
    for (std::string& line : propertyLines(field(resource, "properties"), types)) {
      lines.push_back(std::move(line));
    }
    resourceEntries[std::string(name)] = std::move(lines);
  }

  EntryMap propertyEntries;
  // Tags share one shape everywhere; the database writes it as a kind, not a definition.
  propertyEntries["Tag"] = {"Key|RM|String|||", "Value|RM|String|||"};
  const std::unordered_map<std::string, std::string> owners = typeOwners(*schema);
  for (const Value& definition : definitions->sequence()) {
    const auto owner = owners.find(std::string(textOf(field(definition, "$id"))));
    const auto ownerType =
        owner != owners.end() ? resourceNames.find(owner->second) : resourceNames.end();
    if (ownerType == resourceNames.end()) continue;
    const std::string name =
        ownerType->second + "." + std::string(textOf(field(definition, "name")));
    if (!safeName(name)) continue;
    std::vector<std::string> lines = propertyLines(field(definition, "properties"), types);
    // A definition without properties is an open object: any keys.
    if (lines.empty()) lines.push_back("=|-M|Json|||");
    propertyEntries[name] = std::move(lines);
  }

  LoadedSpec spec;
  spec.version = "unknown";
  appendTable(resourceEntries, spec.resourceText, spec.resourceOffsets);
  appendTable(propertyEntries, spec.propertyText, spec.propertyOffsets);
  result.spec = std::move(spec);
  return result;
}

SpecFileResult loadSpecificationFile(const std::string& path) {
  SpecFileResult result;
  FileContents contents = readInput(path, kMaxCompressedBytes);
  if (contents.error) {
    result.error = *contents.error;
    return result;
  }
  if (isGzip(contents.text)) {
    GunzipResult json = gunzip(contents.text, kMaxDatabaseBytes);
    if (json.error) {
      result.error = path + ": " + *json.error;
      return result;
    }
    contents.text = std::move(json.text);
  }
  result = convertServiceSpec(contents.text, path);
  if (result.spec) result.spec->version = versionBeside(path);
  return result;
}

}  // namespace vpcsynth
