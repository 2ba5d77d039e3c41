#include <fmt/format.h>

#include "lint/line_index.h"
#include "lint/report.h"

namespace vpcsynth::lint {
namespace {

std::string_view colorOf(Severity severity) {
  switch (severity) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;33m";
    case Severity::Informational: return "\x1b[1;36m";
  }
  return "";
}

// Colours the "severity ID:" label of a rendered diagnostic and makes its location bold.
std::string colorize(std::string rendered, const Diagnostic& finding) {
  const std::string label = fmt::format("{} {}:", severityName(finding.severity), finding.ruleId);
  const std::size_t at = rendered.find(label);
  if (at == std::string::npos) return rendered;
  std::string out = "\x1b[1m" + rendered.substr(0, at) + "\x1b[0m";
  out += fmt::format("{}{}\x1b[0m", colorOf(finding.severity), label);
  out += rendered.substr(at + label.size());
  return out;
}

// What `renderDiagnostic(finding, source)` prints, but finding the line through an index:
// looking each line up from the start of the text would cost time quadratic in the size of a
// file with many findings.
std::string renderWithSource(const Diagnostic& finding, const LineIndex& lines) {
  std::string out = renderDiagnostic(finding);
  const std::string_view line = lines.line(finding.position.line);
  if (line.empty() || finding.position.column == 0) return out;
  std::string padding;
  for (std::size_t i = 0; i + 1 < finding.position.column && i < line.size(); ++i) {
    padding += line[i] == '\t' ? '\t' : ' ';
  }
  return out + fmt::format("  {}\n  {}^\n", line, padding);
}

}  // namespace

std::string renderText(const std::vector<FileReport>& reports, bool color) {
  std::string out;
  for (const FileReport& report : reports) {
    const LineIndex lines(report.source);
    for (const Diagnostic& finding : report.findings) {
      std::string rendered = renderWithSource(finding, lines);
      out += color ? colorize(std::move(rendered), finding) : rendered;
    }
  }
  const std::string summary = summaryLine(summarize(reports));
  out += color ? fmt::format("\x1b[1m{}\x1b[0m\n", summary) : summary + "\n";
  return out;
}

std::string renderParseable(const std::vector<FileReport>& reports) {
  std::string out;
  for (const FileReport& report : reports) {
    for (const Diagnostic& finding : report.findings) {
      std::string message = finding.message;
      for (char& c : message) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      out += fmt::format("{}:{}:{}:{}:{}:{}\n", report.fileName, finding.position.line,
                         finding.position.column, severityName(finding.severity), finding.ruleId,
                         message);
    }
  }
  return out;
}

std::string renderGithub(const std::vector<FileReport>& reports) {
  // Workflow commands escape %, CR and LF in the message, and also ':' and ',' in properties.
  const auto escapeData = [](std::string_view text) {
    std::string out;
    for (char c : text) {
      if (c == '%')
        out += "%25";
      else if (c == '\r')
        out += "%0D";
      else if (c == '\n')
        out += "%0A";
      else
        out += c;
    }
    return out;
  };
  const auto escapeProperty = [&](std::string_view text) {
    std::string out;
    for (char c : escapeData(text)) {
      if (c == ':')
        out += "%3A";
      else if (c == ',')
        out += "%2C";
      else
        out += c;
    }
    return out;
  };
  std::string out;
  for (const FileReport& report : reports) {
    for (const Diagnostic& finding : report.findings) {
      std::string_view command = finding.severity == Severity::Error     ? "error"
                                 : finding.severity == Severity::Warning ? "warning"
                                                                         : "notice";
      out += fmt::format("::{} file={},line={},col={},title={}::{}\n", command,
                         escapeProperty(report.fileName), finding.position.line,
                         finding.position.column, escapeProperty(finding.ruleId),
                         escapeData(finding.message));
    }
  }
  return out;
}

}  // namespace vpcsynth::lint
