#include "diff/diff_report.h"

namespace vpcsynth {

DiffCounts countChanges(const TemplateDiff& diff) {
  DiffCounts counts;
  for (const ResourceChange& change : diff.resources) {
    switch (change.kind) {
      case ChangeKind::Added: ++counts.resourcesAdded; break;
      case ChangeKind::Removed: ++counts.resourcesRemoved; break;
      case ChangeKind::Modified: ++counts.resourcesModified; break;
    }
    if (change.impact == Impact::Replaces) ++counts.replaced;
    if (change.impact == Impact::MayReplace) ++counts.mayBeReplaced;
    if (change.destructive) ++counts.destructive;
  }
  const auto count = [&](Access access) {
    if (access == Access::Broadening) ++counts.broadening;
    if (access == Access::Narrowing) ++counts.narrowing;
  };
  for (const auto& rule : diff.security.rules) count(rule.access);
  for (const auto& statement : diff.security.statements) count(statement.access);
  counts.otherChanges = diff.sections.size();
  return counts;
}

std::string renderDiff(const TemplateDiff& diff, DiffFormat format,
                       const DiffReportOptions& options) {
  switch (format) {
    case DiffFormat::Json: return renderDiffJson(diff, options);
    case DiffFormat::Markdown: return renderDiffMarkdown(diff, options);
    case DiffFormat::Text: break;
  }
  return renderDiffText(diff, options);
}

}  // namespace vpcsynth
