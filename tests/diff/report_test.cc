#include <catch2/catch.hpp>

#include "diff/diff_report.h"
#include "diff/value_text.h"
#include "read_or_fail.h"
#include "spec/resource_spec.h"
#include "yaml/reader.h"

using namespace vpcsynth;
using namespace vpcsynth::test_support;

namespace {

TemplateDiff sampleDiff() {
  return diffTemplates(
      readDocumentOrFail(
          "Resources: {F: {Type: AWS::Lambda::Function, Properties: {MemorySize: 128}}, "
          "S: {Type: AWS::S3::Bucket, Properties: {BucketName: b}}}"),
      readDocumentOrFail(
          "Resources: {F: {Type: AWS::Lambda::Function, Properties: {MemorySize: 256}}, "
          "G: {Type: AWS::EC2::SecurityGroup, Properties: {VpcId: !Ref V}}}"));
}

}  // namespace

TEST_CASE("values are written on one line in flow style with short-form functions") {
  CHECK(inlineText(readDocumentOrFail("!GetAtt Db.Endpoint.Address")) ==
        "!GetAtt Db.Endpoint.Address");
  CHECK(inlineText(readDocumentOrFail("{Fn::GetAtt: [Db, Arn]}")) == "!GetAtt Db.Arn");
  CHECK(inlineText(readDocumentOrFail("{a: [1, !Ref B], b: 'yes'}")) ==
        "{a: [1, !Ref B], b: \"yes\"}");
  CHECK(inlineText(readDocumentOrFail("abcdefghij"), 4) == "abcd...");
  CHECK(referenceName(readDocumentOrFail("!GetAtt Group.GroupId")) == "Group");
}

TEST_CASE("the text report lists resources with markers and impact") {
  DiffReportOptions options;
  options.oldName = "a.yaml";
  options.newName = "b.yaml";
  const std::string text = renderDiffText(sampleDiff(), options);
  CHECK(text ==
        "a.yaml -> b.yaml\n"
        "Resources: 1 added, 1 removed, 1 modified (0 replaced, 0 may be replaced, 1 "
        "destructive)\n"
        "Security: 1 broadening, 0 narrowing\n"
        "Other sections: 0 changed entries\n"
        "\n"
        "Security group rule changes\n"
        "     Group  Direction  Protocol  Ports  Peer                 Access\n"
        "[+]  G      egress     all       all    0.0.0.0/0 (default)  broadening\n"
        "\n"
        "Resources\n"
        "[~] AWS::Lambda::Function F (no replacement)\n"
        "    [~] MemorySize (no replacement): 128 -> 256\n"
        "[+] AWS::EC2::SecurityGroup G\n"
        "[-] AWS::S3::Bucket S (DESTRUCTIVE)\n");
}

TEST_CASE("colour only when asked, and the summary alone") {
  DiffReportOptions options;
  options.color = true;
  CHECK(renderDiffText(sampleDiff(), options).find("\x1b[32m[+]\x1b[0m") != std::string::npos);
  options.color = false;
  options.summaryOnly = true;
  const std::string summary = renderDiffText(sampleDiff(), options);
  CHECK(summary.find("\x1b[") == std::string::npos);
  CHECK(summary.find("Resources: 1 added") != std::string::npos);
  CHECK(summary.find("MemorySize") == std::string::npos);
}

TEST_CASE("an empty diff says so") {
  const TemplateDiff diff =
      diffTemplates(readDocumentOrFail("Resources: {}"), readDocumentOrFail("{\"Resources\": {}}"));
  CHECK(renderDiffText(diff, {}) == "No differences.\n");
}

TEST_CASE("the JSON report parses and lists each resource change") {
  const std::string json = renderDiffJson(sampleDiff(), {});
  ReadResult parsed = readDocument(json, "report.json");
  REQUIRE(parsed.ok());
  const Value& report = *parsed.document;
  CHECK(report.find("differences")->text() == "true");
  CHECK(report.find("resourceData")->text() == resourceSpecDescription());
  CHECK(report.find("summary")->find("destructive")->text() == "1");
  const Sequence& resources = report.find("resources")->sequence();
  REQUIRE(resources.size() == 3);
  CHECK(resources[0].find("logicalId")->text() == "F");
  CHECK(resources[0].find("impact")->text() == "no replacement");
  const Value& change = resources[0].find("changes")->sequence().front();
  CHECK(change.find("path")->text() == "MemorySize");
  CHECK(change.find("updateType")->text() == "Mutable");
  CHECK(change.find("old")->text() == "128");
  CHECK(change.find("new")->text() == "256");
  CHECK(report.find("security")->find("securityGroupRules")->sequence().size() == 1);
}

TEST_CASE("the Markdown report has tables") {
  const std::string markdown = renderDiffMarkdown(sampleDiff(), {});
  CHECK(markdown.find("#### Resources\n\n|  | Logical ID | Type | Impact |\n|---|---|---|---|\n") !=
        std::string::npos);
  CHECK(markdown.find("| [-] | `S` | `AWS::S3::Bucket` | **destructive** |") != std::string::npos);
  CHECK(markdown.find("| [~] | `F` | `MemorySize` | no replacement | `128` | `256` |") !=
        std::string::npos);
}
