#include "lint/lint_context.h"

#include <array>
#include <unordered_set>

#include "facts/lambda_runtimes.h"

namespace vpcsynth::lint {
namespace {

class ReferenceCollector {
 public:
  ReferenceCollector(std::vector<Reference>& out, bool& dynamicMappingUse)
      : out_(out), dynamicMappingUse_(dynamicMappingUse) {}

  void setResource(std::string_view name) { resource_ = name; }

  void add(ReferenceKind kind, std::string_view target, std::string_view attribute,
           const Position& position) {
    out_.push_back(Reference{kind, target, attribute, position, resource_});
  }

  void walk(const Value& value, const std::unordered_set<std::string_view>* locals = nullptr) {
    switch (value.kind()) {
      case Value::Kind::Sequence:
        for (const Value& item : value.sequence()) walk(item, locals);
        break;
      case Value::Kind::Mapping:
        for (const MappingEntry& entry : value.mapping()) walk(entry.value, locals);
        break;
      case Value::Kind::Function: walkCall(value, locals); break;
      default: break;
    }
  }

 private:
  void walkCall(const Value& value, const std::unordered_set<std::string_view>* locals) {
    const FunctionCall& call = value.functionCall();
    const Value& argument = *call.argument;
    switch (call.function) {
      case Function::Ref:
        if (argument.isScalar() && !(locals && locals->count(argument.text()))) {
          add(ReferenceKind::Ref, argument.text(), {}, positionOf(argument, value));
        } else {
          walk(argument, locals);
        }
        return;
      case Function::GetAtt: walkGetAtt(value, argument, locals); return;
      case Function::Sub: walkSub(value, argument, locals); return;
      case Function::Condition:
        if (argument.isScalar()) {
          add(ReferenceKind::Condition, argument.text(), {}, positionOf(argument, value));
          return;
        }
        break;
      case Function::If:
        if (argument.isSequence() && !argument.sequence().empty() &&
            argument.sequence().front().isScalar()) {
          const Value& name = argument.sequence().front();
          add(ReferenceKind::Condition, name.text(), {}, positionOf(name, value));
          for (std::size_t i = 1; i < argument.sequence().size(); ++i) {
            walk(argument.sequence()[i], locals);
          }
          return;
        }
        break;
      case Function::FindInMap:
        if (argument.isSequence() && !argument.sequence().empty()) {
          const Value& name = argument.sequence().front();
          if (name.isScalar()) {
            add(ReferenceKind::FindInMap, name.text(), {}, positionOf(name, value));
          } else {
            dynamicMappingUse_ = true;
          }
        }
        break;
      default: break;
    }
    walk(argument, locals);
  }

  void walkGetAtt(const Value& call, const Value& argument,
                  const std::unordered_set<std::string_view>* locals) {
    if (argument.isScalar()) {
      add(ReferenceKind::GetAtt, argument.text(), {}, positionOf(argument, call));
      return;
    }
    if (!argument.isSequence() || argument.sequence().empty()) return walk(argument, locals);
    const Sequence& parts = argument.sequence();
    if (!parts.front().isScalar()) return walk(argument, locals);
    std::string_view attribute = parts.size() > 1 ? parts[1].text() : std::string_view();
    add(ReferenceKind::GetAtt, parts.front().text(), attribute, positionOf(parts.front(), call));
    for (std::size_t i = 1; i < parts.size(); ++i) walk(parts[i], locals);
  }

  void walkSub(const Value& call, const Value& argument,
               const std::unordered_set<std::string_view>* outerLocals) {
    const Value* text = &argument;
    std::unordered_set<std::string_view> locals;
    if (outerLocals) locals = *outerLocals;
    if (argument.isSequence()) {
      const Sequence& parts = argument.sequence();
      if (parts.empty()) return;
      text = &parts.front();
      if (parts.size() > 1 && parts[1].isMapping()) {
        for (const MappingEntry& entry : parts[1].mapping()) {
          locals.insert(entry.key);
          walk(entry.value, outerLocals);
        }
      }
    }
    if (!text->isScalar()) return walk(*text, outerLocals);
    for (std::string_view variable : subVariables(text->text())) {
      const std::size_t dot = variable.find('.');
      std::string_view target = variable.substr(0, dot);
      if (locals.count(variable) || locals.count(target)) continue;
      std::string_view attribute =
          dot == std::string_view::npos ? std::string_view() : variable.substr(dot + 1);
      add(ReferenceKind::SubVariable, target, attribute, positionOf(*text, call));
    }
  }

  static Position positionOf(const Value& preferred, const Value& fallback) {
    return preferred.position().known() ? preferred.position() : fallback.position();
  }

