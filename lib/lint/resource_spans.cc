#include "lint/resource_spans.h"

#include <algorithm>

namespace vpcsynth::lint {
namespace {

bool before(const Position& a, const Position& b) {
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

}  // namespace

std::vector<ResourceSpan> resourceSpans(const Value& root) {
  std::vector<ResourceSpan> spans;
  if (!root.isMapping()) return spans;
  const auto& sections = root.mapping().entries();
  for (std::size_t s = 0; s < sections.size(); ++s) {
    if (sections[s].key != "Resources" || !sections[s].value.isMapping()) continue;
    const Position sectionEnd = s + 1 < sections.size() ? sections[s + 1].keyPosition : Position{};
    const auto& resources = sections[s].value.mapping().entries();
    for (std::size_t r = 0; r < resources.size(); ++r) {
      if (!resources[r].keyPosition.known()) continue;
      const Position end = r + 1 < resources.size() ? resources[r + 1].keyPosition : sectionEnd;
      spans.push_back(
          ResourceSpan{resources[r].key, &resources[r].value, resources[r].keyPosition, end});
    }
  }
  // Sections may be written in any order (JSON especially): keep the spans in text order.
  std::sort(spans.begin(), spans.end(),
            [](const ResourceSpan& a, const ResourceSpan& b) { return before(a.begin, b.begin); });
  return spans;
}

std::string_view resourceAt(const std::vector<ResourceSpan>& spans, const Position& at) {
  if (!at.known()) return {};
  const auto after = std::upper_bound(
      spans.begin(), spans.end(), at,
      [](const Position& where, const ResourceSpan& span) { return before(where, span.begin); });
  if (after == spans.begin()) return {};
  const ResourceSpan& span = *(after - 1);
  if (span.end.line != 0 && !before(at, span.end)) return {};
  return span.name;
}

}  // namespace vpcsynth::lint
