#include "format/format_template.h"

namespace vpcsynth {

FormatResult formatTemplate(std::string_view text, std::string_view fileName,
                            const WriteOptions& options, const ReadLimits& limits) {
  ReadResult read = readTemplate(text, fileName, limits);
  FormatResult result;
  result.diagnostics = std::move(read.diagnostics);
  if (read.document && !hasErrors(result.diagnostics)) {
    result.output = writeDocument(*read.document, options);
  }
  return result;
}

}  // namespace vpcsynth
