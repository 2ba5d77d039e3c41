#include "yaml/writer.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "read_or_fail.h"
#include "yaml/reader.h"

using namespace vpcsynth;
using namespace vpcsynth::test_support;

namespace {

std::string yaml(std::string_view text, FunctionForm form = FunctionForm::Short) {
  return writeYaml(readDocumentOrFail(text), form);
}

void checkRoundTrip(const Value& value) {
  for (auto format : {OutputFormat::Yaml, OutputFormat::Json}) {
    for (auto form : {FunctionForm::Short, FunctionForm::Long}) {
      std::string written = writeDocument(value, {format, form});
      INFO(written);
      ReadResult again = readDocument(written, "again");
      REQUIRE(again.ok());
      CHECK(semanticallyEqual(value, *again.document));
      CHECK(writeDocument(*again.document, {format, form}) == written);
    }
  }
}

}  // namespace

TEST_CASE("strings YAML 1.1 would retype are quoted, typed plain scalars are not") {
  CHECK(yaml("a: 'yes'\nb: yes\nc: '010'\nd: '1e3'\ne: '2010-09-09'\nf: 5439\ng: ''") ==
        "a: 'yes'\nb: yes\nc: '010'\nd: '1e3'\ne: '2010-09-09'\nf: 5439\ng: ''\n");
}

TEST_CASE("functions are written in the short form by default") {
  CHECK(yaml("a: {Ref: X}\nb: {Fn::GetAtt: [F, Arn]}\nc: {Fn::Select: [0, {Fn::GetAZs: ''}]}") ==
        "a: !Ref X\nb: !GetAtt F.Arn\nc: !Select [0, !GetAZs '']\n");
}

TEST_CASE("a dotted GetAtt attribute is always written in the long form") {
  CHECK(yaml("a: !GetAtt Db.Endpoint.Address") == "a:\n  Fn::GetAtt: [Db, Endpoint.Address]\n");
}

TEST_CASE("the long form on request") {
  CHECK(yaml("a: !Ref X\nb: !Join ['', [x, !Ref Z]]", FunctionForm::Long) ==
        "a:\n  Ref: X\nb:\n  Fn::Join:\n    - ''\n    - - x\n      - Ref: Z\n");
}

TEST_CASE("multi-line strings become literal blocks with the right chomping") {
  CHECK(yaml("a: \"x\\ny\\n\"") == "a: |\n  x\n  y\n");
  CHECK(yaml("a: \"x\\ny\"") == "a: |-\n  x\n  y\n");
  CHECK(yaml("a: \"x\\ny\\n\\n\"") == "a: |+\n  x\n  y\n\n");
  CHECK(yaml("a: \" lead\\ny\"") == "a: \" lead\\ny\"\n");
}

TEST_CASE("JSON keeps scalar types") {
  CHECK(writeJson(readDocumentOrFail("a: 5\nb: '5'\nc: yes\nd: ~\ne: !Ref X")) ==
        "{\n  \"a\": 5,\n  \"b\": \"5\",\n  \"c\": true,\n  \"d\": null,\n  \"e\": {\n    \"Ref\": "
        "\"X\"\n  }\n}\n");
}

