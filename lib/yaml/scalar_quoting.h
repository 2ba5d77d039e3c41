#pragma once

#include <string>
#include <string_view>

namespace vpcsynth {

/// Where a scalar is written: block context, or inside `[...]` where `,[]{}` end a plain scalar.
enum class ScalarContext : unsigned char { Block, Flow };

/// True when `text` can be written as a plain YAML scalar and read back as the same characters.
/// It says nothing about type: callers quote strings that would resolve as numbers or booleans.
bool isPlainSyntaxSafe(std::string_view text, ScalarContext context);

/// True when a literal block (`|`) writes `text` faithfully: several lines, printable characters.
bool suitsLiteralBlock(std::string_view text);

/// `text` in single quotes when it has no control characters, otherwise in double quotes with
/// escapes.
std::string quoteYaml(std::string_view text);

/// `text` as a JSON string literal, quotes included.
void appendJsonString(std::string& out, std::string_view text);

}  // namespace vpcsynth
