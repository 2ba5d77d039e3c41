#include "text/suggest.h"

#include <algorithm>

#include "text/ascii.h"

namespace vpcsynth {

std::size_t editDistance(std::string_view a, std::string_view b) {
  // Three rows: the transposition of two neighbours looks two rows back.
  std::vector<std::size_t> twoBack(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution =
          previous[j - 1] + (asciiLower(a[i - 1]) == asciiLower(b[j - 1]) ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && asciiLower(a[i - 1]) == asciiLower(b[j - 2]) &&
          asciiLower(a[i - 2]) == asciiLower(b[j - 1])) {
        current[j] = std::min(current[j], twoBack[j - 2] + 1);
      }
    }
    std::swap(twoBack, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string_view closestName(std::string_view wrong,
                             const std::vector<std::string_view>& candidates) {
  const std::size_t allowed = std::max<std::size_t>(1, wrong.size() / 3);
  std::string_view best;
  std::size_t bestDistance = allowed + 1;
  for (std::string_view candidate : candidates) {
    if (equalIgnoringAsciiCase(candidate, wrong)) return candidate;
    const std::size_t longer = std::max(candidate.size(), wrong.size());
    const std::size_t shorter = std::min(candidate.size(), wrong.size());
    if (longer - shorter >= bestDistance) continue;
    const std::size_t distance = editDistance(wrong, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string didYouMean(std::string_view wrong, const std::vector<std::string_view>& candidates) {
  std::string_view best = closestName(wrong, candidates);
  if (best.empty()) return {};
  return " (did you mean '" + std::string(best) + "'?)";
}

}  // namespace vpcsynth
