#include "diagnostic.h"

#include <catch2/catch.hpp>

using namespace vpcsynth;

TEST_CASE("a diagnostic names file, line and column, then shows the line with a caret") {
  Diagnostic diagnostic{Severity::Error, "T0002", "duplicate key 'A'",
                        Position{internFileName("t.yaml"), 2, 3}};
  CHECK(renderDiagnostic(diagnostic, "Resources:\n  A: 1\n") ==
        "t.yaml:2:3: error T0002: duplicate key 'A'\n    A: 1\n    ^\n");
}

TEST_CASE("a diagnostic without a position or source is one line") {
  Diagnostic diagnostic{Severity::Warning, "X1", "message", {}};
  CHECK(renderDiagnostic(diagnostic) == "warning X1: message\n");
}

TEST_CASE("sourceLine handles CRLF and out-of-range lines") {
  CHECK(sourceLine("a\r\nb\r\n", 2) == "b");
  CHECK(sourceLine("a\nb", 3).empty());
  CHECK(sourceLine("a", 0).empty());
}

TEST_CASE("the quoted source line never carries invalid UTF-8 or control characters") {
  Diagnostic diagnostic{Severity::Error, "T0005", "bad", Position{internFileName("t"), 1, 4}};
  CHECK(renderDiagnostic(diagnostic, "x: \xFF\x01y\n") ==
        "t:1:4: error T0005: bad\n  x: ??y\n     ^\n");
}