  std::vector<Reference>& out_;
  bool& dynamicMappingUse_;
  std::string_view resource_;
};

}  // namespace

const Value* Resource::property(std::string_view key) const {
  return properties ? properties->find(key) : nullptr;
}

bool isPseudoParameter(std::string_view name) {
  static constexpr std::array<std::string_view, 8> kNames = {
      "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",   "AWS::Partition",
      "AWS::Region",    "AWS::StackId",          "AWS::StackName", "AWS::URLSuffix"};
  for (std::string_view known : kNames) {
    if (known == name) return true;
  }
  return false;
}

std::vector<std::string_view> subVariables(std::string_view text) {
  std::vector<std::string_view> variables;
  std::size_t at = 0;
  while ((at = text.find("${", at)) != std::string_view::npos) {
    const std::size_t close = text.find('}', at + 2);
    if (close == std::string_view::npos) break;
    std::string_view inside = text.substr(at + 2, close - at - 2);
    // CloudFormation ignores spaces around the name: `${ AWS::Region }` works.
    while (!inside.empty() && inside.front() == ' ') inside.remove_prefix(1);
    while (!inside.empty() && inside.back() == ' ') inside.remove_suffix(1);
    if (!inside.empty() && inside.front() != '!') variables.push_back(inside);
    at = close + 1;
  }
  return variables;
}

LintContext::LintContext(const Value& root, std::string_view source, std::string_view fileName,
                         LintSettings settings)
    : root_(root),
      source_(source),
      filePosition_{internFileName(fileName), 1, 1},
      settings_(std::move(settings)) {
  indexResources();
  collectReferences();
}

const Mapping* LintContext::section(std::string_view name) const {
  const Value* found = root_.find(name);
  return found && found->isMapping() ? &found->mapping() : nullptr;
}

bool LintContext::isModuleOutput(std::string_view name) const {
  for (const Resource* module : modules_) {
    if (name.size() > module->name.size() && name.starts_with(module->name)) return true;
  }
  return false;
}

const Resource* LintContext::resource(std::string_view name) const {
  auto found = resourceIndex_.find(name);
  return found == resourceIndex_.end() ? nullptr : &resources_[found->second];
}

std::vector<const Resource*> LintContext::resourcesOfType(std::string_view type) const {
  std::vector<const Resource*> matching;
  for (const Resource& resource : resources_) {
    if (resource.type == type) matching.push_back(&resource);
  }
  return matching;
}

const Resource* LintContext::referencedResource(const Value& value) const {
  if (value.isFunction(Function::Ref)) return resource(value.functionCall().argument->text());
  if (value.isFunction(Function::GetAtt)) {
    const Value& argument = *value.functionCall().argument;
    if (argument.isSequence() && !argument.sequence().empty()) {
      return resource(argument.sequence().front().text());
    }
  }
  return nullptr;
}

void LintContext::indexResources() {
  const Mapping* resources = section("Resources");
  if (!resources) return;
  resources_.reserve(resources->size());
  for (const MappingEntry& entry : *resources) {
    Resource resource{entry.key, entry.keyPosition, &entry.value, {}, nullptr};
    if (const Value* type = entry.value.find("Type"); type && type->isScalar()) {
      resource.type = type->text();
    }
    resource.properties = entry.value.find("Properties");
    resourceIndex_.emplace(resource.name, resources_.size());
    resources_.push_back(resource);
  }
  for (const Resource& resource : resources_) {
    if (resource.type.ends_with("::MODULE")) modules_.push_back(&resource);
  }
}

void LintContext::collectReferences() {
  ReferenceCollector collector(references_, dynamicMappingUse_);
  for (const Resource& resource : resources_) {
    collector.setResource(resource.name);
    if (!resource.body->isMapping()) {
      collector.walk(*resource.body);
      continue;
    }
    for (const MappingEntry& entry : resource.body->mapping()) {
      if (entry.key == "DependsOn") {
        if (entry.value.isScalar()) {
          collector.add(ReferenceKind::DependsOn, entry.value.text(), {}, entry.value.position());
        } else if (entry.value.isSequence()) {
          for (const Value& item : entry.value.sequence()) {
            if (item.isScalar()) {
              collector.add(ReferenceKind::DependsOn, item.text(), {}, item.position());
            }
          }
        }
      } else if (entry.key == "Condition" && entry.value.isScalar()) {
        collector.add(ReferenceKind::Condition, entry.value.text(), {}, entry.value.position());
      } else if (entry.key != "Type") {
        collector.walk(entry.value);
      }
    }
  }
  collector.setResource({});
  for (std::string_view name : {"Conditions", "Rules", "Hooks"}) {
    if (const Mapping* mapping = section(name)) {
      for (const MappingEntry& entry : *mapping) collector.walk(entry.value);
    }
  }
  if (const Mapping* outputs = section("Outputs")) {
    for (const MappingEntry& output : *outputs) {
      if (!output.value.isMapping()) continue;
      for (const MappingEntry& entry : output.value.mapping()) {
        if (entry.key == "Condition" && entry.value.isScalar()) {
          collector.add(ReferenceKind::Condition, entry.value.text(), {}, entry.value.position());
        } else {
          collector.walk(entry.value);
        }
      }
    }
  }
}

std::string_view LintSettings::judgedOn() const {
  return asOf.empty() ? facts::runtimeTableDate() : std::string_view(asOf);
}

}  // namespace vpcsynth::lint
