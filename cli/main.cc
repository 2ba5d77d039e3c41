// The one translation unit that includes CLI11: it parses arguments and hands each command to
// its runner. CLI11 is slow to compile, so nothing else includes it.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <memory>

#include <fmt/format.h>

#include "diff_command.h"
#include "exit_codes.h"
#include "fmt_command.h"
#include "graph_command.h"
#include "lint_command.h"
#include "spec/resource_spec.h"
#include "synth_command.h"

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

void addLintCommand(CLI::App& app, vpcsynth::cli::LintOptions& options) {
  auto* lint = app.add_subcommand("lint", "Check CloudFormation templates: structure, references, values, security and network reachability");
  lint->add_option("inputs", options.inputs, "Template files, directories (searched for .yaml .yml .json .template), glob patterns; '-' reads standard input");
  lint->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "parseable", "json", "sarif", "junit", "github", "gitlab"}))
      ->capture_default_str();
  lint->add_option("--color", options.color, "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  lint->add_option("--non-zero-exit-code", options.nonZeroExitCode, "Lowest severity that makes the exit code non-zero")
      ->check(CLI::IsMember({"informational", "warning", "error", "none"}))
      ->capture_default_str();
  lint->add_option("--ignore", options.ignore, "Do not run the rules whose ID starts with this prefix (repeatable, comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  lint->add_option("--include", options.include, "Run only the rules whose ID starts with this prefix (repeatable, comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  lint->add_option("--config", options.configFile, "Configuration file (default: .vpcsynth-lint.yaml in the working directory, if present)");
  lint->add_option("--as-of", options.asOf, "Judge dated facts (Lambda runtime deprecations, Redshift defaults) as of this day, YYYY-MM-DD");
  lint->add_option("-j,--jobs", options.jobs, "Worker threads (default: one per core)")
      ->check(CLI::Range(1u, 256u));
  lint->add_flag("--list-rules", options.listRules, "List the rules and exit");
}

// Adds --variant, --azs and --nat to `command`; they fill `overrides` once parsing is done.
void addOverrideOptions(CLI::App& command, vpcsynth::ConfigOverrides& overrides) {
  struct Values {
    std::string variant;
    int azs = 0;
    std::string nat;
  };
  auto values = std::make_shared<Values>();
  auto* variant = command.add_option("--variant", values->variant, "Override the configuration's variant")
      ->check(CLI::IsMember({"private-only", "private-endpoints", "nat-egress"}));
  auto* azs = command.add_option("--azs", values->azs, "Override network.azs: the number of availability zones (2-6)")
      ->type_name("N");
  auto* nat = command.add_option("--nat", values->nat, "Override network.nat: one NAT gateway per AZ, or a single one")
      ->check(CLI::IsMember({"per-az", "single"}));
  command.parse_complete_callback([&overrides, values, variant, azs, nat] {
    if (variant->count() > 0) overrides.variant = vpcsynth::parseVariant(values->variant);
    if (azs->count() > 0) overrides.azs = values->azs;
    if (nat->count() > 0) {
      overrides.nat = values->nat == "single" ? vpcsynth::NatMode::Single : vpcsynth::NatMode::PerAz;
    }
  });
}

void addSynthCommands(CLI::App& app, vpcsynth::cli::SynthOptions& synth,
                      vpcsynth::cli::ValidateOptions& validate, vpcsynth::cli::InitOptions& init) {
  auto* synthCommand = app.add_subcommand("synth", "Synthesize the Lambda Connections stack as a CloudFormation template");
  synthCommand->add_option("config", synth.configFile, "Configuration file ('-' reads standard input); none: the built-in default (nat-egress)");
  addOverrideOptions(*synthCommand, synth.overrides);
  static std::string format = "yaml";
  synthCommand->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"yaml", "json"}))
      ->capture_default_str();
  synthCommand->add_option("-o,--output", synth.outputFile, "Write the template to this file (atomically) instead of standard output");
  auto* costFlag = synthCommand->add_flag("--cost", synth.cost, "Print the stack's monthly cost (fixed, and by use) instead of the template; with -o the template still goes to the file");
  synthCommand->add_option("--region-prices", synth.regionPricesFile, "Price file for another region (docs/synth.md#other-regions); default: the built-in us-east-1 list prices")
      ->needs(costFlag);
  synthCommand->final_callback([&synth] {
    synth.write.format = format == "json" ? vpcsynth::OutputFormat::Json : vpcsynth::OutputFormat::Yaml;
  });

  auto* validateCommand = app.add_subcommand("validate", "Validate a configuration without synthesizing it");
  validateCommand->add_option("config", validate.configFile, "Configuration file ('-' reads standard input); none: the built-in default");
  addOverrideOptions(*validateCommand, validate.overrides);

  auto* initCommand = app.add_subcommand("init", "Write a commented starter configuration");
  initCommand->add_option("file", init.outputFile, "Where to write it ('-': standard output)")->capture_default_str();
  initCommand->add_flag("--force", init.force, "Overwrite an existing file");
}

