#include "yaml/reader.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <string>

using namespace vpcsynth;

namespace {

ReadResult read(std::string_view text) { return readDocument(text, "t.yaml"); }

Diagnostic onlyError(const ReadResult& result) {
  REQUIRE(result.diagnostics.size() == 1);
  return result.diagnostics.front();
}

}  // namespace

TEST_CASE("values remember file, line and column") {
  ReadResult result = read("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");
  REQUIRE(result.ok());
  const Value* type = result.document->find("Resources")->find("Bucket")->find("Type");
  REQUIRE(type);
  CHECK(type->position().fileName() == "t.yaml");
  CHECK(type->position().line == 3);
  CHECK(type->position().column == 11);
  const MappingEntry* entry = result.document->find("Resources")->mapping().findEntry("Bucket");
  CHECK(entry->keyPosition.line == 2);
  CHECK(entry->keyPosition.column == 3);
}

TEST_CASE("plain and quoted scalars are told apart") {
  ReadResult result = read("a: 5439\nb: '5439'\nc: \"x\"\n");
  REQUIRE(result.ok());
  CHECK(result.document->find("a")->scalar().style == ScalarStyle::Plain);
  CHECK(result.document->find("b")->scalar().style == ScalarStyle::Quoted);
  CHECK(result.document->find("c")->scalar().style == ScalarStyle::Quoted);
}

TEST_CASE("every short-form tag becomes a function call") {
  for (const char* tag :
       {"Ref",         "GetAtt",    "Sub",       "Join",      "Select", "Split",       "GetAZs",
        "ImportValue", "FindInMap", "Base64",    "Cidr",      "If",     "Equals",      "And",
        "Or",          "Not",       "Condition", "Transform", "Length", "ToJsonString"}) {
    INFO(tag);
    ReadResult result = read(std::string("a: !") + tag + " [x, y]");
    REQUIRE(result.ok());
    const Value* a = result.document->find("a");
    REQUIRE(a->isFunction());
    CHECK(shortTag(a->functionCall().function) == tag);
  }
}

TEST_CASE("GetAtt is a two-item list in every form") {
  for (const char* text : {"a: !GetAtt Db.Endpoint.Address", "a: !GetAtt [Db, Endpoint.Address]",
                           "a: {Fn::GetAtt: Db.Endpoint.Address}"}) {
    INFO(text);
    ReadResult result = read(text);
    REQUIRE(result.ok());
    const Value& argument = *result.document->find("a")->functionCall().argument;
    REQUIRE(argument.isSequence());
    CHECK(argument.sequence()[0].text() == "Db");
    CHECK(argument.sequence()[1].text() == "Endpoint.Address");
  }
}

TEST_CASE("a lone Condition key stays a mapping outside condition functions") {
  ReadResult result = read("Statement: {Condition: {Bool: {x: y}}}");
  REQUIRE(result.ok());
  CHECK(result.document->find("Statement")->isMapping());
}

TEST_CASE("Fn::ForEach loops are calls under their own key") {
  ReadResult result =
      read("Resources:\n  Fn::ForEach::Topics:\n    - Name\n    - [A, B]\n    - {}\n");
  REQUIRE(result.ok());
  CHECK(result.document->find("Resources")
            ->find("Fn::ForEach::Topics")
            ->isFunction(Function::ForEach));
}

TEST_CASE("unknown short tags keep their meaning in the long form") {
  ReadResult result = read("a: !Contains [[x], y]");
  REQUIRE(result.ok());
  CHECK(result.document->find("a")->find("Fn::Contains"));
}

TEST_CASE("a duplicate key is reported at both positions") {
  ReadResult result = read("Resources:\n  A: 1\n  B: 2\n  A: 3\n");
  const Diagnostic error = onlyError(result);
  CHECK(error.ruleId == reader_rule::kDuplicateKey);
  CHECK(error.position.line == 4);
  CHECK(error.position.column == 3);
  CHECK(error.message.find("line 2, column 3") != std::string::npos);
}

TEST_CASE("anchors and aliases are refused, so alias bombs cannot expand") {
  ReadResult result = read("a: &x [1, 2]\nb: *x\n");
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].ruleId == reader_rule::kAnchorOrAlias);
  CHECK(result.diagnostics[1].position.line == 2);

  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char name = 'b'; name <= 'j'; ++name) {
    bomb += fmt::format("{}: &{} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n", name,
                        name, fmt::arg("p", static_cast<char>(name - 1)));
  }
  CHECK_FALSE(read(bomb).ok());
  CHECK_FALSE(read("a: &x [1, *x]\n").ok());
}

