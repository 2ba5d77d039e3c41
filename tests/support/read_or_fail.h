#pragma once

// Test helpers that read YAML or JSON from a string and fail the current Catch2 test, showing
// every diagnostic, when it does not read cleanly.
#include <catch2/catch.hpp>
#include <string_view>

#include "yaml/reader.h"

namespace vpcsynth::test_support {

namespace detail {
inline Value requireClean(ReadResult result, std::string_view text) {
  INFO(text);
  for (const Diagnostic& diagnostic : result.diagnostics) INFO(renderDiagnostic(diagnostic, text));
  REQUIRE(result.ok());
  return std::move(*result.document);
}
}  // namespace detail

/// Any YAML or JSON document.
inline Value readDocumentOrFail(std::string_view text) {
  return detail::requireClean(readDocument(text, "test.yaml"), text);
}

/// A CloudFormation template: a mapping with `Resources`.
inline Value readTemplateOrFail(std::string_view text) {
  return detail::requireClean(readTemplate(text, "test.yaml"), text);
}

}  // namespace vpcsynth::test_support
