#include "iam/containment.h"

#include <algorithm>

#include "text/ascii.h"

namespace vpcsynth::iam {
namespace {

bool equalsIgnoringCase(char a, char b) { return asciiLower(a) == asciiLower(b); }

bool hasWildcard(std::string_view text) { return text.find_first_of("*?") != text.npos; }

// Two patterns may name a common value unless their fixed starts differ; when one of them is
// plain text, matching decides exactly.
bool mayOverlap(std::string_view a, std::string_view b) {
  if (!hasWildcard(a)) return patternMatches(b, a);
  if (!hasWildcard(b)) return patternMatches(a, b);
  const std::size_t fixed = std::min(a.find_first_of("*?"), b.find_first_of("*?"));
  for (std::size_t i = 0; i < fixed; ++i) {
    if (!equalsIgnoringCase(a[i], b[i])) return false;
  }
  return true;
}

bool anyMatches(const ElementSet& patterns, std::string_view text) {
  return std::any_of(patterns.elements.begin(), patterns.elements.end(),
                     [&](const Element& pattern) { return patternMatches(pattern.text, text); });
}

}  // namespace

bool patternMatches(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || equalsIgnoringCase(pattern[p], text[t]))) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool covers(const ElementSet& outer, const ElementSet& inner) {
  if (outer.isEverything()) return true;
  if (inner.isEverything()) return false;
  // A wildcard of `inner` is read as text, so `s3:*` covers `s3:Get*` but not the reverse.
  if (!outer.negated && !inner.negated) {
    return std::all_of(inner.elements.begin(), inner.elements.end(),
                       [&](const Element& element) { return anyMatches(outer, element.text); });
  }
  // Everything but I lies within everything but O when each excluded value of O is excluded by I.
  if (outer.negated && inner.negated) {
    return std::all_of(outer.elements.begin(), outer.elements.end(),
                       [&](const Element& element) { return anyMatches(inner, element.text); });
  }
  // A list lies within everything but O when none of its values meets O.
  if (outer.negated) {
    return std::none_of(inner.elements.begin(), inner.elements.end(), [&](const Element& value) {
      return std::any_of(
          outer.elements.begin(), outer.elements.end(),
          [&](const Element& excluded) { return mayOverlap(excluded.text, value.text); });
    });
  }
  return false;  // a list never holds everything-but-some, short of `*` (handled above)
}

bool contains(const Statement& outer, const Statement& inner) {
  if (outer.effect != inner.effect) return false;
  if (!covers(outer.actions, inner.actions) || !covers(outer.resources, inner.resources) ||
      !covers(outer.principals, inner.principals)) {
    return false;
  }
  // Each condition narrows: `outer` is at least as wide only if `inner` has all of its conditions.
  return std::includes(inner.conditions.begin(), inner.conditions.end(), outer.conditions.begin(),
                       outer.conditions.end());
}

}  // namespace vpcsynth::iam
