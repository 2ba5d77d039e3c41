#include "diff/comment_limit.h"

#include <fmt/format.h>

#include <optional>
#include <tuple>
#include <utility>

#include "text/code_points.h"

namespace vpcsynth {
std::string fitComment(std::string report, std::size_t limit) {
  const std::size_t total = codePoints(report);
  if (total <= limit) return report;
  // Room for the note and a closing fence; the note's count is at most 20 digits.
  constexpr std::string_view kNote =
      "\n**Report truncated**: {} more characters did not fit in one comment (GitHub allows "
      "{}); run `vpcsynth diff` for the whole report.\n";
  const std::size_t reserve = kNote.size() + 48 + 4;
  std::size_t kept = 0;
  std::size_t end = 0;  // byte offset just after the last whole line that fits
  std::size_t position = 0;
  // A cut diagram does not render: a cut inside a ```mermaid block drops the whole block.
  bool inFence = false;
  std::optional<std::pair<std::size_t, std::size_t>> openDiagram;  // (end, kept) before it
  while (position < report.size()) {
    std::size_t lineEnd = report.find('\n', position);
    lineEnd = lineEnd == std::string::npos ? report.size() : lineEnd + 1;
    const std::string_view text = std::string_view(report).substr(position, lineEnd - position);
    const std::size_t line = codePoints(text);
    if (kept + line + reserve > limit) break;
    if (text.starts_with("```")) {
      inFence = !inFence;
      openDiagram.reset();
      if (inFence && text.starts_with("```mermaid")) openDiagram.emplace(end, kept);
    }
    kept += line;
    end = lineEnd;
    position = lineEnd;
  }
  if (inFence && openDiagram) std::tie(end, kept) = *openDiagram;
  std::string out = report.substr(0, end);
  // An odd number of fence lines means a block is still open.
  std::size_t fences = 0;
  for (std::size_t at = 0; at < out.size();) {
    if (out.compare(at, 3, "```") == 0) ++fences;
    const std::size_t next = out.find('\n', at);
    if (next == std::string::npos) break;
    at = next + 1;
  }
  if (fences % 2 == 1) out += "```\n";
  out += fmt::format(fmt::runtime(kNote), total - kept, limit);
  return out;
}

}  // namespace vpcsynth
