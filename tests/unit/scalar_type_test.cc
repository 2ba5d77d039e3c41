#include "model/scalar_type.h"

#include <catch2/catch.hpp>

using namespace vpcsynth;

TEST_CASE("YAML 1.1 booleans") {
  CHECK(plainBoolean("Yes") == true);
  CHECK(plainBoolean("off") == false);
  CHECK_FALSE(plainBoolean("yes please"));
}

TEST_CASE("strings that a YAML reader would take as another type") {
  for (const char* text :
       {"yes",  "No",    "on",         "OFF",   "y",  "~",  "null", "",     "010", "1e3",
        "0x1F", "1_000", "2010-09-09", "12:30", ".5", "-1", "+1",   ".inf", "<<",  "1.0"}) {
    INFO(text);
    CHECK(resolvesAsNonString(text));
  }
  for (const char* text : {"hello", "10.0.0.0/16", "t2.micro", "us-east-1", "-foo", "yesterday",
                           "arn:aws:s3:::bucket", "e1"}) {
    INFO(text);
    CHECK_FALSE(resolvesAsNonString(text));
  }
}

TEST_CASE("JSON number grammar") {
  for (const char* text : {"0", "-1", "5439", "1.5", "1e3", "-0.5E-2"}) CHECK(isJsonNumber(text));
  for (const char* text : {"", "01", "+1", "1.", ".5", "0x1F", "1_000", "-"}) {
    CHECK_FALSE(isJsonNumber(text));
  }
}
