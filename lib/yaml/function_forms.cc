#include "yaml/function_forms.h"

#include <string>

namespace vpcsynth {
namespace {

Value splitGetAttString(const Value& argument) {
  std::string_view text = argument.text();
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos) return argument;
  Position position = argument.position();
  Position attributePosition = position;
  if (attributePosition.known()) attributePosition.column += static_cast<std::uint32_t>(dot + 1);
  Sequence parts;
  parts.push_back(Value::string(std::string(text.substr(0, dot)), position));
  parts.push_back(Value::string(std::string(text.substr(dot + 1)), attributePosition));
  return Value(std::move(parts), position);
}

bool takesConditions(Function function) {
  return function == Function::And || function == Function::Or || function == Function::Not;
}

void conditionMappingToCall(Value& item) {
  if (!item.isMapping() || item.mapping().size() != 1) return;
  const MappingEntry& only = item.mapping().entries().front();
  if (only.key != "Condition") return;
  const Position position = item.position();
  item = Value::call(Function::Condition, only.value, position);
}

}  // namespace

Value normalizeArgument(Function function, Value argument) {
  if (function == Function::GetAtt && argument.isScalar()) return splitGetAttString(argument);
  if (takesConditions(function) && argument.isSequence()) {
    for (Value& item : argument.sequence()) conditionMappingToCall(item);
  }
  return argument;
}

Value longFormToCall(Value mapping) {
  if (!mapping.isMapping() || mapping.mapping().size() != 1) return mapping;
  const MappingEntry& only = mapping.mapping().entries().front();
  // A lone `Condition:` key is a resource attribute or a policy block as often as a function;
  // it becomes a call only inside And/Or/Not, where `normalizeArgument` handles it.
  if (only.key == "Condition") return mapping;
  std::optional<Function> function = functionFromLongName(only.key);
  if (!function) return mapping;
  const Position position = mapping.position();
  Value argument = std::move(*mapping.mapping().find(only.key));
  return Value::call(*function, normalizeArgument(*function, std::move(argument)), position);
}

void normalizeConditionsSection(Value& document) {
  if (!document.isMapping()) return;
  Value* conditions = document.mapping().find("Conditions");
  if (!conditions || !conditions->isMapping()) return;
  for (std::size_t i = 0; i < conditions->mapping().size(); ++i) {
    conditionMappingToCall(conditions->mapping().valueAt(i));
  }
}

Value shortFormToCall(std::string_view tag, Value argument, Position position) {
  if (std::optional<Function> function = functionFromShortTag(tag)) {
    return Value::call(*function, normalizeArgument(*function, std::move(argument)), position);
  }
  Mapping longForm;
  longForm.append("Fn::" + std::string(tag), std::move(argument), position);
  return Value(std::move(longForm), position);
}

}  // namespace vpcsynth