TEST_CASE("awkward strings survive every output form") {
  checkRoundTrip(readDocumentOrFail(R"(
Resources:
  A:
    Type: AWS::Lambda::Function
    Properties:
      Keys: ['yes', 'no', '~', '-', '- x', ': x', 'x: y', 'a #b', '#c', '@x', '`x', '%x',
             '[x]', '{x}', 'x,y', '*x', '&x', '!x', '|x', '>x', '"x"', "'x'", ' x', 'x ',
             '---', '...', '?', '? x', '1_000', '0o17', '.5', '12:30', 'Ü', "\t", "a\tb"]
      Code: "def handler(event, context):\n    return 1\n"
      Trailing: "x\n\n\n"
      Control: "bell\u0007"
      Empty: []
      EmptyMap: {}
      Nested: !If [Cond, !Sub ['${A}-x', {A: !Ref B}], !Ref AWS::NoValue]
      Deep: [[1, [2, [3]]], {a: [b]}]
      Dotted: !GetAtt [Db, !Ref Attr]
      Fn::ForEach::Loop: [X, [a, b], {Out: x}]
)"));
}

TEST_CASE("a tagged multi-line string in a list is written quoted, which yaml-cpp can read") {
  CHECK(yaml("a:\n  - !Sub \"x\\ny\"\n  - {k: v}") == "a:\n  - !Sub \"x\\ny\"\n  - k: v\n");
  CHECK(yaml("a: !Sub \"x\\ny\"") == "a: !Sub |-\n  x\n  y\n");
}

TEST_CASE("a key longer than YAML's implicit-key limit is written as an explicit key") {
  const std::string key(1100, 'K');
  Mapping inner;
  inner.append("a", Value::plain("1"));
  Mapping root;
  root.append(key, Value::string("v"));
  root.append("b", Value::plain("2"));
  const std::string written = writeYaml(Value(root), FunctionForm::Short);
  CHECK(written == "? " + key + "\n: v\nb: 2\n");

  // Whatever follows `: ` must read back: every kind of value, at any depth.
  Sequence items;
  items.push_back(Value::string("x"));
  items.push_back(Value(inner));
  Mapping each;
  each.append(key, Value::string("v"));
  each.append(key + "a", Value(inner));
  each.append(key + "b", Value(items));
  each.append(key + "c", Value());
  each.append(key + "d", Value(Mapping{}));
  each.append(key + "e", Value::string("line\nnext\n"));
  each.append(key + "f", Value::call(Function::Sub, Value::string("${A}\n${B}")));
  each.append(key + "g", Value::call(Function::If, Value(items)));
  Sequence attribute;
  attribute.push_back(Value::string("Db"));
  attribute.push_back(Value::string("Endpoint.Address"));
  each.append(key + "h", Value::call(Function::GetAtt, Value(attribute)));
  each.append(key + "i", Value(Sequence{Value(each)}));
  each.append("Fn::ForEach::" + key, Value::call(Function::ForEach, Value(items)));
  each.append(key + "\n\"'#: ", Value::plain("5439"));
  checkRoundTrip(Value(Sequence{Value(each)}));
}

TEST_CASE("every kind of scalar survives every output form") {
  Sequence values;
  for (const char* text : {"5439", "-1", "0.5", "1e3", "0x1F", "0o17", ".inf", "-.Inf", ".nan",
                           "true", "False", "yes", "off", "2010-09-09", "12:30:00"}) {
    values.push_back(Value::plain(text));
    values.push_back(Value::string(text));
  }
  values.push_back(Value());
  for (const char* text : {"", "null", "~", "Null", "NULL"}) values.push_back(Value::string(text));
  for (const char* text : {"\xEF\xBB\xBF",
                           "\xEF\xBB\xBFlead",
                           "mid\xEF\xBB\xBF",
                           "cr\r",
                           "\rcr",
                           "crlf\r\nline",
                           "line\n\r\n",
                           "nel\xC2\x85",
                           "nbsp\xC2\xA0",
                           "ls\xE2\x80\xA8",
                           " lead\nx",
                           "x\n ",
                           "\n",
                           "\n\n",
                           "\t\n\t",
                           "#x",
                           "x #y",
                           "- x",
                           "? x",
                           ": x",
                           "x:",
                           "!x",
                           "!!str x",
                           "&a",
                           "*a",
                           "%YAML",
                           "'",
                           "\"",
                           "\\",
                           "@",
                           "`"}) {
    values.push_back(Value::string(text));
  }
  for (int c = 1; c < 0x20; ++c)
    values.push_back(Value::string(std::string("c") + static_cast<char>(c) + "d"));
  values.push_back(Value::string("del\x7F"));
  Mapping keys;
  for (const Value& value : values) {
    if (value.isScalar() && !keys.find(value.text())) keys.append(std::string(value.text()), value);
  }
  checkRoundTrip(Value(values));
  checkRoundTrip(Value(keys));
}

TEST_CASE("every input the reader fuzzer found reads back unchanged after writing") {
  // The regression seeds hold every input that once broke the round trip (fuzz-findings).
  const std::filesystem::path seeds =
      std::filesystem::path(VPCSYNTH_SOURCE_DIR) / "tests/fuzz/seeds/reader";
  REQUIRE(std::filesystem::is_directory(seeds));
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    std::ifstream file(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(file)),
                           std::istreambuf_iterator<char>());
    INFO(entry.path().filename().string());
    ReadResult result = readDocument(text, "seed");
    if (result.ok()) checkRoundTrip(*result.document);
  }
}
