#pragma once

#include <cstddef>
#include <string>

#include "diff/template_diff.h"

namespace vpcsynth {

struct CostChange;

enum class DiffFormat : unsigned char { Text, Json, Markdown };

struct DiffReportOptions {
  std::string oldName;  // how the two sides are named in headings
  std::string newName;
  bool color = false;  // ANSI colours (text only)
  bool summaryOnly = false;
  /// The "Monthly cost" section (`diff/cost_section.h`); null to leave it out. Text and Markdown
  /// show it when the cost changes; JSON always has a `cost` member when it is set.
  const CostChange* cost = nullptr;
  /// Markdown only: a Mermaid diagram of the part of the network that changes
  /// (`graph/change_diagram.h`); empty to leave the "Network" section out.
  std::string networkDiagram;
};

/// The counts `--summary` prints and every format starts with.
struct DiffCounts {
  std::size_t resourcesAdded = 0;
  std::size_t resourcesRemoved = 0;
  std::size_t resourcesModified = 0;
  std::size_t replaced = 0;       // Replaces
  std::size_t mayBeReplaced = 0;  // MayReplace
  std::size_t destructive = 0;
  std::size_t broadening = 0;
  std::size_t narrowing = 0;
  std::size_t otherChanges = 0;  // entries of sections other than Resources
};

DiffCounts countChanges(const TemplateDiff& diff);

/// The `[+] [-] [~]` layout: sections, security changes, resources, outputs.
std::string renderDiffText(const TemplateDiff& diff, const DiffReportOptions& options);
/// One JSON object: the counts, each changed resource with its property changes, the other
/// sections and the security changes.
std::string renderDiffJson(const TemplateDiff& diff, const DiffReportOptions& options);
/// Markdown tables for a pull-request comment.
std::string renderDiffMarkdown(const TemplateDiff& diff, const DiffReportOptions& options);

/// Renders `diff` in `format`.
std::string renderDiff(const TemplateDiff& diff, DiffFormat format,
                       const DiffReportOptions& options);

}  // namespace vpcsynth