TEST_CASE("nesting past the limit stops reading with an error") {
  std::string deep(200, '[');
  deep += std::string(200, ']');
  const Diagnostic error = onlyError(read(deep));
  CHECK(error.ruleId == reader_rule::kTooDeep);
  std::string veryDeep(100000, '[');
  CHECK(onlyError(read(veryDeep)).ruleId == reader_rule::kTooDeep);
}

TEST_CASE("syntax errors carry a position") {
  const Diagnostic error = onlyError(read("a: [1, 2\nb: 3\n"));
  CHECK(error.ruleId == reader_rule::kSyntax);
  CHECK(error.position.line >= 1);
}

TEST_CASE("a quoted string left open at the end is a syntax error") {
  const Diagnostic error = onlyError(read("a: 1\nb: \"open\n"));
  CHECK(error.ruleId == reader_rule::kSyntax);
  CHECK(error.position.line == 2);
  CHECK(read("a: 'it''s'\n").ok());
  CHECK(read("a: \"say \\\"hi\\\"\"\n").ok());
}

TEST_CASE("invalid UTF-8 is reported at its line and column") {
  const Diagnostic error = onlyError(read("a: 1\nb: x\xFFy\n"));
  CHECK(error.ruleId == reader_rule::kInvalidText);
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 5);
}

TEST_CASE("a second document is refused") {
  CHECK(onlyError(read("a: 1\n---\nb: 2\n")).ruleId == reader_rule::kManyDocuments);
}

TEST_CASE("input over the size limit is refused before parsing") {
  ReadLimits limits;
  limits.maxBytes = 10;
  ReadResult result = readDocument("a: 123456789012", "t.yaml", limits);
  CHECK(result.diagnostics.front().ruleId == reader_rule::kTooLarge);
}

TEST_CASE("readTemplate wants a mapping with Resources") {
  CHECK(readTemplate("Resources:\n  A:\n    Type: X\n", "t.yaml").ok());
  CHECK(onlyError(readTemplate("[1, 2]", "t.yaml")).ruleId == reader_rule::kNotATemplate);
  CHECK(onlyError(readTemplate("Outputs: {}", "t.yaml")).ruleId == reader_rule::kNotATemplate);
  CHECK(onlyError(readTemplate("Resources: [1]", "t.yaml")).ruleId == reader_rule::kNotATemplate);
  CHECK(onlyError(readTemplate("", "t.yaml")).ruleId == reader_rule::kNotATemplate);
}

TEST_CASE("JSON reads like YAML") {
  ReadResult result =
      read("{\"Resources\": {\"A\": {\"Type\": \"X\", \"Properties\": {\"N\": 5}}}}");
  REQUIRE(result.ok());
  const Value* n = result.document->find("Resources")->find("A")->find("Properties")->find("N");
  CHECK(n->scalar().style == ScalarStyle::Plain);
  CHECK(n->text() == "5");
}

TEST_CASE("JSON keys longer than YAML's implicit-key limit are read, at their own columns") {
  const std::string key(1100, 'K');
  const std::string text =
      "{\"Resources\": {\"" + key + "\": {\"Type\": \"X\"}, \"B\": 1},\n \"" + key + "\" : [1]}";
  ReadResult result = read(text);
  REQUIRE(result.ok());
  const MappingEntry* entry = result.document->find("Resources")->mapping().findEntry(key);
  REQUIRE(entry);
  CHECK(entry->keyPosition.line == 1);
  CHECK(entry->keyPosition.column == 16);
  CHECK(entry->value.find("Type")->position().column == 16 + key.size() + 13);
  CHECK(result.document->find("Resources")->find("B")->position().column == 16 + key.size() + 24);
  const MappingEntry* second = result.document->mapping().findEntry(key);
  REQUIRE(second);
  CHECK(second->keyPosition.line == 2);
  CHECK(second->keyPosition.column == 2);
  CHECK(second->value.sequence().front().position().column == 2 + key.size() + 6);
}

TEST_CASE("a long key is refused where YAML refuses it and accepted as an explicit key") {
  const std::string key(1100, 'K');
  CHECK_FALSE(read(key + ": 1\n").ok());
  ReadResult result = read("? " + key + "\n: 1\n");
  REQUIRE(result.ok());
  CHECK(result.document->find(key)->text() == "1");
}

TEST_CASE("a ForEach tag is refused, since Fn::ForEach has no short form") {
  ReadResult result = read("a: 1\nb: !ForEach::Loop [X, [a], {}]\n");
  CHECK_FALSE(result.ok());
  const Diagnostic error = onlyError(result);
  CHECK(error.ruleId == reader_rule::kUnsupportedTag);
  CHECK(error.message.find("Fn::ForEach has no short form") != std::string::npos);
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 4);
  CHECK(onlyError(read("b: !ForEach x")).ruleId == reader_rule::kUnsupportedTag);
}