void addDiffCommand(CLI::App& app, vpcsynth::cli::DiffOptions& options) {
  auto* diff = app.add_subcommand("diff", "Compare two templates, or two variants of the pattern, by meaning: resources, properties, replacement and security impact");
  diff->add_option("old", options.oldSide, "Template file ('-' reads standard input) or variant (private-only, private-endpoints, nat-egress)")->required();
  diff->add_option("new", options.newSide, "Template file ('-' reads standard input) or variant (private-only, private-endpoints, nat-egress)")->required();
  diff->add_option("--config", options.configFile, "Configuration for variant sides; none: the built-in default");
  static std::string format = "text";
  diff->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  static std::string color = "auto";
  diff->add_option("--color", color, "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  diff->add_flag("--summary", options.summary, "Print the counts only");
  diff->add_option("--region-prices", options.regionPricesFile, "Price file for the Monthly cost section (docs/synth.md#other-regions); default: the built-in us-east-1 list prices");
  diff->add_flag("--exit-code", options.exitCode, "Exit 1 when there is any difference");
  static std::string failOn;
  diff->add_option("--fail-on", failOn, "Exit 1 when there is a change of this kind")
      ->check(CLI::IsMember({"any", "broadening", "destructive"}));
  diff->final_callback([&options] {
    using vpcsynth::cli::ColorMode;
    using vpcsynth::cli::FailOn;
    options.format = format == "json"       ? vpcsynth::DiffFormat::Json
                     : format == "markdown" ? vpcsynth::DiffFormat::Markdown
                                            : vpcsynth::DiffFormat::Text;
    options.color = color == "always" ? ColorMode::Always : color == "never" ? ColorMode::Never : ColorMode::Auto;
    options.failOn = failOn == "any"           ? FailOn::Any
                     : failOn == "broadening"  ? FailOn::Broadening
                     : failOn == "destructive" ? FailOn::Destructive
                                               : FailOn::Never;
  });
}

void addGraphCommand(CLI::App& app, vpcsynth::cli::GraphOptions& options) {
  auto* graph = app.add_subcommand("graph", "Draw the network of a template, a configuration or a variant: VPC, zones, subnets, gateways, and the reachability verdicts of lint");
  graph->add_option("input", options.input, "Template file, configuration file ('-' reads standard input) or variant (private-only, private-endpoints, nat-egress); none: the built-in default configuration");
  static std::string format = "svg";
  graph->add_option("--format", format, "Output format: svg (drawn by vpcsynth), mermaid (a flowchart for Markdown), dot (Graphviz)")
      ->check(CLI::IsMember({"svg", "mermaid", "dot"}))
      ->capture_default_str();
  graph->add_option("-o,--output", options.outputFile, "Write to this file (atomically) instead of standard output");
  graph->final_callback([&options] {
    using vpcsynth::graph::GraphFormat;
    options.format = format == "dot" ? GraphFormat::Dot : format == "mermaid" ? GraphFormat::Mermaid : GraphFormat::Svg;
  });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"vpcsynth: synthesize, lint and diff CloudFormation for the Lambda Connections pattern"};
  app.set_version_flag("--version", "vpcsynth " VPCSYNTH_VERSION "\nresource data: " +
                                        vpcsynth::resourceSpecDescription());
  app.require_subcommand(1);
  vpcsynth::cli::FmtOptions fmtOptions;
  addFmtCommand(app, fmtOptions);
  vpcsynth::cli::LintOptions lintOptions;
  addLintCommand(app, lintOptions);
  vpcsynth::cli::SynthOptions synthOptions;
  vpcsynth::cli::ValidateOptions validateOptions;
  vpcsynth::cli::InitOptions initOptions;
  addSynthCommands(app, synthOptions, validateOptions, initOptions);
  vpcsynth::cli::DiffOptions diffOptions;
  addDiffCommand(app, diffOptions);
  vpcsynth::cli::GraphOptions graphOptions;
  addGraphCommand(app, graphOptions);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    // lint keeps cfn-lint's convention: a usage error exits 1; 2, 4 and 8 are findings.
    if (code != 0 && app.got_subcommand("lint")) return vpcsynth::cli::kLintUsageError;
    return code;
  }
  try {
    if (app.got_subcommand("diff")) return vpcsynth::cli::runDiff(diffOptions);
    if (app.got_subcommand("graph")) return vpcsynth::cli::runGraph(graphOptions);
    if (app.got_subcommand("fmt")) return vpcsynth::cli::runFmt(fmtOptions);
    if (app.got_subcommand("lint")) return vpcsynth::cli::runLint(lintOptions);
    if (app.got_subcommand("synth")) return vpcsynth::cli::runSynth(synthOptions);
    if (app.got_subcommand("validate")) return vpcsynth::cli::runValidate(validateOptions);
    if (app.got_subcommand("init")) return vpcsynth::cli::runInit(initOptions);
  } catch (const std::exception& error) {
    fmt::print(stderr, "vpcsynth: internal error: {}\n", error.what());
    return 70;
  }
  return 0;
}
