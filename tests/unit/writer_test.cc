#include "yaml/writer.h"

#include <catch2/catch.hpp>

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
