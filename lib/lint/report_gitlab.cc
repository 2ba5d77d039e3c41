#include <fmt/format.h>

#include <algorithm>

#include "lint/report.h"
#include "lint/report_locations.h"

// GitLab's Code Quality report: a JSON array of issues, each with description, check_name,
// fingerprint, severity and location (path relative to the checkout, first line). GitLab shows
// them in merge requests and matches issues between pipelines by fingerprint.
namespace vpcsynth::lint {
namespace {

// GitLab's scale is info, minor, major, critical, blocker. No finding stops a deployment by
// itself, so errors are major, not critical or blocker (documented in docs/lint.md).
std::string_view gitlabSeverity(Severity severity) {
  switch (severity) {
    case Severity::Error: return "major";
    case Severity::Warning: return "minor";
    case Severity::Informational: return "info";
  }
  return "major";
}

}  // namespace

std::string renderGitlab(const std::vector<FileReport>& reports, const ReportOptions& options) {
  const std::vector<std::string> fingerprints = findingFingerprints(reports, options.sourceRoot);
  std::string out = "[";
  std::size_t ordinal = 0;
  for (const FileReport& report : reports) {
    const ReportedPath path = reportedPath(report.fileName, options.sourceRoot);
    const std::string& shownPath = path.relative.empty() ? path.absolute : path.relative;
    for (const Diagnostic& finding : report.findings) {
      out += fmt::format(
          "{}\n  {{\"description\": \"{}\", \"check_name\": \"{}\", \"fingerprint\": \"{}\", "
          "\"severity\": \"{}\", \"location\": {{\"path\": \"{}\", \"lines\": {{\"begin\": "
          "{}}}}}}}",
          ordinal == 0 ? "" : ",", jsonEscape(finding.message), jsonEscape(finding.ruleId),
          fingerprints[ordinal], gitlabSeverity(finding.severity), jsonEscape(shownPath),
          std::max<std::uint32_t>(1, finding.position.line));
      ++ordinal;
    }
  }
  out += ordinal == 0 ? "]\n" : "\n]\n";
  return out;
}

}  // namespace vpcsynth::lint
