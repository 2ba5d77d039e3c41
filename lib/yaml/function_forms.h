#pragma once

#include <string_view>

#include "model/value.h"

namespace vpcsynth {

/// A mapping whose only key names a function (`Ref: X`, `Fn::GetAtt: [A, B]`) becomes that
/// function's call; any other mapping is returned unchanged.
Value longFormToCall(Value mapping);

/// The value of a short-form tag (`!GetAtt A.B`): the function's call, or, for a tag that names
/// no known function, the long form `{"Fn::Tag": value}` so that nothing is lost.
Value shortFormToCall(std::string_view tag, Value argument, Position position);

/// Brings a function's argument to the one shape every form shares: `GetAtt` as a two-item list
/// (`A.B.C` splits at the first dot), the `{Condition: X}` items of `And`, `Or` and `Not` as
/// `Condition` calls.
Value normalizeArgument(Function function, Value argument);

/// A condition defined as another condition (`Alias: {Condition: Other}`) is a `Condition` call
/// in the `Conditions` section of a template, as `!Condition Other` would be.
void normalizeConditionsSection(Value& document);

}  // namespace vpcsynth
