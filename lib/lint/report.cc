#include "lint/report.h"

#include <fmt/format.h>

namespace vpcsynth::lint {

std::optional<ReportFormat> reportFormatFromName(std::string_view name) {
  if (name == "text") return ReportFormat::Text;
  if (name == "parseable") return ReportFormat::Parseable;
  if (name == "json") return ReportFormat::Json;
  if (name == "sarif") return ReportFormat::Sarif;
  if (name == "junit") return ReportFormat::Junit;
  if (name == "github") return ReportFormat::Github;
  if (name == "gitlab") return ReportFormat::Gitlab;
  return std::nullopt;
}

RunSummary summarize(const std::vector<FileReport>& reports) {
  RunSummary summary;
  summary.files = reports.size();
  for (const FileReport& report : reports) {
    summary.suppressed += report.suppressed;
    for (const Diagnostic& finding : report.findings) {
      switch (finding.severity) {
        case Severity::Error: ++summary.errors; break;
        case Severity::Warning: ++summary.warnings; break;
        case Severity::Informational: ++summary.informational; break;
      }
    }
  }
  return summary;
}

std::string summaryLine(const RunSummary& summary) {
  const auto plural = [](std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  std::string line = fmt::format("Linted {}: {}, {}, {} informational",
                                 plural(summary.files, "file"), plural(summary.errors, "error"),
                                 plural(summary.warnings, "warning"), summary.informational);
  if (summary.suppressed > 0) line += fmt::format(" ({} suppressed)", summary.suppressed);
  return line;
}

std::string renderReport(const std::vector<FileReport>& reports, const ReportOptions& options) {
  switch (options.format) {
    case ReportFormat::Text: return renderText(reports, options.color);
    case ReportFormat::Parseable: return renderParseable(reports);
    case ReportFormat::Json: return renderJson(reports, options.toolVersion);
    case ReportFormat::Sarif: return renderSarif(reports, options);
    case ReportFormat::Junit: return renderJunit(reports);
    case ReportFormat::Github: return renderGithub(reports);
    case ReportFormat::Gitlab: return renderGitlab(reports, options);
  }
  return {};
}

std::string jsonEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace vpcsynth::lint
