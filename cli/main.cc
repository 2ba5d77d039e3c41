// The one translation unit that includes CLI11: it parses arguments and hands each command to
// its runner. CLI11 is slow to compile, so nothing else includes it.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <exception>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "build_info.h"
#include "command_tree.h"
#include "completion_script.h"
#include "diff_command.h"
#include "exit_codes.h"
#include "fmt_command.h"
#include "graph_command.h"
#include "io/file_io.h"
#include "lint/registry.h"
#include "lint_command.h"
#include "man_page.h"
#include "pattern/variant.h"
#include "spec/resource_spec.h"
#include "synth_command.h"

namespace {

using vpcsynth::cli::CommandSpec;
using vpcsynth::cli::OptionSpec;

std::vector<std::string> variantNames() {
  return {std::begin(vpcsynth::kVariantNames), std::end(vpcsynth::kVariantNames)};
}

std::vector<std::string> ruleIds() {
  std::vector<std::string> ids;
  for (const auto& info : vpcsynth::lint::readerRules()) ids.emplace_back(info.id);
  for (const auto& rule : vpcsynth::lint::registeredRules()) ids.emplace_back(rule->info().id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// ---- The definition as plain data, for the completion scripts and the man page ----

// An option's value is described by its type name: FILE, PATH or FILE|VARIANT (the parts after
// '|' are alternatives), RULE for rule IDs, and CLI11 appends a member check's choices as
// ":{a,b,c}", which is what --help shows too.
void describeValue(const std::string& typeName, OptionSpec& spec) {
  const auto colon = typeName.find(':');
  spec.valueName = typeName.substr(0, colon);
  std::string part;
  for (std::size_t start = 0; start <= spec.valueName.size();) {
    const auto bar = std::min(spec.valueName.find('|', start), spec.valueName.size());
    part = spec.valueName.substr(start, bar - start);
    if (part == "FILE" || part == "PATH") spec.completesFiles = true;
    if (part == "VARIANT") spec.words = variantNames();
    if (part == "RULE") spec.words = ruleIds();
    start = bar + 1;
  }
  if (colon == std::string::npos) return;
  const std::string checks = typeName.substr(colon + 1);
  if (checks.size() < 2 || checks.front() != '{' || checks.back() != '}') return;
  std::string choice;
  for (char c : checks.substr(1, checks.size() - 2)) {
    if (c == ',') {
      spec.choices.push_back(choice);
      choice.clear();
    } else {
      choice += c;
    }
  }
  spec.choices.push_back(choice);
  spec.words.insert(spec.words.end(), spec.choices.begin(), spec.choices.end());
}

OptionSpec describeOption(const CLI::Option& option) {
  OptionSpec spec;
  for (const auto& name : option.get_snames()) spec.names.push_back("-" + name);
  for (const auto& name : option.get_lnames()) spec.names.push_back("--" + name);
  if (option.get_positional()) spec.positionalName = option.get_name();
  spec.description = option.get_description();
  spec.required = option.get_required();
  spec.repeatable = option.get_items_expected_max() > 1;
  if (option.get_type_size_max() > 0 || option.get_positional()) {
    describeValue(option.get_type_name(), spec);
    spec.defaultValue = option.get_default_str();
  }
  return spec;
}

// Hidden subcommands (empty group) are left out, like --help leaves them out.
CommandSpec describeCommand(CLI::App& command) {
  CommandSpec spec{command.get_name(), command.get_description(), {}, {}, {}};
  for (const CLI::Option* option : command.get_options()) {
    OptionSpec described = describeOption(*option);
    (option->get_positional() ? spec.positionals : spec.options).push_back(std::move(described));
  }
  for (CLI::App* subcommand :
       command.get_subcommands([](CLI::App* app) { return !app->get_group().empty(); })) {
    spec.subcommands.push_back(describeCommand(*subcommand));
  }
  return spec;
}

void addFmtCommand(CLI::App& app, vpcsynth::cli::FmtOptions& options) {
  auto* fmt = app.add_subcommand(
      "fmt", "Format a CloudFormation template, or convert it between YAML and JSON");
  fmt->add_option("inputs", options.inputs, "Template files; '-' reads standard input")
      ->required()
      ->type_name("FILE");
  static std::string format = "yaml";
  fmt->add_option("--to", format, "Output format")
      ->check(CLI::IsMember({"yaml", "json"}))
      ->capture_default_str();
  static bool longForm = false;
  fmt->add_flag("--long-form", longForm,
                "Write intrinsic functions in the long form (Fn::GetAtt: [A, B]) instead of tags "
                "(!GetAtt A.B)");
  auto* output = fmt->add_option("-o,--output", options.outputFile,
                                 "Write to this file (atomically) instead of standard output")
                     ->type_name("FILE");
  auto* inPlace =
      fmt->add_flag("-i,--in-place", options.inPlace, "Rewrite each file in place (atomically)");
  auto* check = fmt->add_flag(
      "--check", options.check,
      "Write nothing; list the files that are not formatted and exit 1 if there are any");
  output->excludes(inPlace)->excludes(check);
  inPlace->excludes(check);
  fmt->final_callback([&options] {
    options.write.functions =
        longForm ? vpcsynth::FunctionForm::Long : vpcsynth::FunctionForm::Short;
    options.write.format =
        format == "json" ? vpcsynth::OutputFormat::Json : vpcsynth::OutputFormat::Yaml;
    if (options.inPlace) {
      for (const auto& input : options.inputs) {
        if (input == "-")
          throw CLI::ValidationError("--in-place", "cannot rewrite standard input in place");
      }
    }
  });
}

void addLintCommand(CLI::App& app, vpcsynth::cli::LintOptions& options) {
  auto* lint = app.add_subcommand("lint",
                                  "Check CloudFormation templates: structure, references, values, "
                                  "security and network reachability");
  lint->add_option("inputs", options.inputs,
                   "Template files, directories (searched for .yaml .yml .json .template), glob "
                   "patterns; '-' reads standard input")
      ->type_name("PATH");
  lint->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "parseable", "json", "sarif", "junit", "github", "gitlab"}))
      ->capture_default_str();
  lint->add_option(
          "--color", options.color,
          "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  lint->add_option("--non-zero-exit-code", options.nonZeroExitCode,
                   "Lowest severity that makes the exit code non-zero")
      ->check(CLI::IsMember({"informational", "warning", "error", "none"}))
      ->capture_default_str();
  lint->add_option(
          "--ignore", options.ignore,
          "Do not run the rules whose ID starts with this prefix (repeatable, comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE");
  lint->add_option(
          "--include", options.include,
          "Run only the rules whose ID starts with this prefix (repeatable, comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE");
  lint->add_option(
          "--config", options.configFile,
          "Configuration file (default: .vpcsynth-lint.yaml in the working directory, if present)")
      ->type_name("FILE");
  lint->add_option("--as-of", options.asOf,
                   "Judge dated facts (Lambda runtime deprecations, Redshift defaults) as of this "
                   "day, YYYY-MM-DD")
      ->type_name("DATE");
  lint->add_option("-j,--jobs", options.jobs, "Worker threads (default: one per core)")
      ->check(CLI::Range(1u, 256u))
      ->type_name("N");
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
  auto* variant =
      command.add_option("--variant", values->variant, "Override the configuration's variant")
          ->check(CLI::IsMember(variantNames()));
  auto* azs = command
                  .add_option("--azs", values->azs,
                              "Override network.azs: the number of availability zones (2-6)")
                  ->type_name("N");
  auto* nat = command
                  .add_option("--nat", values->nat,
                              "Override network.nat: one NAT gateway per AZ, or a single one")
                  ->check(CLI::IsMember({"per-az", "single"}));
  command.parse_complete_callback([&overrides, values, variant, azs, nat] {
    if (variant->count() > 0) overrides.variant = vpcsynth::parseVariant(values->variant);
    if (azs->count() > 0) overrides.azs = values->azs;
    if (nat->count() > 0) {
      overrides.nat =
          values->nat == "single" ? vpcsynth::NatMode::Single : vpcsynth::NatMode::PerAz;
    }
  });
}

