#include "lint_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <thread>

#include "build_info.h"
#include "exit_codes.h"
#include "io/file_io.h"
#include "lint/lint_config.h"
#include "lint/linter.h"
#include "lint/registry.h"
#include "lint/report.h"
#include "lint_inputs.h"

namespace vpcsynth::cli {
namespace {

// Below this many files a progress line would only flicker.
constexpr std::size_t kProgressThreshold = 10;

// The exit status bits, as cfn-lint sets them.
constexpr int kErrorBit = 2;
constexpr int kWarningBit = 4;
constexpr int kInformationalBit = 8;

int usageError(const std::string& message) {
  fmt::print(stderr, "vpcsynth lint: {}\n", message);
  return kLintUsageError;
}

bool useColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* noColor = std::getenv("NO_COLOR");
  if (noColor && *noColor) return false;
  return isatty(fileno(stdout)) != 0;
}

int exitCode(const lint::RunSummary& summary, const std::string& threshold) {
  int code = 0;
  if (threshold == "none") return 0;
  if (summary.errors > 0) code |= kErrorBit;
  if (threshold == "error") return code;
  if (summary.warnings > 0) code |= kWarningBit;
  if (threshold == "warning") return code;
  if (summary.informational > 0) code |= kInformationalBit;
  return code;
}

void printRules() {
  for (const lint::RuleInfo& info : lint::readerRules()) {
    fmt::print("{}  {:<13} {}\n", info.id, severityName(info.severity), info.title);
  }
  for (const auto& rule : lint::registeredRules()) {
    const lint::RuleInfo& info = rule->info();
    fmt::print("{}  {:<13} {}\n", info.id, severityName(info.severity), info.title);
  }
}

// Reads the configuration file, when there is one; returns an error message on failure.
std::optional<std::string> loadConfig(const LintOptions& options, lint::LintConfig& config) {
  std::string path = options.configFile;
  if (path.empty()) {
    std::error_code code;
    if (!std::filesystem::exists(lint::kConfigFileName, code)) return std::nullopt;
    path = std::string(lint::kConfigFileName);
  }
  FileContents contents = readInput(path, 1u << 20);
  if (contents.error) return *contents.error;
  lint::LintConfigResult parsed = lint::parseLintConfig(contents.text, path);
  if (hasErrors(parsed.diagnostics)) {
    std::string message = "invalid configuration file:\n";
    for (const Diagnostic& diagnostic : parsed.diagnostics) {
      message += renderDiagnostic(diagnostic, contents.text);
    }
    return message;
  }
  config = std::move(parsed.config);
  return std::nullopt;
}

lint::FileReport unreadable(const std::string& path, const std::string& error) {
  lint::FileReport report;
  report.fileName = path;
  report.findings.push_back(
      Diagnostic{Severity::Error, "T0010", error, Position{internFileName(path), 0, 0}});
  return report;
}

class ProgressLine {
 public:
  ProgressLine(std::size_t total, bool enabled) : total_(total), enabled_(enabled) {}

  void fileDone() {
    if (!enabled_) return;
    std::lock_guard lock(mutex_);
    fmt::print(stderr, "\rlinting: {}/{} files", ++done_, total_);
    std::fflush(stderr);
  }

  ~ProgressLine() {
    if (enabled_) fmt::print(stderr, "\r\x1b[K");
  }

 private:
  std::size_t total_;
  bool enabled_;
  std::size_t done_ = 0;
  std::mutex mutex_;
};

std::vector<lint::FileReport> lintAll(const std::vector<LintInput>& inputs,
                                      const lint::LintOptions& lintOptions, unsigned jobs) {
  std::vector<lint::FileReport> reports(inputs.size());
  // Standard input can be read only once and only from one thread: read it up front.
  std::optional<FileContents> stdinContents;
  for (const LintInput& input : inputs) {
    if (input.path == "-" && !input.error)
      stdinContents = readInput("-", lintOptions.limits.maxBytes);
  }
  ProgressLine progress(inputs.size(),
                        inputs.size() >= kProgressThreshold && isatty(fileno(stderr)) != 0);
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      const LintInput& input = inputs[i];
      if (input.error) {
        reports[i] = unreadable(input.path, *input.error);
      } else {
        const bool isStdin = input.path == "-";
        FileContents contents =
            isStdin ? *stdinContents : readInput(input.path, lintOptions.limits.maxBytes);
        const std::string name = isStdin ? "<stdin>" : input.path;
        reports[i] = contents.error ? unreadable(name, *contents.error)
                                    : lint::lintSource(std::move(contents.text), name, lintOptions);
      }
      progress.fileDone();
    }
  };
  const unsigned workers =
      std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(inputs.size())));
  std::vector<std::thread> threads;
  for (unsigned i = 1; i < workers; ++i) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  return reports;
}

}  // namespace

int runLint(const LintOptions& options) {
  if (options.listRules) {
    printRules();
    return kSuccess;
  }
  if (options.inputs.empty()) return usageError("no input files (use '-' for standard input)");
  const std::optional<lint::ReportFormat> format = lint::reportFormatFromName(options.format);
  if (!format) return usageError(fmt::format("unknown format '{}'", options.format));
  if (!options.asOf.empty() && !lint::isIsoDate(options.asOf)) {
    return usageError(fmt::format("--as-of '{}' is not a date written YYYY-MM-DD", options.asOf));
  }
  lint::LintConfig config;
  if (auto error = loadConfig(options, config)) return usageError(*error);

  lint::LintOptions lintOptions;
  lintOptions.filter.ignore(config.ignore);
  lintOptions.filter.ignore(options.ignore);
  lintOptions.filter.include(config.include);
  lintOptions.filter.include(options.include);
  lintOptions.settings.asOf = options.asOf.empty() ? config.asOf : options.asOf;
  lintOptions.settings.customerManagedKeys = config.customerManagedKeys;

  const std::vector<LintInput> inputs = expandLintInputs(options.inputs);
  const unsigned jobs =
      options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  const std::vector<lint::FileReport> reports = lintAll(inputs, lintOptions, jobs);

  lint::ReportOptions reportOptions;
  reportOptions.format = *format;
  reportOptions.color = *format == lint::ReportFormat::Text && useColor(options.color);
  reportOptions.toolVersion = std::string(kVersion);
  // CI runs from the checkout: report paths relative to it. A working directory that has been
  // removed leaves no root, and paths then stay as given.
  std::error_code noWorkingDirectory;
  const std::filesystem::path workingDirectory = std::filesystem::current_path(noWorkingDirectory);
  if (!noWorkingDirectory) reportOptions.sourceRoot = workingDirectory.generic_string();
  reportOptions.informationUri = VPCSYNTH_HOMEPAGE;
  reportOptions.ruleDocsUri = VPCSYNTH_RULE_DOCS_URL;
  const std::string report = lint::renderReport(reports, reportOptions);
  std::fwrite(report.data(), 1, report.size(), stdout);
  std::fflush(stdout);
  return exitCode(lint::summarize(reports), options.nonZeroExitCode);
}

}  // namespace vpcsynth::cli
