#include <fmt/format.h>

#include <cctype>
#include <map>

#include "lint/registry.h"
#include "lint/report.h"
#include "spec/resource_spec.h"

namespace vpcsynth::lint {
namespace {

std::string_view titleOf(std::string_view ruleId) {
  const RuleInfo* info = findRuleInfo(ruleId);
  return info ? info->title : std::string_view();
}

std::string_view sarifLevel(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Informational: return "note";
  }
  return "error";
}

// A relative file name as a URI reference: percent-encodes what may not appear in one.
std::string uriOf(std::string_view fileName) {
  std::string out;
  for (char c : fileName) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || std::string_view("-._~/").find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", static_cast<unsigned>(byte));
    }
  }
  return out;
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

std::string renderSarif(const std::vector<FileReport>& reports, std::string_view toolVersion) {
  std::map<std::string, std::size_t> ruleIndex;
  for (const FileReport& report : reports) {
    for (const Diagnostic& finding : report.findings) ruleIndex.emplace(finding.ruleId, 0);
  }
  std::string rules;
  std::size_t next = 0;
  for (auto& [id, index] : ruleIndex) {
    index = next++;
    const RuleInfo* info = findRuleInfo(id);
    rules += fmt::format(
        "{}\n          {{\"id\": \"{}\", \"shortDescription\": {{\"text\": \"{}\"}}, "
        "\"help\": {{\"text\": \"See docs/rules/{}.md\"}}, "
        "\"defaultConfiguration\": {{\"level\": \"{}\"}}}}",
        index == 0 ? "" : ",", jsonEscape(id), jsonEscape(titleOf(id)), jsonEscape(id),
        sarifLevel(info ? info->severity : Severity::Error));
  }
  std::string results;
  for (const FileReport& report : reports) {
    for (const Diagnostic& finding : report.findings) {
      results += fmt::format(
          "{}\n        {{\"ruleId\": \"{}\", \"ruleIndex\": {}, \"level\": \"{}\", "
          "\"message\": {{\"text\": \"{}\"}}, \"locations\": [{{\"physicalLocation\": "
          "{{\"artifactLocation\": {{\"uri\": \"{}\"}}, \"region\": {{\"startLine\": {}, "
          "\"startColumn\": {}}}}}}}]}}",
          results.empty() ? "" : ",", jsonEscape(finding.ruleId), ruleIndex[finding.ruleId],
          sarifLevel(finding.severity), jsonEscape(finding.message),
          jsonEscape(uriOf(report.fileName)), std::max<std::uint32_t>(1, finding.position.line),
          std::max<std::uint32_t>(1, finding.position.column));
    }
  }
  return fmt::format(
      "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
      "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {{\"driver\": {{"
      "\"name\": \"vpcsynth\", \"version\": \"{}\", "
      "\"properties\": {{\"resourceData\": \"{}\"}}, \"rules\": [{}{}]}}}},\n"
      "      \"results\": [{}{}]\n    }}\n  ]\n}}\n",
      jsonEscape(toolVersion), jsonEscape(resourceSpecDescription()), rules,
      rules.empty() ? "" : "\n        ", results, results.empty() ? "" : "\n      ");
}

std::string renderJunit(const std::vector<FileReport>& reports) {
  std::size_t tests = 0;
  std::size_t failures = 0;
  std::string suites;
  for (const FileReport& report : reports) {
    const std::string name = xmlEscape(report.fileName);
    std::string cases;
    for (const Diagnostic& finding : report.findings) {
      cases += fmt::format(
          "    <testcase classname=\"{}\" name=\"{} {}:{}\">\n"
          "      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
          name, xmlEscape(finding.ruleId), finding.position.line, finding.position.column,
          severityName(finding.severity), xmlEscape(finding.message),
          xmlEscape(renderDiagnostic(finding)));
    }
    const std::size_t count = report.findings.size();
    if (count == 0) cases = fmt::format("    <testcase classname=\"{}\" name=\"lint\"/>\n", name);
    tests += count == 0 ? 1 : count;
    failures += count;
    suites +=
        fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">\n{}  </testsuite>\n",
                    name, count == 0 ? 1 : count, count, cases);
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"vpcsynth lint\" tests=\"{}\" failures=\"{}\">\n{}</testsuites>\n",
      tests, failures, suites);
}

}  // namespace vpcsynth::lint
