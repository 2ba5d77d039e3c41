#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "lint/registry.h"
#include "lint/report.h"
#include "lint/report_locations.h"
#include "lint/rule_docs.h"
#include "lint/rule_help.h"
#include "spec/resource_spec.h"

// SARIF 2.1.0 for GitHub code scanning, kept valid under Microsoft's SARIF validator with its
// SARIF and GitHub rule sets (tests/lint/ci_consumers_test.py runs it).
namespace vpcsynth::lint {
namespace {

constexpr std::string_view kSourceRoot = "%SRCROOT%";

std::string_view sarifLevel(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Informational: return "note";
  }
  return "error";
}

// The validator's SARIF2001 guidance: messages are whole sentences, ending in a period.
std::string sentence(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out.back() != '.' && out.back() != '?' && out.back() != '!') out += '.';
  return out;
}

std::string ruleDescriptor(std::string_view id, const ReportOptions& options) {
  const RuleInfo* info = findRuleInfo(id);
  const std::string_view title = info ? info->title : std::string_view(id);
  const std::string pageUrl = fmt::format("{}{}.md", options.ruleDocsUri, id);
  const std::string_view page = ruleDocPage(id);
  std::string rationale = ruleRationale(page);
  if (rationale.empty()) rationale = std::string(title);
  std::string help = ruleHelpMarkdown(page, pageUrl);
  if (help.empty()) help = fmt::format("See {}", pageUrl);
  return fmt::format(
      "{{\"id\": \"{}\", \"shortDescription\": {{\"text\": \"{}\"}}, "
      "\"fullDescription\": {{\"text\": \"{}\"}}, "
      "\"help\": {{\"text\": \"{}\", \"markdown\": \"{}\"}}, \"helpUri\": \"{}\", "
      "\"defaultConfiguration\": {{\"level\": \"{}\"}}}}",
      jsonEscape(id), jsonEscape(sentence(title)), jsonEscape(sentence(rationale)),
      jsonEscape(help), jsonEscape(help), jsonEscape(pageUrl),
      sarifLevel(info ? info->severity : Severity::Error));
}

// A file inside the source root is a relative reference under %SRCROOT%; one outside it is an
// absolute file:// URI, which SARIF forbids to combine with a uriBaseId.
std::string artifactLocation(std::string_view fileName, std::string_view root) {
  const ReportedPath path = reportedPath(fileName, root);
  if (!path.relative.empty()) {
    return fmt::format("{{\"uri\": \"{}\", \"uriBaseId\": \"{}\"}}",
                       jsonEscape(uriEncodePath(path.relative)), kSourceRoot);
  }
  return fmt::format("{{\"uri\": \"file://{}\"}}", jsonEscape(uriEncodePath(path.absolute)));
}

}  // namespace

std::string renderSarif(const std::vector<FileReport>& reports, const ReportOptions& options) {
  std::map<std::string, std::size_t> ruleIndex;
  for (const FileReport& report : reports) {
    for (const Diagnostic& finding : report.findings) ruleIndex.emplace(finding.ruleId, 0);
  }
  std::string rules;
  std::size_t next = 0;
  for (auto& [id, index] : ruleIndex) {
    index = next++;
    rules += fmt::format("{}\n            {}", index == 0 ? "" : ",", ruleDescriptor(id, options));
  }
  const std::vector<std::string> fingerprints = findingFingerprints(reports, options.sourceRoot);
  std::string results;
  std::size_t ordinal = 0;
  for (const FileReport& report : reports) {
    const std::string location = artifactLocation(report.fileName, options.sourceRoot);
    for (const Diagnostic& finding : report.findings) {
      results += fmt::format(
          "{}\n        {{\"ruleId\": \"{}\", \"ruleIndex\": {}, \"level\": \"{}\", "
          "\"message\": {{\"text\": \"{}\"}}, \"locations\": [{{\"physicalLocation\": "
          "{{\"artifactLocation\": {}, \"region\": {{\"startLine\": {}, \"startColumn\": "
          "{}}}}}}}], "
          "\"partialFingerprints\": {{\"primaryLocationLineHash\": \"{}\"}}}}",
          results.empty() ? "" : ",", jsonEscape(finding.ruleId), ruleIndex[finding.ruleId],
          sarifLevel(finding.severity), jsonEscape(sentence(finding.message)), location,
          std::max<std::uint32_t>(1, finding.position.line),
          std::max<std::uint32_t>(1, finding.position.column), fingerprints[ordinal++]);
    }
  }
  return fmt::format(
      "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
      "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {{\"driver\": {{"
      "\"name\": \"vpcsynth\", \"version\": \"{}\", \"semanticVersion\": \"{}\", "
      "\"informationUri\": \"{}\", \"properties\": {{\"resourceData\": \"{}\"}}, "
      "\"rules\": [{}{}]}}}},\n"
      "      \"results\": [{}{}]\n    }}\n  ]\n}}\n",
      jsonEscape(options.toolVersion), jsonEscape(options.toolVersion),
      jsonEscape(options.informationUri), jsonEscape(resourceSpecDescription()), rules,
      rules.empty() ? "" : "\n          ", results, results.empty() ? "" : "\n      ");
}

}  // namespace vpcsynth::lint
