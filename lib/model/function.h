#pragma once

#include <optional>
#include <string_view>

namespace vpcsynth {

/// The CloudFormation intrinsic and condition functions.
enum class Function : unsigned char {
  Ref,
  GetAtt,
  Sub,
  Join,
  Select,
  Split,
  GetAZs,
  ImportValue,
  FindInMap,
  Base64,
  Cidr,
  If,
  Equals,
  And,
  Or,
  Not,
  Condition,
  Transform,
  Length,
  ToJsonString,
  ForEach,
};

/// The key of the long form: "Ref", "Condition" or "Fn::Name".
std::string_view longName(Function function);

/// The tag of the short form without its "!": "Ref", "GetAtt", ...
std::string_view shortTag(Function function);

/// The function whose long-form key is `key`, if any. "Fn::ForEach::Loop" keys are not matched
/// here: they name a loop and sit beside other keys (see `isForEachKey`).
std::optional<Function> functionFromLongName(std::string_view key);

/// The function whose short-form tag (without "!") is `tag`, if any.
std::optional<Function> functionFromShortTag(std::string_view tag);

/// True for the "Fn::ForEach::LoopName" keys of the language extensions transform.
bool isForEachKey(std::string_view key);

}  // namespace vpcsynth
