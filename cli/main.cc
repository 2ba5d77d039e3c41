// The one translation unit that includes CLI11: it parses arguments and hands each command to
// its runner. CLI11 is slow to compile, so nothing else includes it.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include <fmt/format.h>

#include "fmt_command.h"

namespace {

void addFmtCommand(CLI::App& app, vpcsynth::cli::FmtOptions& options) {
  auto* fmt = app.add_subcommand("fmt", "Format a CloudFormation template, or convert it between YAML and JSON");
  fmt->add_option("inputs", options.inputs, "Template files; '-' reads standard input")
      ->required();
  static std::string format = "yaml";
  fmt->add_option("--to", format, "Output format")
      ->check(CLI::IsMember({"yaml", "json"}))
      ->capture_default_str();
  static bool longForm = false;
  fmt->add_flag("--long-form", longForm, "Write intrinsic functions in the long form (Fn::GetAtt: [A, B]) instead of tags (!GetAtt A.B)");
  auto* output = fmt->add_option("-o,--output", options.outputFile, "Write to this file (atomically) instead of standard output");
  auto* inPlace = fmt->add_flag("-i,--in-place", options.inPlace, "Rewrite each file in place (atomically)");
  auto* check = fmt->add_flag("--check", options.check, "Write nothing; list the files that are not formatted and exit 1 if there are any");
  output->excludes(inPlace)->excludes(check);
  inPlace->excludes(check);
  fmt->final_callback([&options] {
    options.write.functions = longForm ? vpcsynth::FunctionForm::Long : vpcsynth::FunctionForm::Short;
    options.write.format = format == "json" ? vpcsynth::OutputFormat::Json : vpcsynth::OutputFormat::Yaml;
    if (options.inPlace) {
      for (const auto& input : options.inputs) {
        if (input == "-") throw CLI::ValidationError("--in-place", "cannot rewrite standard input in place");
      }
    }
  });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"vpcsynth: synthesize, lint and diff CloudFormation for the Lambda Connections pattern"};
  app.set_version_flag("--version", "vpcsynth " VPCSYNTH_VERSION);
  app.require_subcommand(1);
  vpcsynth::cli::FmtOptions fmtOptions;
  addFmtCommand(app, fmtOptions);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }
  try {
    if (app.got_subcommand("fmt")) return vpcsynth::cli::runFmt(fmtOptions);
  } catch (const std::exception& error) {
    fmt::print(stderr, "vpcsynth: internal error: {}\n", error.what());
    return 70;
  }
  return 0;
}
