// libFuzzer target for the configuration reader and the template builder: any bytes given as a
// configuration must end either in diagnostics, at least one an error and each with a message
// and in the configuration's file, or in a template that the linter passes without one error
// finding (what `vpcsynth synth` writes must deploy and lint clean), and that survives a write and
// read.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lint/linter.h"
#include "synth/synthesize.h"
#include "yaml/reader.h"
#include "yaml/writer.h"

using namespace vpcsynth;

namespace {

[[noreturn]] void fail(const char* what, std::string_view config, std::string_view detail) {
  std::fprintf(stderr, "%s\nconfiguration:\n%.*s\ndetail:\n%.*s\n", what,
               static_cast<int>(config.size()), config.data(), static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view config(reinterpret_cast<const char*>(data), size);
  SynthResult result = synthesizeFromConfig(config, "fuzz-config.yaml", std::nullopt);
  for (const Diagnostic& diagnostic : result.diagnostics) {
    if (diagnostic.message.empty() ||
        (diagnostic.position.known() && diagnostic.position.fileName() != "fuzz-config.yaml")) {
      fail("a diagnostic without a message or in another file", config, diagnostic.message);
    }
  }
  if (!result.document) {
    if (!hasErrors(result.diagnostics)) fail("no template and no error", config, "");
    return 0;
  }
  const std::string written = writeDocument(*result.document);
  ReadResult again = readTemplate(written, "synth.yaml");
  if (!again.ok() || !semanticallyEqual(*result.document, *again.document)) {
    fail("the synthesized template does not read back", config, written);
  }
  static const lint::LintOptions options;
  const lint::FileReport report = lint::lintSource(written, "synth.yaml", options);
  for (const Diagnostic& finding : report.findings) {
    if (finding.severity == Severity::Error) {
      fail("the synthesized template has an error finding", config,
           renderDiagnostic(finding, written));
    }
  }
  return 0;
}
