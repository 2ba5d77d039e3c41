#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace vpcsynth {

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely
/// typo (at most a third of the word's length, and at least 1 edit allowed).
std::optional<std::string_view> closestMatch(std::string_view word,
                                             const std::vector<std::string_view>& candidates);

/// " (did you mean 'x'?)" for the closest candidate, or an empty string.
std::string didYouMean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace vpcsynth
