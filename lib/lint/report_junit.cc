#include <fmt/format.h>

#include "lint/report.h"

namespace vpcsynth::lint {

// JUnit XML as Jenkins' JUnit plugin and GitLab's unit test reports read it: one suite per file,
// one failing case per finding (a passing one for a clean file). `file` lets GitLab link a case
// to the file; `classname` and `name` are what both list.
std::string renderJunit(const std::vector<FileReport>& reports) {
  std::size_t tests = 0;
  std::size_t failures = 0;
  std::string suites;
  for (const FileReport& report : reports) {
    const std::string name = xmlEscape(report.fileName);
    std::string cases;
    for (const Diagnostic& finding : report.findings) {
      cases += fmt::format(
          "    <testcase classname=\"{}\" name=\"{} {}:{}\" file=\"{}\">\n"
          "      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
          name, xmlEscape(finding.ruleId), finding.position.line, finding.position.column, name,
          severityName(finding.severity), xmlEscape(finding.message),
          xmlEscape(renderDiagnostic(finding)));
    }
    const std::size_t count = report.findings.size();
    if (count == 0) {
      cases =
          fmt::format("    <testcase classname=\"{}\" name=\"lint\" file=\"{}\"/>\n", name, name);
    }
    tests += count == 0 ? 1 : count;
    failures += count;
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n{}"
        "  </testsuite>\n",
        name, count == 0 ? 1 : count, count, cases);
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"vpcsynth lint\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
      "skipped=\"0\">\n{}</testsuites>\n",
      tests, failures, suites);
}

}  // namespace vpcsynth::lint
