// libFuzzer target for `vpcsynth graph`: any input that reads as a template must give, in every
// format, a well-formed picture (SVG tags balanced, DOT braces balanced outside its strings,
// Mermaid subgraphs closed by `end`), the same bytes when drawn twice, and never a crash, a hang
// or unbounded growth. Mermaid output must also stay within its size limit.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "graph/render.h"
#include "graph/topology.h"
#include "lint/lint_context.h"
#include "yaml/reader.h"

using namespace vpcsynth;

namespace {

// Every `<name ...>` is closed by `</name>` or is `<name .../>`; `<?...?>` is the declaration.
// Attribute values and text never hold a raw '<' (the writer escapes it).
bool svgBalanced(std::string_view svg) {
  std::vector<std::string_view> open;
  for (std::size_t at = svg.find('<'); at != std::string_view::npos; at = svg.find('<', at + 1)) {
    const std::size_t end = svg.find('>', at);
    if (end == std::string_view::npos) return false;
    const std::string_view tag = svg.substr(at + 1, end - at - 1);
    if (tag.starts_with('?')) continue;
    if (tag.starts_with('/')) {
      if (open.empty() || open.back() != tag.substr(1)) return false;
      open.pop_back();
    } else if (!tag.ends_with('/')) {
      open.push_back(tag.substr(0, tag.find(' ')));
    }
  }
  return open.empty();
}

bool dotBalanced(std::string_view dot) {
  long depth = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < dot.size(); ++i) {
    const char c = dot[i];
    if (quoted) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth < 0) {
      return false;
    }
  }
  return depth == 0 && !quoted;
}

bool mermaidBalanced(std::string_view text) {
  long depth = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    line.remove_prefix(std::min(line.find_first_not_of(' '), line.size()));
    if (line.starts_with("subgraph ")) ++depth;
    if (line == "end" && --depth < 0) return false;
    start = end + 1;
  }
  return depth == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const ReadResult read = readTemplate(text, "fuzz.yaml");
  if (!read.ok()) return 0;
  const lint::LintContext context(*read.document, text, "fuzz.yaml");
  const graph::Topology topology = graph::buildTopology(context);
  graph::RenderOptions options;
  options.title = "fuzz <&> \"title\"";
  const std::string svg = graph::renderSvg(topology, options);
  const std::string dot = graph::renderDot(topology, options);
  const std::string mermaid = graph::renderMermaid(topology, options);
  if (!svgBalanced(svg) || !dotBalanced(dot) || !mermaidBalanced(mermaid)) std::abort();
  // Collapsing, then a summary, keep every diagram under the limit, whatever its size.
  if (mermaid.size() > options.mermaidLimit) std::abort();
  const graph::Topology again = graph::buildTopology(context);
  if (graph::renderSvg(again, options) != svg || graph::renderDot(again, options) != dot ||
      graph::renderMermaid(again, options) != mermaid) {
    std::abort();
  }
  return 0;
}
