#include <catch2/catch.hpp>

#include "model/value.h"
#include "yaml/reader.h"

using namespace vpcsynth;

namespace {

Value read(std::string_view text) {
  ReadResult result = readDocument(text, "test.yaml");
  REQUIRE(result.ok());
  return *result.document;
}

}  // namespace

TEST_CASE("short and long forms of a function are equal") {
  CHECK(semanticallyEqual(read("A: !GetAtt Bucket.Arn"), read("A: {Fn::GetAtt: [Bucket, Arn]}")));
  CHECK(semanticallyEqual(read("A: !GetAtt Db.Endpoint.Address"),
                          read("{\"A\": {\"Fn::GetAtt\": \"Db.Endpoint.Address\"}}")));
  CHECK(semanticallyEqual(read("A: !Ref X"), read("A:\n  Ref: X")));
  CHECK(semanticallyEqual(read("A: !And [!Condition C, !Condition D]"),
                          read("A: {Fn::And: [{Condition: C}, {Condition: D}]}")));
}

TEST_CASE("mapping key order and quoting do not matter") {
  CHECK(semanticallyEqual(read("a: 1\nb: x"), read("b: 'x'\na: 1")));
  CHECK(semanticallyEqual(read("a: yes"), read("{\"a\": true}")));
}

TEST_CASE("different values are not equal") {
  CHECK_FALSE(semanticallyEqual(read("a: 1"), read("a: 2")));
  CHECK_FALSE(semanticallyEqual(read("a: [1, 2]"), read("a: [2, 1]")));
  CHECK_FALSE(semanticallyEqual(read("a: !Ref X"), read("a: !Sub X")));
  CHECK_FALSE(semanticallyEqual(read("a: {b: 1}"), read("a: {b: 1, c: 2}")));
  CHECK_FALSE(semanticallyEqual(read("a: 'yes'"), read("a: true")));
}

TEST_CASE("a Condition call equals its long form where the reader keeps the mapping") {
  ReadResult call = readDocument("Outputs: [!Condition IsProd]", "t.yaml");
  ReadResult mapping = readDocument("Outputs: [{Condition: IsProd}]", "t.yaml");
  REQUIRE(call.ok());
  REQUIRE(mapping.ok());
  CHECK(semanticallyEqual(*call.document, *mapping.document));
  CHECK_FALSE(semanticallyEqual(read("a: !Condition A"), read("a: {Condition: B}")));
}
