#include <fmt/format.h>

#include "lint/registry.h"
#include "lint/report.h"
#include "spec/resource_spec.h"

namespace vpcsynth::lint {
namespace {

std::string_view titleOf(std::string_view ruleId) {
  const RuleInfo* info = findRuleInfo(ruleId);
  return info ? info->title : std::string_view();
}

}  // namespace

std::string renderJson(const std::vector<FileReport>& reports, std::string_view toolVersion) {
  const RunSummary summary = summarize(reports);
  std::string out = fmt::format(
      "{{\n  \"tool\": \"vpcsynth\",\n  \"version\": \"{}\",\n  \"resourceData\": \"{}\",\n",
      jsonEscape(toolVersion), jsonEscape(resourceSpecDescription()));
  out += "  \"findings\": [";
  bool first = true;
  for (const FileReport& report : reports) {
    for (const Diagnostic& finding : report.findings) {
      out += first ? "\n" : ",\n";
      first = false;
      out += fmt::format(
          "    {{\"file\": \"{}\", \"line\": {}, \"column\": {}, \"severity\": \"{}\", "
          "\"rule\": \"{}\", \"title\": \"{}\", \"message\": \"{}\"}}",
          jsonEscape(report.fileName), finding.position.line, finding.position.column,
          severityName(finding.severity), jsonEscape(finding.ruleId),
          jsonEscape(titleOf(finding.ruleId)), jsonEscape(finding.message));
    }
  }
  out += first ? "],\n" : "\n  ],\n";
  out += fmt::format(
      "  \"summary\": {{\"files\": {}, \"errors\": {}, \"warnings\": {}, \"informational\": {}, "
      "\"suppressed\": {}}}\n}}\n",
      summary.files, summary.errors, summary.warnings, summary.informational, summary.suppressed);
  return out;
}

}  // namespace vpcsynth::lint
