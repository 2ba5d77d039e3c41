// libFuzzer target for the semantic diff. The input holds two templates separated by a line
// `---8<---` (without one, both sides are the whole input). For any two that read: a template
// compared with itself, or with its own YAML or JSON rewrite, has no change; swapping the sides
// swaps added and removed and keeps what is modified; the monthly cost of a template against itself
// does not change and swapping the sides negates it; every report format renders.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "cost/cost_change.h"
#include "diff/diff_report.h"
#include "diff/template_diff.h"
#include "graph/change_diagram.h"
#include "yaml/reader.h"
#include "yaml/writer.h"

using namespace vpcsynth;

namespace {

constexpr std::string_view kSeparator = "\n---8<---\n";

[[noreturn]] void fail(const char* what, const TemplateDiff& diff) {
  std::fprintf(stderr, "%s\n%s\n", what, renderDiffText(diff, {.oldName = "old", .newName = "new"}).c_str());
  std::abort();
}

using Names = std::set<std::pair<std::string, std::string>>;

// (section, name) of each entry of `kind`: resources under "Resources".
Names changed(const TemplateDiff& diff, ChangeKind kind) {
  Names names;
  for (const ResourceChange& resource : diff.resources) {
    if (resource.kind == kind) names.emplace("Resources", resource.logicalId);
  }
  for (const SectionEntryChange& entry : diff.sections) {
    if (entry.kind == kind) names.emplace(entry.section, entry.name);
  }
  return names;
}

void requireNoChange(const Value& a, const Value& b, const char* what) {
  const TemplateDiff diff = diffTemplates(a, b);
  if (!diff.empty()) fail(what, diff);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find(kSeparator);
  const std::string_view oldText = input.substr(0, split);
  const std::string_view newText =
      split == std::string_view::npos ? input : input.substr(split + kSeparator.size());
  ReadResult oldRead = readTemplate(oldText, "old.yaml");
  ReadResult newRead = readTemplate(newText, "new.yaml");
  if (!oldRead.ok() || !newRead.ok()) return 0;
  const Value& oldTemplate = *oldRead.document;
  const Value& newTemplate = *newRead.document;

  requireNoChange(oldTemplate, oldTemplate, "a template differs from itself");
  for (OutputFormat format : {OutputFormat::Yaml, OutputFormat::Json}) {
    ReadResult rewritten = readTemplate(writeDocument(oldTemplate, {format}), "rewritten");
    if (rewritten.ok()) {
      requireNoChange(oldTemplate, *rewritten.document, "a template differs from its rewrite");
    }
  }

  const TemplateDiff forward = diffTemplates(oldTemplate, newTemplate);
  const TemplateDiff backward = diffTemplates(newTemplate, oldTemplate);
  if (changed(forward, ChangeKind::Added) != changed(backward, ChangeKind::Removed) ||
      changed(forward, ChangeKind::Removed) != changed(backward, ChangeKind::Added) ||
      changed(forward, ChangeKind::Modified) != changed(backward, ChangeKind::Modified)) {
    fail("swapping the sides does not swap added and removed", forward);
  }
  if (forward.empty() != backward.empty()) fail("the diff is empty one way only", forward);
  const PriceList prices = builtInPrices();
  if (!costChange(oldTemplate, oldTemplate, prices).empty()) {
    fail("a template's cost differs from its own", forward);
  }
  const CostChange cost = costChange(oldTemplate, newTemplate, prices);
  const auto forwardMonthly = cost.monthlyFixedChange();
  const auto backwardMonthly = costChange(newTemplate, oldTemplate, prices).monthlyFixedChange();
  if (forwardMonthly.has_value() != backwardMonthly.has_value() ||
      (forwardMonthly && std::fabs(*forwardMonthly + *backwardMonthly) > 0.005)) {
    fail("swapping the sides does not negate the monthly cost", forward);
  }
  // The Markdown report's network diagram: within its limit, and nothing for no change.
  constexpr std::size_t kDiagramLimit = 20000;
  const std::string network =
      graph::changeDiagram(oldTemplate, newTemplate, forward, kDiagramLimit);
  if (network.size() > kDiagramLimit) fail("the network diagram is over its limit", forward);
  if (!graph::changeDiagram(oldTemplate, oldTemplate, diffTemplates(oldTemplate, oldTemplate),
                            kDiagramLimit)
           .empty()) {
    fail("a template's network diagram against itself is not empty", forward);
  }
  DiffReportOptions options{.oldName = "old", .newName = "new"};
  options.cost = &cost;
  options.networkDiagram = network;
  for (DiffFormat format : {DiffFormat::Text, DiffFormat::Json, DiffFormat::Markdown}) {
    if (renderDiff(forward, format, options).empty()) fail("an empty report", forward);
  }
  return 0;
}
