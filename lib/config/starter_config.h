#pragma once

#include <string_view>

namespace vpcsynth {

/// The commented configuration `vpcsynth init` writes: every key with its default value, so
/// reading it gives the built-in default stack.
std::string_view starterConfig();

}  // namespace vpcsynth
