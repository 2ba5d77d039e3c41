#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/linter.h"

namespace vpcsynth::lint {

enum class ReportFormat : unsigned char { Text, Parseable, Json, Sarif, Junit, Github, Gitlab };

/// The format named `name` (`text`, `parseable`, `json`, `sarif`, `junit`, `github`, `gitlab`).
std::optional<ReportFormat> reportFormatFromName(std::string_view name);

/// Counts over a whole run, for the summary line and the exit code.
struct RunSummary {
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t informational = 0;
  std::size_t suppressed = 0;
};

RunSummary summarize(const std::vector<FileReport>& reports);

/// "Linted 3 files: 2 errors, 1 warning, 0 informational (4 suppressed)".
std::string summaryLine(const RunSummary& summary);

struct ReportOptions {
  ReportFormat format = ReportFormat::Text;
  /// ANSI colours in the text format.
  bool color = false;
  /// Written into the machine-readable formats (SARIF's tool version).
  std::string toolVersion;
  /// The absolute directory that SARIF and GitLab paths are relative to (the working
  /// directory, which is the checkout in CI); files outside it keep absolute paths.
  std::string sourceRoot;
  /// The project's address, SARIF's `informationUri`.
  std::string informationUri;
  /// The address of docs/rules/, ending in '/': a rule's page is this plus `ID.md`.
  std::string ruleDocsUri;
};

/// The whole report of a run, in input order; the same reports give the same bytes.
std::string renderReport(const std::vector<FileReport>& reports, const ReportOptions& options);

// One function per format; `renderReport` picks among them.
std::string renderText(const std::vector<FileReport>& reports, bool color);
std::string renderParseable(const std::vector<FileReport>& reports);
std::string renderJson(const std::vector<FileReport>& reports, std::string_view toolVersion);
std::string renderSarif(const std::vector<FileReport>& reports, const ReportOptions& options);
std::string renderJunit(const std::vector<FileReport>& reports);
std::string renderGithub(const std::vector<FileReport>& reports);
std::string renderGitlab(const std::vector<FileReport>& reports, const ReportOptions& options);

/// `text` as the inside of a JSON string literal.
std::string jsonEscape(std::string_view text);

}  // namespace vpcsynth::lint
