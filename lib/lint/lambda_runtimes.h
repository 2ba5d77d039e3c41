#pragma once

#include <string_view>

namespace vpcsynth::lint {

/// When the Lambda runtime deprecation table below was last reviewed, `YYYY-MM-DD`: the default
/// of `--as-of`, so that a CI result changes only when the table or the flag does.
std::string_view runtimeTableDate();

/// One entry of the table: the day AWS Lambda deprecates a runtime (it stops patching it).
struct RuntimeDeprecation {
  std::string_view runtime;
  std::string_view deprecated;  // YYYY-MM-DD
};

/// The entry for `runtime`, or null for a runtime with no announced deprecation.
const RuntimeDeprecation* findRuntimeDeprecation(std::string_view runtime);

}  // namespace vpcsynth::lint
