#include "lint/linter.h"

#include <algorithm>
#include <tuple>

#include "lint/findings.h"
#include "lint/registry.h"
#include "lint/resource_spans.h"
#include "lint/suppression.h"

namespace vpcsynth::lint {
namespace {

bool isTemplate(const ReadResult& read) {
  if (!read.document) return false;
  if (std::any_of(read.diagnostics.begin(), read.diagnostics.end(),
                  [](const Diagnostic& d) { return d.ruleId == reader_rule::kNotATemplate; })) {
    return false;
  }
  const Value* resources = read.document->find("Resources");
  return resources && resources->isMapping();
}

void sortFindings(Diagnostics& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.position.line, a.position.column, a.ruleId, a.message) <
           std::tie(b.position.line, b.position.column, b.ruleId, b.message);
  });
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Diagnostic& a, const Diagnostic& b) {
                               return a.position.line == b.position.line &&
                                      a.position.column == b.position.column &&
                                      a.ruleId == b.ruleId && a.message == b.message;
                             }),
                 findings.end());
}

}  // namespace

FileReport lintSource(std::string source, std::string_view fileName, const LintOptions& options) {
  FileReport report;
  report.fileName = std::string(fileName);
  report.source = std::move(source);
  ReadResult read = readTemplate(report.source, fileName, options.limits);
  for (Diagnostic& diagnostic : read.diagnostics) {
    if (options.filter.enabled(diagnostic.ruleId)) report.findings.push_back(std::move(diagnostic));
  }
  if (isTemplate(read)) {
    const LintContext context(*read.document, report.source, fileName, options.settings);
    for (const auto& rule : registeredRules()) {
      if (!options.filter.enabled(rule->info().id)) continue;
      Findings findings(rule->info(), report.findings, context.filePosition());
      rule->check(context, findings);
    }
  }
  const Value* root = read.document ? &*read.document : nullptr;
  report.suppressed = applySuppressions(root, report.source, report.findings);
  if (root) report.resources = resourceSpans(*root);
  sortFindings(report.findings);
  return report;
}

}  // namespace vpcsynth::lint