void addSynthCommands(CLI::App& app, vpcsynth::cli::SynthOptions& synth,
                      vpcsynth::cli::ValidateOptions& validate, vpcsynth::cli::InitOptions& init) {
  auto* synthCommand = app.add_subcommand(
      "synth", "Synthesize the Lambda Connections stack as a CloudFormation template");
  synthCommand
      ->add_option(
          "config", synth.configFile,
          "Configuration file ('-' reads standard input); none: the built-in default (nat-egress)")
      ->type_name("FILE");
  addOverrideOptions(*synthCommand, synth.overrides);
  static std::string format = "yaml";
  synthCommand->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"yaml", "json"}))
      ->capture_default_str();
  synthCommand
      ->add_option("-o,--output", synth.outputFile,
                   "Write the template to this file (atomically) instead of standard output")
      ->type_name("FILE");
  auto* costFlag =
      synthCommand->add_flag("--cost", synth.cost,
                             "Print the stack's monthly cost (fixed, and by use) instead of the "
                             "template; with -o the template still goes to the file");
  synthCommand
      ->add_option("--region-prices", synth.regionPricesFile,
                   "Price file for another region (docs/synth.md#other-regions); default: the "
                   "built-in us-east-1 list prices")
      ->needs(costFlag)
      ->type_name("FILE");
  synthCommand->final_callback([&synth] {
    synth.write.format =
        format == "json" ? vpcsynth::OutputFormat::Json : vpcsynth::OutputFormat::Yaml;
  });

  auto* validateCommand =
      app.add_subcommand("validate", "Validate a configuration without synthesizing it");
  validateCommand
      ->add_option("config", validate.configFile,
                   "Configuration file ('-' reads standard input); none: the built-in default")
      ->type_name("FILE");
  addOverrideOptions(*validateCommand, validate.overrides);

  auto* initCommand = app.add_subcommand("init", "Write a commented starter configuration");
  initCommand->add_option("file", init.outputFile, "Where to write it ('-': standard output)")
      ->capture_default_str()
      ->type_name("FILE");
  initCommand->add_flag("--force", init.force, "Overwrite an existing file");
}

