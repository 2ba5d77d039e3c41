#include "synth/values.h"

#include <fmt/format.h>

namespace vpcsynth::synth {

Value text(std::string_view value) { return Value::string(std::string(value)); }

Value integer(std::int64_t value) { return Value::plain(std::to_string(value)); }

Value boolean(bool value) { return Value::plain(value ? "true" : "false"); }

Value refTo(std::string_view name) { return Value::call(Function::Ref, text(name)); }

Value getAtt(std::string_view resource, std::string_view attribute) {
  return Value::call(Function::GetAtt, list({text(resource), text(attribute)}));
}

Value sub(std::string_view format) { return Value::call(Function::Sub, text(format)); }

Value availabilityZone(int index) {
  return Value::call(Function::Select,
                     list({integer(index), Value::call(Function::GetAZs, text(""))}));
}

Value join(std::string_view separator, Sequence items) {
  return Value::call(Function::Join, list({text(separator), Value(std::move(items))}));
}

Value mapping(std::initializer_list<std::pair<std::string_view, Value>> entries) {
  Mapping result;
  for (const auto& [key, value] : entries) result.append(std::string(key), value);
  return Value(std::move(result));
}

Value list(std::initializer_list<Value> items) { return Value(Sequence(items)); }

Value nameTags(std::string_view suffix) {
  return list({mapping(
      {{"Key", text("Name")}, {"Value", sub(fmt::format("${{AWS::StackName}}-{}", suffix))}})});
}

Value resource(std::string_view type, Value properties) {
  return mapping({{"Type", text(type)}, {"Properties", std::move(properties)}});
}

Value resource(std::string_view type, Value properties, std::string_view dependsOn) {
  return mapping({{"Type", text(type)},
                  {"DependsOn", text(dependsOn)},
                  {"Properties", std::move(properties)}});
}

}  // namespace vpcsynth::synth
