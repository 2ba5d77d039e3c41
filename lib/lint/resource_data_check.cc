#include "lint/resource_data_check.h"

#include <fmt/format.h>

#include "lint/requirement_check.h"
#include "model/scalar_type.h"
#include "spec/resource_spec.h"
#include "text/suggest.h"

namespace vpcsynth::lint {
namespace {

// Property types nest a few levels; the bound keeps a hostile template from recursing deeply.
constexpr int kMaxDepth = 16;

// Properties that `aws cloudformation package` rewrites from a local path into a structure, so a
// string is what the author writes.
constexpr std::string_view kPackagedProperties[] = {
    "Code", "BodyS3Location", "DefinitionS3Location", "SourceBundle", "Content", "TemplateURL"};

bool isPackagedPath(std::string_view where, const Value& value) {
  if (!value.isScalar()) return false;
  const std::size_t dot = where.rfind('.');
  const std::string_view property = dot == std::string_view::npos ? where : where.substr(dot + 1);
  for (std::string_view packaged : kPackagedProperties) {
    if (packaged == property) return true;
  }
  return false;
}

// A function the model does not know yet (`Fn::GetStackOutput`) or a preprocessor directive
// (`Rain::Embed`) stands for a value computed later: a mapping with one `Prefix::Name` key.
bool isFunctionLike(const Value& value) {
  if (value.isFunction()) return true;
  return value.isMapping() && value.mapping().size() == 1 &&
         value.mapping().entries().front().key.find("::") != std::string::npos;
}

class DataChecker {
 public:
  explicit DataChecker(std::vector<DataIssue>& out) : out_(out) {}

  void checkProperties(const Value& value, const std::vector<PropertySpec>& specs,
                       std::string_view owner, std::string_view where, int depth) {
    if (depth > kMaxDepth || isFunctionLike(value) || isPackagedPath(where, value)) return;
    if (!value.isMapping()) {
      report(DataProblem::WrongType, value.position(),
             fmt::format("{} must be a mapping of properties, not {}", where, describeKind(value)));
      return;
    }
    for (const MappingEntry& entry : value.mapping()) {
      const PropertySpec* spec = find(specs, entry.key);
      if (!spec) {
        std::vector<std::string_view> names;
        for (const PropertySpec& candidate : specs) names.push_back(candidate.name);
        report(DataProblem::UnknownProperty, entry.keyPosition,
               fmt::format("{} has no property '{}'{}", where, entry.key,
                           didYouMean(entry.key, names)));
        continue;
      }
      checkValue(entry.value, *spec, owner, fmt::format("{}.{}", where, entry.key), depth + 1);
    }
    for (const PropertySpec& spec : specs) {
      if (spec.required && !value.mapping().contains(spec.name)) {
        report(DataProblem::MissingRequired, value.position(),
               fmt::format("{} is missing the required property '{}'", where, spec.name));
      }
    }
  }

 private:
  static const PropertySpec* find(const std::vector<PropertySpec>& specs, std::string_view name) {
    for (const PropertySpec& spec : specs) {
      if (spec.name == name) return &spec;
    }
    return nullptr;
  }

  void checkValue(const Value& value, const PropertySpec& spec, std::string_view owner,
                  const std::string& where, int depth) {
    if (isFunctionLike(value) || depth > kMaxDepth) return;
    if (!spec.primitiveType.empty()) return checkPrimitive(value, spec.primitiveType, where);
    if (spec.type == "List") {
      if (!value.isSequence()) {
        return report(DataProblem::WrongType, value.position(),
                      fmt::format("{} must be a list, not {}", where, describeKind(value)));
      }
      for (const Value& item : value.sequence()) checkItem(item, spec, owner, where, depth);
      return;
    }
    if (spec.type == "Map") {
      if (!value.isMapping()) {
        return report(DataProblem::WrongType, value.position(),
                      fmt::format("{} must be a mapping, not {}", where, describeKind(value)));
      }
      for (const MappingEntry& entry : value.mapping())
        checkItem(entry.value, spec, owner, where, depth);
      return;
    }
    if (!spec.type.empty()) checkStructure(value, spec.type, owner, where, depth);
  }

