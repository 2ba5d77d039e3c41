#pragma once

#include <string_view>

#include "iam/policy_statement.h"

namespace vpcsynth::iam {

/// True when `pattern` (with IAM's `*` and `?`, case ignored) matches the whole of `text`.
bool patternMatches(std::string_view pattern, std::string_view text);

/// True when every value `inner` names is named by `outer` too.
bool covers(const ElementSet& outer, const ElementSet& inner);

/// True when every request `inner` applies to, `outer` applies to as well, with the same effect:
/// as many actions, resources and principals or more, and no condition `inner` lacks.
bool contains(const Statement& outer, const Statement& inner);

}  // namespace vpcsynth::iam
