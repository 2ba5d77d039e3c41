// Counting and cutting UTF-8 text by characters (lib/text/code_points.h).
#include "text/code_points.h"

#include <catch2/catch.hpp>

using namespace vpcsynth;

TEST_CASE("code points count characters, not bytes") {
  CHECK(codePoints("") == 0);
  CHECK(codePoints("abc") == 3);
  CHECK(codePoints("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80") == 8);
}

TEST_CASE("a prefix by bytes never ends inside a character") {
  const std::string_view text =
      "a\xE2\x82\xAC"
      "b";  // a, euro sign (3 bytes), b
  CHECK(prefixOfBytes(text, 10) == text);
  CHECK(prefixOfBytes(text, 4) == "a\xE2\x82\xAC");
  CHECK(prefixOfBytes(text, 3) == "a");
  CHECK(prefixOfBytes(text, 1) == "a");
  CHECK(prefixOfBytes(text, 0).empty());
}

TEST_CASE("a prefix by characters keeps whole characters") {
  const std::string_view text = "\xC3\xA9t\xC3\xA9";  // été
  CHECK(prefixOfCodePoints(text, 0).empty());
  CHECK(prefixOfCodePoints(text, 1) == "\xC3\xA9");
  CHECK(prefixOfCodePoints(text, 2) == "\xC3\xA9t");
  CHECK(prefixOfCodePoints(text, 9) == text);
}
