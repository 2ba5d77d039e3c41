#include "lint/suppression.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "lint/line_index.h"
#include "lint/registry.h"
#include "lint/resource_spans.h"

namespace vpcsynth::lint {
namespace {

constexpr std::string_view kCommentMarker = "vpcsynth-lint:";

struct Ignores {
  std::vector<std::string_view> ours;
  std::vector<std::string_view> cfnLint;

  bool empty() const { return ours.empty() && cfnLint.empty(); }
};

// A span of the file, in text order, whose findings share a set of ignores.
struct Region {
  Position begin;
  Position end;  // exclusive; line 0 means "to the end of the file"
  Ignores ignores;
};

bool before(const Position& a, const Position& b) {
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

void collectStrings(const Value* list, std::vector<std::string_view>& out) {
  if (!list) return;
  if (list->isScalar()) out.push_back(list->text());
  if (!list->isSequence()) return;
  for (const Value& item : list->sequence()) {
    if (item.isScalar()) out.push_back(item.text());
  }
}

Ignores ignoresIn(const Value* metadata) {
  Ignores ignores;
  if (!metadata) return ignores;
  if (const Value* ours = metadata->find("vpcsynth-lint")) {
    collectStrings(ours->find("ignore"), ignores.ours);
  }
  if (const Value* theirs = metadata->find("cfn-lint")) {
    if (const Value* config = theirs->find("config")) {
      collectStrings(config->find("ignore_checks"), ignores.cfnLint);
    }
  }
  return ignores;
}

bool startsWithAny(std::string_view id, const std::vector<std::string_view>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [id](std::string_view prefix) {
    return !prefix.empty() && id.starts_with(prefix);
  });
}

bool mapsToIgnored(std::string_view ruleId, const std::vector<std::string_view>& theirs) {
  if (theirs.empty()) return false;
  const RuleInfo* info = findRuleInfo(ruleId);
  if (!info) return false;
  std::string_view ids = info->cfnLintIds;
  while (!ids.empty()) {
    const std::size_t comma = ids.find(',');
    std::string_view one = ids.substr(0, comma);
    while (one.starts_with(' ')) one.remove_prefix(1);
    if (!one.empty() && std::any_of(theirs.begin(), theirs.end(), [one](std::string_view prefix) {
          return !prefix.empty() && one.starts_with(prefix);
        })) {
      return true;
    }
    ids = comma == std::string_view::npos ? std::string_view() : ids.substr(comma + 1);
  }
  return false;
}

bool ignoredBy(const Ignores& ignores, std::string_view ruleId) {
  return startsWithAny(ruleId, ignores.ours) || mapsToIgnored(ruleId, ignores.cfnLint);
}

std::vector<Region> resourceRegions(const Value& root) {
  std::vector<Region> regions;
  for (const ResourceSpan& span : resourceSpans(root)) {
    Ignores ignores = ignoresIn(span.body->find("Metadata"));
    if (ignores.empty()) continue;
    regions.push_back(Region{span.begin, span.end, std::move(ignores)});
  }
  return regions;
}

bool inside(const Region& region, const Position& at) {
  return !before(at, region.begin) && (region.end.line == 0 || before(at, region.end));
}

// The rule IDs disabled by a `vpcsynth-lint: disable=` comment in `line`, if any.
std::vector<std::string_view> disabledOnLine(std::string_view line) {
  std::vector<std::string_view> ids;
  const std::size_t hash = line.find('#');
  if (hash == std::string_view::npos) return ids;
  std::size_t marker = line.find(kCommentMarker, hash);
  if (marker == std::string_view::npos) return ids;
  std::string_view rest = line.substr(marker + kCommentMarker.size());
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  if (!rest.starts_with("disable=")) return ids;
  rest.remove_prefix(8);
  rest = rest.substr(0, rest.find_first_of(" \t#"));
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    if (comma != 0) ids.push_back(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return ids;
}

bool isCommentOnly(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line[first] == '#';
}

bool disabledByComment(const LineIndex& lines, const Diagnostic& finding) {
  const std::uint32_t line = finding.position.line;
  if (line == 0) return false;
  if (startsWithAny(finding.ruleId, disabledOnLine(lines.line(line)))) return true;
  if (line == 1) return false;
  std::string_view above = lines.line(line - 1);
  return isCommentOnly(above) && startsWithAny(finding.ruleId, disabledOnLine(above));
}

}  // namespace

std::size_t applySuppressions(const Value* root, std::string_view source, Diagnostics& findings) {
  Ignores fileWide;
  std::vector<Region> regions;
  if (root) {
    fileWide = ignoresIn(root->find("Metadata"));
    regions = resourceRegions(*root);
  }
  // Most files have no suppression comment: then no line needs to be looked at.
  std::optional<LineIndex> lines;
  if (source.find(kCommentMarker) != std::string_view::npos) lines.emplace(source);
  const auto suppressed = [&](const Diagnostic& finding) {
    if (ignoredBy(fileWide, finding.ruleId)) return true;
    // Regions are disjoint and in text order: only the last one starting before the finding
    // can hold it.
    auto after = std::upper_bound(
        regions.begin(), regions.end(), finding.position,
        [](const Position& at, const Region& region) { return before(at, region.begin); });
    if (after != regions.begin()) {
      const Region& region = *std::prev(after);
      if (inside(region, finding.position) && ignoredBy(region.ignores, finding.ruleId)) {
        return true;
      }
    }
    return lines && disabledByComment(*lines, finding);
  };
  const std::size_t before = findings.size();
  findings.erase(std::remove_if(findings.begin(), findings.end(), suppressed), findings.end());
  return before - findings.size();
}

}  // namespace vpcsynth::lint
