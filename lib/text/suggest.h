#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vpcsynth {

/// Edit distance (optimal string alignment), ignoring ASCII case: an insertion, a deletion, a
/// substitution or the swap of two neighbouring characters each cost one.
std::size_t editDistance(std::string_view a, std::string_view b);

/// The one candidate closest to `wrong`, if close enough to be a likely typo (at most a third of
/// the name, and at least 1 edit allowed); a name that differs only in case wins outright; ties
/// go to the earliest candidate. Empty when none is close.
std::string_view closestName(std::string_view wrong,
                             const std::vector<std::string_view>& candidates);

/// " (did you mean 'X'?)" for the closest candidate, or an empty string.
std::string didYouMean(std::string_view wrong, const std::vector<std::string_view>& candidates);

}  // namespace vpcsynth
