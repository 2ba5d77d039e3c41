#pragma once

#include <cstddef>
#include <string>

#include "model/value.h"

namespace vpcsynth {

/// `value` on one line in YAML flow style with short-form functions (`!Ref Vpc`,
/// `[a, b]`, `{Key: Name, Value: x}`), cut to about `maxLength` characters with `...` when
/// longer (0: never cut).
std::string inlineText(const Value& value, std::size_t maxLength = 0);

/// The name a reference points at: `Vpc` for `!Ref Vpc` or `!GetAtt Vpc.X`, else `inlineText`.
std::string referenceName(const Value& value);

}  // namespace vpcsynth
