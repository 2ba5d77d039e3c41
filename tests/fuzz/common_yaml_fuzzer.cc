// libFuzzer target holding the reader's two YAML parsers to one reading: wherever the
// common-subset parser (yaml/common_yaml.h) accepts an input, yaml-cpp must accept it too and
// deliver the same events with the same marks. Inputs the reader refuses before parsing
// (invalid UTF-8, control characters) are skipped: neither parser ever sees them.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "yaml/utf8.h"
#include "yaml_event_log.h"

using namespace vpcsynth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (findInvalidUtf8(text) != std::string_view::npos ||
      findForbiddenControl(text) != std::string_view::npos) {
    return 0;
  }
  const auto common = testing::commonYamlEvents(text);
  if (!common) return 0;
  const auto yamlCpp = testing::yamlCppEvents(text);
  if (yamlCpp && *yamlCpp == *common) return 0;
  std::fprintf(stderr, "the common-subset parser read what yaml-cpp reads %s\n--- subset:\n%s",
               yamlCpp ? "otherwise" : "as an error", common->c_str());
  if (yamlCpp) std::fprintf(stderr, "--- yaml-cpp:\n%s", yamlCpp->c_str());
  std::abort();
}
