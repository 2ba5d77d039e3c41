#include <catch2/catch.hpp>
#include <filesystem>

#include "lint/lint_config.h"
#include "lint/registry.h"
#include "lint/report.h"
#include "lint/rule_filter.h"
#include "lint_test_support.h"
#include "text/xml.h"

using namespace vpcsynth;
namespace fs = std::filesystem;
using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;

TEST_CASE("every registered rule has a unique well-formed ID, a title and a docs page") {
  std::vector<std::string_view> ids;
  for (const auto& rule : registeredRules()) {
    const RuleInfo& info = rule->info();
    REQUIRE(info.id.size() == 5);
    REQUIRE(!info.title.empty());
    ids.push_back(info.id);
  }
  for (const RuleInfo& info : readerRules()) ids.push_back(info.id);
  std::sort(ids.begin(), ids.end());
  REQUIRE(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
  for (std::string_view id : ids) {
    const std::string page =
        std::string(VPCSYNTH_SOURCE_DIR) + "/docs/rules/" + std::string(id) + ".md";
    INFO(page);
    REQUIRE(fs::exists(page));
  }
}

TEST_CASE("rule filter: the longer prefix decides, include restricts") {
  RuleFilter filter;
  REQUIRE(filter.enabled("S0001"));
  filter.ignore({"S"});
  REQUIRE_FALSE(filter.enabled("S0001"));
  REQUIRE(filter.enabled("R0001"));
  filter.include({"S0002"});
  REQUIRE(filter.enabled("S0002"));
  REQUIRE_FALSE(filter.enabled("S0003"));
  REQUIRE_FALSE(filter.enabled("R0001"));
}

TEST_CASE("a disabled rule does not run") {
  const char* text = "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    DependsOn: Missing\n";
  REQUIRE(ruleIds(lintText(text)) == std::vector<std::string>{"R0004"});
  LintOptions options;
  options.filter.ignore({"R0004"});
  FileReport report = lintSource(text, "t.yaml", options);
  REQUIRE(report.findings.empty());
  REQUIRE(report.suppressed == 0);
}

TEST_CASE("reader problems become findings") {
  REQUIRE(ruleIds(lintText(
              "Resources:\n  A: {Type: AWS::SNS::Topic}\n  A: {Type: AWS::SQS::Queue}\n")) ==
          std::vector<std::string>{"T0002"});
  REQUIRE(ruleIds(lintText("just: a mapping\n")) == std::vector<std::string>{"T0007"});
  REQUIRE(ruleIds(lintText("Resources: [unclosed\n")) == std::vector<std::string>{"T0001"});
}

TEST_CASE("suppression: resource Metadata, cfn-lint ignore_checks, line comments") {
  const char* text = R"(Resources:
  A:
    Type: AWS::SNS::Topic
    DependsOn: Missing
    Metadata:
      vpcsynth-lint:
        ignore: [R0004]
  B:
    Type: AWS::SNS::Topic
    DependsOn: Missing
    Metadata:
      cfn-lint:
        config:
          ignore_checks: [E3005]
  C:
    Type: AWS::SNS::Topic
    DependsOn: Missing  # vpcsynth-lint: disable=R0004
  D:
    Type: AWS::SNS::Topic
    # vpcsynth-lint: disable=R
    DependsOn: Missing
  E:
    Type: AWS::SNS::Topic
    DependsOn: Missing
)";
  FileReport report = lintText(text);
  REQUIRE(linesOf(report, "R0004") == std::vector<std::uint32_t>{24});
  REQUIRE(report.suppressed == 4);
}

TEST_CASE("suppression: template Metadata applies to the whole file") {
  const char* text =
      "Metadata:\n  vpcsynth-lint:\n    ignore: [R]\nResources:\n  A:\n    Type: AWS::SNS::Topic\n"
      "    DependsOn: Missing\n";
  FileReport report = lintText(text);
  REQUIRE(report.findings.empty());
  REQUIRE(report.suppressed == 1);
}

TEST_CASE("findings are sorted and the same input gives the same bytes") {
  const char* text =
      "Resources:\n  B:\n    Type: AWS::SNS::Topic\n    DependsOn: [Z, Y]\n"
      "  A:\n    Type: AWS::SNS::Topic\n    DependsOn: X\n";
  const std::vector<FileReport> reports{lintText(text)};
  REQUIRE(linesOf(reports[0], "R0004") == std::vector<std::uint32_t>{4, 4, 7});
  for (ReportFormat format :
       {ReportFormat::Text, ReportFormat::Json, ReportFormat::Sarif, ReportFormat::Junit,
        ReportFormat::Github, ReportFormat::Gitlab, ReportFormat::Parseable}) {
    ReportOptions options;
    options.format = format;
    options.toolVersion = "1";
    options.sourceRoot = "/repo";
    REQUIRE(renderReport(reports, options) == renderReport({lintText(text)}, options));
  }
}

TEST_CASE("reporters escape what their formats need") {
  REQUIRE(jsonEscape("a\"b\\c\n") == "a\\\"b\\\\c\\n");
  REQUIRE(xmlEscape("<a & 'b'>") == "&lt;a &amp; &apos;b&apos;&gt;");
  FileReport report =
      lintText("Resources:\n  A:\n    Type: AWS::SNS::Topic\n    DependsOn: 'x,y'\n");
  const std::string github = renderGithub({report});
  REQUIRE(github.starts_with("::error file=test.yaml,line=4,col=16,title=R0004::"));
  REQUIRE(renderParseable({report}).starts_with("test.yaml:4:16:error:R0004:"));
  REQUIRE(summaryLine(summarize({report})) ==
          "Linted 1 file: 1 error, 0 warnings, 0 informational");
}

TEST_CASE("configuration file") {
  LintConfigResult ok =
      parseLintConfig("ignore: [S0003, V]\ninclude: S0003\nas-of: 2024-01-01\n", "c");
  REQUIRE(ok.diagnostics.empty());
  REQUIRE(ok.config.ignore == std::vector<std::string>{"S0003", "V"});
  REQUIRE(ok.config.include == std::vector<std::string>{"S0003"});
  REQUIRE(ok.config.asOf == "2024-01-01");
  REQUIRE(hasErrors(parseLintConfig("ignore: [S]\nbogus: 1\n", "c").diagnostics));
  REQUIRE(hasErrors(parseLintConfig("as-of: yesterday\n", "c").diagnostics));
  REQUIRE(isIsoDate("2026-02-28"));
  REQUIRE_FALSE(isIsoDate("2026-13-01"));
}