void addDiffCommand(CLI::App& app, vpcsynth::cli::DiffOptions& options) {
  auto* diff =
      app.add_subcommand("diff",
                         "Compare two templates, or two variants of the pattern, by meaning: "
                         "resources, properties, replacement and security impact");
  diff->add_option("old", options.oldSide,
                   "Template file ('-' reads standard input) or variant (private-only, "
                   "private-endpoints, nat-egress)")
      ->required()
      ->type_name("FILE|VARIANT");
  diff->add_option("new", options.newSide,
                   "Template file ('-' reads standard input) or variant (private-only, "
                   "private-endpoints, nat-egress)")
      ->required()
      ->type_name("FILE|VARIANT");
  diff->add_option("--config", options.configFile,
                   "Configuration for variant sides; none: the built-in default")
      ->type_name("FILE");
  static std::string format = "text";
  diff->add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->capture_default_str();
  static std::string color = "auto";
  diff->add_option(
          "--color", color,
          "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  diff->add_flag("--summary", options.summary, "Print the counts only");
  diff->add_option("--region-prices", options.regionPricesFile,
                   "Price file for the Monthly cost section (docs/synth.md#other-regions); "
                   "default: the built-in us-east-1 list prices")
      ->type_name("FILE");
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
    options.color = color == "always"  ? ColorMode::Always
                    : color == "never" ? ColorMode::Never
                                       : ColorMode::Auto;
    options.failOn = failOn == "any"           ? FailOn::Any
                     : failOn == "broadening"  ? FailOn::Broadening
                     : failOn == "destructive" ? FailOn::Destructive
                                               : FailOn::Never;
  });
}

