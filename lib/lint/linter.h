#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "lint/lint_context.h"
#include "lint/resource_spans.h"
#include "lint/rule_filter.h"
#include "yaml/reader.h"

namespace vpcsynth::lint {

struct LintOptions {
  RuleFilter filter;
  LintSettings settings;
  ReadLimits limits;
};

/// The outcome of linting one file.
struct FileReport {
  std::string fileName;
  /// The file's text, kept for the source lines and carets of the text report.
  std::string source;
  /// Findings left after suppression, sorted by position, then rule ID, then message.
  Diagnostics findings;
  std::size_t suppressed = 0;
  /// Where each resource is written, for reports that name the resource of a finding.
  std::vector<ResourceSpan> resources;
};

/// Lints one template given as text: reads it (reader problems become findings), runs every
/// enabled rule over it, and applies the template's own suppressions. Never throws for bad
/// input.
FileReport lintSource(std::string source, std::string_view fileName, const LintOptions& options);

}  // namespace vpcsynth::lint
