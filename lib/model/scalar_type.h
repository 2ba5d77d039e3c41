#pragma once

#include <optional>
#include <string_view>

namespace vpcsynth {

/// The boolean a plain scalar means to a YAML 1.1 reader (`true`, `Yes`, `off`, ...), which is
/// what CloudFormation and cfn-lint use; nullopt when it is not a boolean.
std::optional<bool> plainBoolean(std::string_view text);

/// True when a plain scalar means null: empty, `~`, `null`, `Null`, `NULL`.
bool isPlainNull(std::string_view text);

/// True when `text` is a number as JSON writes it (RFC 8259 grammar).
bool isJsonNumber(std::string_view text);

/// True when some YAML reader (1.1 or 1.2) would take `text`, written plain, as anything other
/// than a string: null, a boolean (including `y`, `on`), a number in any base, a timestamp,
/// `<<` or `=`. Such strings must be quoted to stay strings.
bool resolvesAsNonString(std::string_view text);

}  // namespace vpcsynth
