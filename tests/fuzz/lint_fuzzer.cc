// libFuzzer target for the whole lint pipeline: reading, every rule, suppression and every
// reporter. Any input must end in findings (never a crash, a hang or unbounded growth), every
// finding must carry a rule ID, a message and a position in the file, and every report format
// must render.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "lint/linter.h"
#include "lint/report.h"

using namespace vpcsynth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  static const lint::LintOptions options;
  std::vector<lint::FileReport> reports{lint::lintSource(std::move(text), "fuzz.yaml", options)};
  for (const Diagnostic& finding : reports.front().findings) {
    if (finding.ruleId.size() != 5 || finding.message.empty() ||
        finding.position.fileName() != "fuzz.yaml") {
      std::abort();
    }
  }
  for (lint::ReportFormat format :
       {lint::ReportFormat::Text, lint::ReportFormat::Parseable, lint::ReportFormat::Json,
        lint::ReportFormat::Sarif, lint::ReportFormat::Junit, lint::ReportFormat::Github,
        lint::ReportFormat::Gitlab}) {
    lint::ReportOptions reportOptions;
    reportOptions.format = format;
    reportOptions.color = true;
    reportOptions.toolVersion = "fuzz";
    reportOptions.sourceRoot = "/fuzz";
    if (lint::renderReport(reports, reportOptions).empty() && format == lint::ReportFormat::Text) {
      std::abort();
    }
  }
  return 0;
}
