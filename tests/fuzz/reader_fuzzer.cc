// libFuzzer target for the reader and writer: any input must read or fail with diagnostics
// (never crash, hang or grow without bound), and whatever reads must survive a round trip
// through YAML and JSON unchanged.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "yaml/reader.h"
#include "yaml/writer.h"

using namespace vpcsynth;

namespace {

void requireRoundTrip(const Value& document, WriteOptions options) {
  const std::string written = writeDocument(document, options);
  ReadResult again = readDocument(written, "rewritten");
  if (!again.ok() || !semanticallyEqual(document, *again.document)) {
    std::fprintf(stderr, "round trip changed the document; written form:\n%s\n", written.c_str());
    for (const Diagnostic& diagnostic : again.diagnostics) {
      std::fprintf(stderr, "%s", renderDiagnostic(diagnostic, written).c_str());
    }
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ReadResult result = readDocument(text, "fuzz.yaml");
  for (const Diagnostic& diagnostic : result.diagnostics) {
    if (diagnostic.message.empty() || !diagnostic.position.known()) std::abort();
  }
  if (!result.ok()) return 0;
  requireRoundTrip(*result.document, {OutputFormat::Yaml, FunctionForm::Short});
  requireRoundTrip(*result.document, {OutputFormat::Yaml, FunctionForm::Long});
  requireRoundTrip(*result.document, {OutputFormat::Json, FunctionForm::Short});
  return 0;
}
