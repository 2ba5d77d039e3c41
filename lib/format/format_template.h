#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.h"
#include "yaml/reader.h"
#include "yaml/writer.h"

namespace vpcsynth {

struct FormatResult {
  /// The formatted template; absent when the input is not a readable template.
  std::optional<std::string> output;
  Diagnostics diagnostics;
};

/// Reads the template in `text` and writes it back in the canonical layout that `options`
/// asks for: what `vpcsynth fmt` does to each file.
FormatResult formatTemplate(std::string_view text, std::string_view fileName,
                            const WriteOptions& options, const ReadLimits& limits = {});

}  // namespace vpcsynth
