#pragma once

// A test helper that synthesizes a configuration given as text and fails the current Catch2
// test, showing the configuration, when it does not synthesize without errors.
#include <catch2/catch.hpp>
#include <optional>
#include <string_view>

#include "synth/synthesize.h"

namespace vpcsynth::test_support {

inline Value synthesizeOrFail(std::string_view config,
                              std::optional<Variant> variant = std::nullopt) {
  SynthResult result = synthesizeFromConfig(config, "c.yaml", variant);
  INFO(config);
  REQUIRE_FALSE(hasErrors(result.diagnostics));
  REQUIRE(result.document);
  return std::move(*result.document);
}

}  // namespace vpcsynth::test_support