void addGraphCommand(CLI::App& app, vpcsynth::cli::GraphOptions& options) {
  auto* graph =
      app.add_subcommand("graph",
                         "Draw the network of a template, a configuration or a variant: VPC, "
                         "zones, subnets, gateways, and the reachability verdicts of lint");
  graph
      ->add_option(
          "input", options.input,
          "Template file, configuration file ('-' reads standard input) or variant (private-only, "
          "private-endpoints, nat-egress); none: the built-in default configuration")
      ->type_name("FILE|VARIANT");
  static std::string format = "svg";
  graph
      ->add_option("--format", format,
                   "Output format: svg (drawn by vpcsynth), mermaid (a flowchart for Markdown), "
                   "dot (Graphviz)")
      ->check(CLI::IsMember({"svg", "mermaid", "dot"}))
      ->capture_default_str();
  graph
      ->add_option("-o,--output", options.outputFile,
                   "Write to this file (atomically) instead of standard output")
      ->type_name("FILE");
  graph->final_callback([&options] {
    using vpcsynth::graph::GraphFormat;
    options.format = format == "dot"       ? GraphFormat::Dot
                     : format == "mermaid" ? GraphFormat::Mermaid
                                           : GraphFormat::Svg;
  });
}

void addCompletionCommand(CLI::App& app, std::string& shell) {
  auto* completion = app.add_subcommand(
      "completion",
      "Print a completion script for bash, zsh or fish (docs/install.md#shell-completion)");
  completion->add_option("shell", shell, "The shell")
      ->required()
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(vpcsynth::cli::kCompletionShells),
                                                     std::end(vpcsynth::cli::kCompletionShells))));
}

struct ManPageOptions {
  std::string pageTemplate;
  std::string exitCodes;
  std::string outputFile;
};

// Used by the build (cli/CMakeLists.txt) to write vpcsynth.1; hidden from --help.
void addManPageCommand(CLI::App& app, ManPageOptions& options) {
  auto* manPage = app.add_subcommand("man-page", "Write the man page (used by the build)");
  manPage->group("");
  manPage->add_option("--template", options.pageTemplate, "docs/man/vpcsynth.1.in")
      ->required()
      ->check(CLI::ExistingFile);
  manPage->add_option("--exit-codes", options.exitCodes, "docs/exit-codes.md")
      ->required()
      ->check(CLI::ExistingFile);
  manPage->add_option("-o,--output", options.outputFile, "Where to write it")->required();
}

int writeManPage(CLI::App& app, const ManPageOptions& options) {
  const auto pageTemplate = vpcsynth::readInput(options.pageTemplate, 1 << 20);
  const auto exitCodes = vpcsynth::readInput(options.exitCodes, 1 << 20);
  for (const auto& input : {pageTemplate, exitCodes}) {
    if (input.error) {
      fmt::print(stderr, "vpcsynth man-page: {}\n", *input.error);
      return 1;
    }
  }
  const std::string page = vpcsynth::cli::manPage(
      describeCommand(app),
      {pageTemplate.text, exitCodes.text, vpcsynth::cli::kVersion, vpcsynth::cli::kCommitDate});
  if (auto error = vpcsynth::writeFileAtomically(options.outputFile, page)) {
    fmt::print(stderr, "vpcsynth man-page: {}\n", *error);
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "vpcsynth: synthesize, lint and diff CloudFormation for the Lambda Connections pattern"};
  app.set_version_flag(
      "--version", vpcsynth::cli::versionText,
      "Print the version, the git commit, the build and the resource data's version, and exit");
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
  std::string completionShell;
  addCompletionCommand(app, completionShell);
  ManPageOptions manPageOptions;
  addManPageCommand(app, manPageOptions);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    // lint keeps cfn-lint's convention: a usage error exits 1; 2, 4 and 8 are findings.
    if (code != 0 && app.got_subcommand("lint")) return vpcsynth::cli::kLintUsageError;
    return code;
  }
  app.name("vpcsynth");
  if (app.got_subcommand("man-page")) return writeManPage(app, manPageOptions);
  if (app.got_subcommand("completion")) {
    fmt::print("{}", vpcsynth::cli::completionScript(completionShell, describeCommand(app)));
    return 0;
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
