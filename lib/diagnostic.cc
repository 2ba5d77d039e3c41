#include "diagnostic.h"

#include <fmt/format.h>

#include <algorithm>

#include "yaml/utf8.h"

namespace vpcsynth {

std::string_view severityName(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Informational: return "info";
  }
  return "error";
}

bool hasErrors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::string_view sourceLine(std::string_view source, std::uint32_t line) {
  if (line == 0) return {};
  std::size_t start = 0;
  for (std::uint32_t current = 1; current < line; ++current) {
    start = source.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  std::size_t end = source.find('\n', start);
  std::string_view text = source.substr(start, end == std::string_view::npos ? end : end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

namespace {

// The source line as it is safe to print: bytes that are not valid UTF-8 and control characters
// become '?', one for one, so the caret still lines up.
std::string printable(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  while (!line.empty()) {
    const std::size_t bad = findInvalidUtf8(line);
    const std::string_view good = line.substr(0, bad);
    for (char c : good) {
      const auto byte = static_cast<unsigned char>(c);
      out += (byte < 0x20 && c != '\t') || byte == 0x7F ? '?' : c;
    }
    if (bad == std::string_view::npos) break;
    out += '?';
    line.remove_prefix(bad + 1);
  }
  return out;
}

}  // namespace

std::string renderDiagnostic(const Diagnostic& diagnostic, std::string_view source) {
  const Position& at = diagnostic.position;
  std::string out;
  if (!at.fileName().empty()) out += fmt::format("{}:", at.fileName());
  if (at.known()) out += fmt::format("{}:{}:", at.line, at.column);
  if (!out.empty()) out += ' ';
  out += fmt::format("{} {}: {}\n", severityName(diagnostic.severity), diagnostic.ruleId,
                     diagnostic.message);
  std::string_view line = sourceLine(source, at.line);
  if (!line.empty() && at.column > 0) {
    // Tabs are kept so the caret lines up under the same characters in a terminal.
    std::string padding;
    for (std::size_t i = 0; i + 1 < at.column && i < line.size(); ++i) {
      padding += line[i] == '\t' ? '\t' : ' ';
    }
    out += fmt::format("  {}\n  {}^\n", printable(line), padding);
  }
  return out;
}

}  // namespace vpcsynth
