#include <catch2/catch.hpp>

#include "model/value.h"
#include "read_or_fail.h"
#include "yaml/reader.h"

using namespace vpcsynth;
using namespace vpcsynth::test_support;

TEST_CASE("short and long forms of a function are equal") {
  CHECK(semanticallyEqual(readDocumentOrFail("A: !GetAtt Bucket.Arn"),
                          readDocumentOrFail("A: {Fn::GetAtt: [Bucket, Arn]}")));
  CHECK(
      semanticallyEqual(readDocumentOrFail("A: !GetAtt Db.Endpoint.Address"),
                        readDocumentOrFail("{\"A\": {\"Fn::GetAtt\": \"Db.Endpoint.Address\"}}")));
  CHECK(semanticallyEqual(readDocumentOrFail("A: !Ref X"), readDocumentOrFail("A:\n  Ref: X")));
  CHECK(semanticallyEqual(readDocumentOrFail("A: !And [!Condition C, !Condition D]"),
                          readDocumentOrFail("A: {Fn::And: [{Condition: C}, {Condition: D}]}")));
}

TEST_CASE("mapping key order and quoting do not matter") {
  CHECK(semanticallyEqual(readDocumentOrFail("a: 1\nb: x"), readDocumentOrFail("b: 'x'\na: 1")));
  CHECK(semanticallyEqual(readDocumentOrFail("a: yes"), readDocumentOrFail("{\"a\": true}")));
}

TEST_CASE("different values are not equal") {
  CHECK_FALSE(semanticallyEqual(readDocumentOrFail("a: 1"), readDocumentOrFail("a: 2")));
  CHECK_FALSE(semanticallyEqual(readDocumentOrFail("a: [1, 2]"), readDocumentOrFail("a: [2, 1]")));
  CHECK_FALSE(semanticallyEqual(readDocumentOrFail("a: !Ref X"), readDocumentOrFail("a: !Sub X")));
  CHECK_FALSE(
      semanticallyEqual(readDocumentOrFail("a: {b: 1}"), readDocumentOrFail("a: {b: 1, c: 2}")));
  CHECK_FALSE(semanticallyEqual(readDocumentOrFail("a: 'yes'"), readDocumentOrFail("a: true")));
}

TEST_CASE("a Condition call equals its long form where the reader keeps the mapping") {
  ReadResult call = readDocument("Outputs: [!Condition IsProd]", "t.yaml");
  ReadResult mapping = readDocument("Outputs: [{Condition: IsProd}]", "t.yaml");
  REQUIRE(call.ok());
  REQUIRE(mapping.ok());
  CHECK(semanticallyEqual(*call.document, *mapping.document));
  CHECK_FALSE(semanticallyEqual(readDocumentOrFail("a: !Condition A"),
                                readDocumentOrFail("a: {Condition: B}")));
}
