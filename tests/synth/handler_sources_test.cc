#include "synth/handler_sources.h"

#include <catch2/catch.hpp>

namespace vpcsynth::synth {

// CloudFormation takes inline function code (`Code: ZipFile`) of at most 4096 bytes.
constexpr std::size_t kZipFileLimit = 4096;

TEST_CASE("every inline handler is compiled in and fits CloudFormation's ZipFile limit") {
  for (const std::string_view name : {"probe.py", "probe.js"}) {
    INFO(name);
    const std::string_view source = handlerSource(name);
    CHECK_FALSE(source.empty());
    CHECK(source.size() < kZipFileLimit);
  }
  CHECK(handlerSources().size() == 2);
  CHECK(handlerSource("missing.py").empty());
}

TEST_CASE("each handler is the file for its runtime") {
  const std::string_view source = handlerSource("probe.py");
  CHECK(source.find("def handler(event, context):") != std::string_view::npos);
  CHECK(source.find("get_remaining_time_in_millis") != std::string_view::npos);
  CHECK(source.find("exports.handler") == std::string_view::npos);
  CHECK(handlerSource("probe.js").find("exports.handler = async") != std::string_view::npos);
}

}  // namespace vpcsynth::synth
