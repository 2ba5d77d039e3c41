#include <fmt/format.h>

#include <map>

#include "lint/report.h"
#include "text/xml.h"

// JUnit XML for Jenkins and GitLab: one suite per file, one failing case per finding (a passing
// one for a clean file). The attributes are those the strictest reader allows, the JUnit schema
// of Jenkins' xUnit plugin (junit-10.xsd): suites carry name, tests, failures, errors and
// skipped; cases carry name and classname. GitLab lists a case under its classname and keeps
// only the first case of a repeated name, so each name is made unique within its file.
namespace vpcsynth::lint {
namespace {

std::string caseName(const Diagnostic& finding, std::map<std::string, std::size_t>& seen) {
  std::string name =
      fmt::format("{} {}:{}", finding.ruleId, finding.position.line, finding.position.column);
  const std::size_t repeat = seen[name]++;
  if (repeat > 0) name += fmt::format(" ({})", repeat + 1);
  return name;
}

}  // namespace

std::string renderJunit(const std::vector<FileReport>& reports) {
  std::size_t tests = 0;
  std::size_t failures = 0;
  std::string suites;
  for (const FileReport& report : reports) {
    const std::string file = xmlEscape(report.fileName);
    std::string cases;
    std::map<std::string, std::size_t> seen;
    for (const Diagnostic& finding : report.findings) {
      cases += fmt::format(
          "    <testcase classname=\"{}\" name=\"{}\">\n"
          "      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
          file, xmlEscape(caseName(finding, seen)), severityName(finding.severity),
          xmlEscape(finding.message), xmlEscape(renderDiagnostic(finding)));
    }
    const std::size_t count = report.findings.size();
    if (count == 0) cases = fmt::format("    <testcase classname=\"{}\" name=\"lint\"/>\n", file);
    tests += count == 0 ? 1 : count;
    failures += count;
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n{}"
        "  </testsuite>\n",
        file, count == 0 ? 1 : count, count, cases);
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"vpcsynth lint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}"
      "</testsuites>\n",
      tests, failures, suites);
}

}  // namespace vpcsynth::lint
