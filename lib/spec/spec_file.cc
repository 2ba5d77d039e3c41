#include "spec/spec_file.h"

#include <algorithm>

#include "io/file_io.h"
#include "model/scalar_type.h"
#include "yaml/reader.h"

namespace vpcsynth {
namespace {

std::vector<const MappingEntry*> sortedEntries(const Value* mapping) {
  std::vector<const MappingEntry*> entries;
  if (mapping == nullptr || !mapping->isMapping()) return entries;
  for (const MappingEntry& entry : mapping->mapping()) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(),
            [](const MappingEntry* a, const MappingEntry* b) { return a->key < b->key; });
  return entries;
}

char updateCode(std::string_view updateType) {
  if (updateType == "Mutable") return 'M';
  if (updateType == "Immutable") return 'I';
  if (updateType == "Conditional") return 'C';
  return '-';
}

/// One line in the format of the generated data (see resource_spec_data.cc).
void appendProperty(std::string& text, std::string_view name, const Value& property) {
  auto field = [&property](std::string_view key) {
    const Value* value = property.find(key);
    return value != nullptr && value->isScalar() ? value->text() : std::string_view();
  };
  const Value* duplicates = property.find("DuplicatesAllowed");
  const bool unordered = duplicates != nullptr && plainBoolean(duplicates->text()) == false;
  text.append(name).append("|");
  text += plainBoolean(field("Required")).value_or(false) ? 'R' : '-';
  text += updateCode(field("UpdateType"));
  text += unordered ? 'U' : '-';
  for (std::string_view key : {"PrimitiveType", "Type", "PrimitiveItemType", "ItemType"}) {
    text.append("|").append(field(key));
  }
  text += '\n';
}

void appendTable(const Value* types, bool withAttributes, std::string& text,
                 std::vector<std::uint32_t>& offsets) {
  for (const MappingEntry* type : sortedEntries(types)) {
    offsets.push_back(static_cast<std::uint32_t>(text.size()));
    text.append(type->key).append("\n");
    if (withAttributes) {
      for (const MappingEntry* attribute : sortedEntries(type->value.find("Attributes"))) {
        text.append("@").append(attribute->key).append("\n");
      }
    }
    const Value* properties = type->value.find("Properties");
    if (properties == nullptr && (type->value.find("Type") || type->value.find("PrimitiveType"))) {
      appendProperty(text, "=", type->value);
    }
    for (const MappingEntry* property : sortedEntries(properties)) {
      appendProperty(text, property->key, property->value);
    }
  }
  offsets.push_back(static_cast<std::uint32_t>(text.size()));
}

}  // namespace

spec_data::SpecTable LoadedSpec::resourceTable() const {
  return {resourceText.data(), resourceOffsets.data(), resourceOffsets.size() - 1};
}

spec_data::SpecTable LoadedSpec::propertyTable() const {
  return {propertyText.data(), propertyOffsets.data(), propertyOffsets.size() - 1};
}

SpecFileResult loadSpecificationFile(const std::string& path) {
  SpecFileResult result;
  const ReadLimits limits;
  FileContents contents = readInput(path, limits.maxBytes);
  if (contents.error) {
    result.error = *contents.error;
    return result;
  }
  ReadResult read = readDocument(contents.text, path, limits);
  if (!read.ok()) {
    result.error = read.diagnostics.empty() ? path + ": unreadable"
                                            : renderDiagnostic(read.diagnostics.front());
    return result;
  }
  const Value& document = *read.document;
  if (document.find("ResourceTypes") == nullptr || !document.find("ResourceTypes")->isMapping()) {
    result.error = path + ": not a resource specification (no ResourceTypes mapping)";
    return result;
  }
  LoadedSpec spec;
  const Value* version = document.find("ResourceSpecificationVersion");
  spec.version = version != nullptr ? std::string(version->text()) : std::string("unknown");
  appendTable(document.find("ResourceTypes"), true, spec.resourceText, spec.resourceOffsets);
  appendTable(document.find("PropertyTypes"), false, spec.propertyText, spec.propertyOffsets);
  result.spec = std::move(spec);
  return result;
}

}  // namespace vpcsynth
