#include "model/function.h"

#include <array>

namespace vpcsynth {
namespace {

struct FunctionName {
  Function function;
  std::string_view longName;
  std::string_view shortTag;
};

constexpr std::array kFunctionNames{
    FunctionName{Function::Ref, "Ref", "Ref"},
    FunctionName{Function::GetAtt, "Fn::GetAtt", "GetAtt"},
    FunctionName{Function::Sub, "Fn::Sub", "Sub"},
    FunctionName{Function::Join, "Fn::Join", "Join"},
    FunctionName{Function::Select, "Fn::Select", "Select"},
    FunctionName{Function::Split, "Fn::Split", "Split"},
    FunctionName{Function::GetAZs, "Fn::GetAZs", "GetAZs"},
    FunctionName{Function::ImportValue, "Fn::ImportValue", "ImportValue"},
    FunctionName{Function::FindInMap, "Fn::FindInMap", "FindInMap"},
    FunctionName{Function::Base64, "Fn::Base64", "Base64"},
    FunctionName{Function::Cidr, "Fn::Cidr", "Cidr"},
    FunctionName{Function::If, "Fn::If", "If"},
    FunctionName{Function::Equals, "Fn::Equals", "Equals"},
    FunctionName{Function::And, "Fn::And", "And"},
    FunctionName{Function::Or, "Fn::Or", "Or"},
    FunctionName{Function::Not, "Fn::Not", "Not"},
    FunctionName{Function::Condition, "Condition", "Condition"},
    FunctionName{Function::Transform, "Fn::Transform", "Transform"},
    FunctionName{Function::Length, "Fn::Length", "Length"},
    FunctionName{Function::ToJsonString, "Fn::ToJsonString", "ToJsonString"},
    FunctionName{Function::ForEach, "Fn::ForEach", "ForEach"},
};

const FunctionName& entryFor(Function function) {
  return kFunctionNames[static_cast<std::size_t>(function)];
}

}  // namespace

std::string_view longName(Function function) { return entryFor(function).longName; }

std::string_view shortTag(Function function) { return entryFor(function).shortTag; }

std::optional<Function> functionFromLongName(std::string_view key) {
  if (key != "Ref" && key != "Condition" && !key.starts_with("Fn::")) return std::nullopt;
  for (const auto& entry : kFunctionNames) {
    if (entry.longName == key && entry.function != Function::ForEach) return entry.function;
  }
  return std::nullopt;
}

std::optional<Function> functionFromShortTag(std::string_view tag) {
  for (const auto& entry : kFunctionNames) {
    if (entry.shortTag == tag && entry.function != Function::ForEach) return entry.function;
  }
  return std::nullopt;
}

bool isForEachKey(std::string_view key) {
  constexpr std::string_view prefix = "Fn::ForEach::";
  return key.size() > prefix.size() && key.starts_with(prefix);
}

}  // namespace vpcsynth
