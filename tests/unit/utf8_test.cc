#include "yaml/utf8.h"

#include <catch2/catch.hpp>
#include <string>

using namespace vpcsynth;

TEST_CASE("valid UTF-8 passes") {
  CHECK(findInvalidUtf8("plain ascii") == std::string_view::npos);
  CHECK(findInvalidUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80") == std::string_view::npos);
}

TEST_CASE("invalid UTF-8 is found at its first byte") {
  CHECK(findInvalidUtf8("ab\xFFz") == 2);
  CHECK(findInvalidUtf8("ab\xC3") == 2);            // truncated
  CHECK(findInvalidUtf8("\xC0\xAF") == 0);          // overlong
  CHECK(findInvalidUtf8("x\xED\xA0\x80") == 1);     // surrogate
  CHECK(findInvalidUtf8("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(findInvalidUtf8("\xE2\x28\xA1") == 0);      // bad continuation
}

TEST_CASE("control characters other than tab and line breaks are found") {
  CHECK(findForbiddenControl("a:\tb\r\n") == std::string_view::npos);
  CHECK(findForbiddenControl(std::string_view("ab\0c", 4)) == 2);
  CHECK(findForbiddenControl("x\x07") == 1);
  CHECK(findForbiddenControl("x\x7F") == 1);
}
