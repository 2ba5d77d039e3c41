#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/linter.h"

namespace vpcsynth::lint::testing {

/// Lints `text` (a template written inline in a test) with every rule, or with the rules whose
/// IDs start with `only`.
inline FileReport lintText(std::string_view text, std::string_view only = {}) {
  LintOptions options;
  if (!only.empty()) options.filter.include({std::string(only)});
  return lintSource(std::string(text), "test.yaml", options);
}

/// The IDs of the findings, in report order.
inline std::vector<std::string> ruleIds(const FileReport& report) {
  std::vector<std::string> ids;
  for (const Diagnostic& finding : report.findings) ids.push_back(finding.ruleId);
  return ids;
}

/// The lines of the findings of `rule`, in report order.
inline std::vector<std::uint32_t> linesOf(const FileReport& report, std::string_view rule) {
  std::vector<std::uint32_t> lines;
  for (const Diagnostic& finding : report.findings) {
    if (finding.ruleId == rule) lines.push_back(finding.position.line);
  }
  return lines;
}

}  // namespace vpcsynth::lint::testing