  void checkItem(const Value& item, const PropertySpec& spec, std::string_view owner,
                 const std::string& where, int depth) {
    if (!spec.primitiveItemType.empty()) return checkPrimitive(item, spec.primitiveItemType, where);
    if (!spec.itemType.empty()) checkStructure(item, spec.itemType, owner, where, depth);
  }

  void checkStructure(const Value& value, std::string_view typeName, std::string_view owner,
                      const std::string& where, int depth) {
    const PropertyTypeSpec* type = findPropertyTypeOf(owner, typeName);
    if (!type || !type->shape.name.empty()) return;
    checkProperties(value, type->properties, owner, where, depth + 1);
  }

  void checkPrimitive(const Value& value, std::string_view primitive, const std::string& where) {
    if (isFunctionLike(value) || primitive == "Json") return;
    if (!value.isScalar()) {
      return report(DataProblem::WrongType, value.position(),
                    fmt::format("{} must be {}, not {}", where, describePrimitive(primitive),
                                describeKind(value)));
    }
    const std::string_view text = value.text();
    // Several kinds joined by `/` ("Boolean/String"): the value may be any of them.
    bool fits = false;
    std::string_view rest = primitive;
    while (!rest.empty() && !fits) {
      const std::size_t slash = rest.find('/');
      fits = scalarFits(text, rest.substr(0, slash));
      rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    }
    if (!fits && !text.starts_with("{{resolve:")) {
      report(DataProblem::WrongType, value.position(),
             fmt::format("{} must be {}, not '{}'", where, describePrimitive(primitive), text));
    }
  }

  static bool scalarFits(std::string_view text, std::string_view primitive) {
    if (primitive == "Integer" || primitive == "Long") return isInteger(text);
    if (primitive == "Double") return isJsonNumber(text);
    if (primitive == "Boolean") {
      return plainBoolean(text).has_value() || text == "true" || text == "false";
    }
    return true;
  }

  static bool isInteger(std::string_view text) {
    if (text.starts_with('-')) text.remove_prefix(1);
    if (text.empty()) return false;
    for (char c : text) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  static std::string describePrimitive(std::string_view primitive) {
    if (const std::size_t slash = primitive.find('/'); slash != std::string_view::npos) {
      return describePrimitive(primitive.substr(0, slash)) + " or " +
             describePrimitive(primitive.substr(slash + 1));
    }
    if (primitive == "Integer" || primitive == "Long") return "an integer";
    if (primitive == "Double") return "a number";
    if (primitive == "Boolean") return "a boolean";
    if (primitive == "Timestamp") return "a timestamp";
    return "a string";
  }

  void report(DataProblem problem, const Position& position, std::string message) {
    out_.push_back(DataIssue{problem, position, std::move(message)});
  }

  std::vector<DataIssue>& out_;
};

}  // namespace

std::vector<DataIssue> checkResourceData(const LintContext& context) {
  std::vector<DataIssue> issues;
  // A transform (SAM) rewrites resources and their properties before CloudFormation reads them.
  if (context.hasTransform()) return issues;
  DataChecker checker(issues);
  for (const Resource& resource : context.resources()) {
    if (resource.type.empty()) continue;
    const ResourceTypeSpec* spec = findResourceType(resource.type);
    if (!spec) continue;
    const std::string where = fmt::format("{} '{}'", resource.type, resource.name);
    checkPropertyRequirements(resource, where, issues);
    if (resource.properties) {
      checker.checkProperties(*resource.properties, spec->properties, resource.type, where, 0);
      continue;
    }
    for (const PropertySpec& property : spec->properties) {
      if (!property.required) continue;
      issues.push_back(
          DataIssue{DataProblem::MissingRequired, resource.keyPosition,
                    fmt::format("{} is missing the required property '{}'", where, property.name)});
    }
  }
  return issues;
}

}  // namespace vpcsynth::lint
