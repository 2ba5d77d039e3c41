#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "lint/registry.h"
#include "lint/report.h"
#include "lint/report_locations.h"
#include "lint/resource_spans.h"
#include "lint/rule_docs.h"
#include "lint/rule_help.h"
#include "lint_test_support.h"

using namespace vpcsynth;
using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;

TEST_CASE("every rule's page is compiled in, with a Why paragraph for SARIF's fullDescription") {
  std::vector<std::string_view> ids;
  for (const auto& rule : registeredRules()) ids.push_back(rule->info().id);
  for (const RuleInfo& info : readerRules()) ids.push_back(info.id);
  for (std::string_view id : ids) {
    INFO(id);
    const std::string_view page = ruleDocPage(id);
    REQUIRE(!page.empty());
    CHECK(page.starts_with("# " + std::string(id) + ":"));
    CHECK(!ruleRationale(page).empty());
  }
}

TEST_CASE("the embedded pages are sorted by ID, so lookups can search them") {
  const auto pages = ruleDocPages();
  REQUIRE(!pages.empty());
  for (std::size_t i = 1; i < pages.size(); ++i) CHECK(pages[i - 1].id < pages[i].id);
  CHECK(ruleDocPage("Z9999").empty());
}

TEST_CASE("the rationale is the first paragraph of the Why section, on one line") {
  const std::string_view page =
      "# X0001: Title\n\nSeverity: **error**\n\n## Why\n\nFirst line\nsecond line.\n\nMore.\n\n"
      "## Fix\n\nDo it.\n";
  CHECK(ruleRationale(page) == "First line second line.");
  CHECK(ruleRationale("# X0001: Title\n\n## Fix\n\nDo it.\n").empty());
}

TEST_CASE("help drops the title and makes the page's links absolute") {
  const std::string url = "https://example.org/p/blob/main/docs/rules/X0001.md";
  const std::string help = ruleHelpMarkdown(
      "# X0001: Title\n\nSee [lint.md](../lint.md), [S0002](S0002.md), [top](#why) and "
      "[AWS](https://aws.amazon.com/x).\n",
      url);
  CHECK(help ==
        "See [lint.md](https://example.org/p/blob/main/docs/lint.md), "
        "[S0002](https://example.org/p/blob/main/docs/rules/S0002.md), "
        "[top](https://example.org/p/blob/main/docs/rules/X0001.md#why) and "
        "[AWS](https://aws.amazon.com/x).\n");
  CHECK(resolveLink("../../../../../x.md", "https://h/a/b.md") == "https://h/x.md");
}

TEST_CASE("paths inside the source root are relative, others absolute") {
  CHECK(reportedPath("templates/a.yaml", "/repo").relative == "templates/a.yaml");
  CHECK(reportedPath("./templates/../a.yaml", "/repo").relative == "a.yaml");
  CHECK(reportedPath("/repo/templates/a.yaml", "/repo").relative == "templates/a.yaml");
  CHECK(reportedPath("/repo/templates/a.yaml", "/repo/").relative == "templates/a.yaml");
  const ReportedPath outside = reportedPath("/elsewhere/a.yaml", "/repo");
  CHECK(outside.relative.empty());
  CHECK(outside.absolute == "/elsewhere/a.yaml");
  CHECK(reportedPath("../a.yaml", "/repo/sub").absolute == "/repo/a.yaml");
  CHECK(reportedPath("/repository/a.yaml", "/repo").relative.empty());
  CHECK(reportedPath("a.yaml", "").relative == "a.yaml");
  CHECK(reportedPath("/x/a.yaml", "").absolute == "/x/a.yaml");
  CHECK(uriEncodePath("dir/my file#1.yaml") == "dir/my%20file%231.yaml");
}

TEST_CASE("positions quoted in a message do not count in its identity") {
  CHECK(withoutPositions("duplicate key 'A' (first defined at line 12, column 3)") ==
        "duplicate key 'A' (first defined at line N, column N)");
  CHECK(withoutPositions("port 22 open on line of sight") == "port 22 open on line of sight");
}

TEST_CASE("a finding's resource is the one whose text holds it") {
  const FileReport report = lintText(
      "Parameters:\n  P: {Type: String}\nResources:\n  A:\n    Type: AWS::SNS::Topic\n"
      "  B:\n    Type: AWS::SNS::Topic\n    DependsOn: Missing\nOutputs:\n  O: {Value: x}\n");
  REQUIRE(report.resources.size() == 2);
  CHECK(resourceAt(report.resources, Position{nullptr, 5, 5}) == "A");
  CHECK(resourceAt(report.resources, Position{nullptr, 8, 16}) == "B");
  CHECK(resourceAt(report.resources, Position{nullptr, 2, 3}).empty());
  CHECK(resourceAt(report.resources, Position{nullptr, 10, 3}).empty());
}

TEST_CASE("fingerprints ignore lines, and stay distinct for repeated findings") {
  const std::string body = "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    DependsOn: Missing\n";
  const FileReport first = lintText(body);
  const FileReport moved = lintText("# a comment that moves every line\n\n" + body);
  REQUIRE(!first.findings.empty());
  CHECK(first.findings.front().position.line != moved.findings.front().position.line);
  CHECK(findingFingerprints({first}, "/repo") == findingFingerprints({moved}, "/repo"));
  const std::vector<std::string> twice = findingFingerprints({first, first}, "/repo");
  CHECK(std::set<std::string>(twice.begin(), twice.end()).size() == twice.size());
  const FileReport renamed =
      lintText("Resources:\n  Renamed:\n    Type: AWS::SNS::Topic\n    DependsOn: Missing\n");
  CHECK(findingFingerprints({first}, "/repo") != findingFingerprints({renamed}, "/repo"));
}

TEST_CASE("JUnit case names stay unique when one rule reports twice at one position") {
  FileReport report;
  report.fileName = "t.yaml";
  report.findings = {{Severity::Error, "R0004", "first", Position{nullptr, 3, 5}},
                     {Severity::Error, "R0004", "second", Position{nullptr, 3, 5}}};
  const std::string junit = renderJunit({report});
  CHECK(junit.find("name=\"R0004 3:5\"") != std::string::npos);
  CHECK(junit.find("name=\"R0004 3:5 (2)\"") != std::string::npos);
}
