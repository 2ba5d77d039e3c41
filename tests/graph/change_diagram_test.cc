// The Mermaid diagram of what a change does to the network, and the comment-size limit of the
// Markdown diff report that carries it.
#include "graph/change_diagram.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "diff/comment_limit.h"
#include "diff/template_diff.h"
#include "io/file_io.h"
#include "read_or_fail.h"
#include "text/code_points.h"

using namespace vpcsynth;

namespace {

Value committed(std::string_view name) {
  const FileContents contents =
      readInput(std::string(VPCSYNTH_SOURCE_DIR) + "/templates/" + std::string(name), 1u << 20);
  REQUIRE_FALSE(contents.error);
  return test_support::readTemplateOrFail(contents.text);
}

std::string diagram(const Value& before, const Value& after) {
  return graph::changeDiagram(before, after, diffTemplates(before, after), 20000);
}

}  // namespace

TEST_CASE(
    "adding NAT egress shows the added gateways, routes and path, not the unchanged cluster") {
  const std::string text = diagram(committed("private-only.yaml"), committed("nat-egress.yaml"));
  CHECK(text.starts_with("flowchart TB\n"));
  CHECK(text.find("[+] NAT gateway<br/>NatGatewayA\"]:::added") != std::string::npos);
  CHECK(text.find("[+] Internet Gateway") != std::string::npos);
  CHECK(text.find("-->|\"[+] 0.0.0.0/0\"|") != std::string::npos);
  CHECK(text.find("==>|\"[+] HTTPS\"|") != std::string::npos);
  CHECK(text.find("RedshiftCluster") == std::string::npos);
  CHECK(text.find("[-]") == std::string::npos);
}

TEST_CASE("removing NAT egress marks what goes as removed") {
  const std::string text = diagram(committed("nat-egress.yaml"), committed("private-only.yaml"));
  CHECK(text.find("[-] NAT gateway<br/>NatGatewayB\"]:::removed") != std::string::npos);
  CHECK(text.find("-->|\"[-] 0.0.0.0/0\"|") != std::string::npos);
  CHECK(text.find("[+]") == std::string::npos);
}

TEST_CASE("a replaced subnet is marked replaced, and identical templates draw nothing") {
  const Value before = committed("private-only.yaml");
  const Value after = test_support::readTemplateOrFail(R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}
)");
  const Value moved = test_support::readTemplateOrFail(R"(Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24}}
)");
  CHECK(diagram(after, moved).find("[replaced] Subnet") != std::string::npos);
  CHECK(diagram(before, before).empty());
}

TEST_CASE("a report over the comment limit is cut at a line, its fence closed, with a note") {
  std::string report = "### title\n\n```text\n";
  for (int i = 0; i < 2000; ++i) report += "  n" + std::to_string(i) + " --> n1 · é\n";
  report += "```\n";
  CHECK(fitComment(report, 1 << 20) == report);
  const std::string cut = fitComment(report, 4000);
  CHECK(codePoints(cut) <= 4000);
  CHECK(cut.find("\n```\n\n**Report truncated**: ") != std::string::npos);
  CHECK(cut.ends_with("run `vpcsynth diff` for the whole report.\n"));
  CHECK(cut.starts_with("### title\n\n```text\n  n0 --> n1 · é\n"));
}

TEST_CASE("collapsing a change never merges added and removed elements") {
  // 300 functions go and 300 others come: each side collapses on its own, with its own mark.
  const auto functions = [](std::string_view prefix) {
    std::string text = "Resources:\n";
    for (int i = 0; i < 300; ++i) {
      text += fmt::format(
          "  {}{}: {{Type: AWS::Lambda::Function, Properties: {{Code: {{ZipFile: x}}, Role: "
          "arn:aws:iam::123456789012:role/r}}}}\n",
          prefix, i);
    }
    return test_support::readTemplateOrFail(text);
  };
  const std::string text = diagram(functions("Old"), functions("New"));
  REQUIRE(text.size() <= 20000);
  CHECK(text.find("[+] Lambda function<br/>292 more Lambda functions\"]:::added") !=
        std::string::npos);
  CHECK(text.find("[-] Lambda function<br/>292 more Lambda functions\"]:::removed") !=
        std::string::npos);
  CHECK(text.find("[+] Lambda function<br/>Old") == std::string::npos);
  CHECK(text.find("[-] Lambda function<br/>New") == std::string::npos);
}

TEST_CASE("a report cut inside a mermaid block leaves the whole block out") {
  std::string report = "### title\n\nSome text.\n\n```mermaid\n";
  for (int i = 0; i < 2000; ++i) report += "  n" + std::to_string(i) + " --> n1\n";
  report += "```\n";
  const std::string cut = fitComment(report, 4000);
  CHECK(codePoints(cut) <= 4000);
  CHECK(cut.find("mermaid") == std::string::npos);
  CHECK(cut.starts_with("### title\n\nSome text.\n\n\n**Report truncated**: "));
}
