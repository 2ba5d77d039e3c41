#include "completion_script.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

// The three scripts share one shape: find the subcommand already typed, then offer a value for
// the option just before the cursor, an option name after '-', or the positional arguments'
// values. Only one level of subcommands exists, and only one is handled.
namespace vpcsynth::cli {
namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text.append(separator);
    text.append(item);
  }
  return text;
}

std::vector<std::string> optionNames(const CommandSpec& command) {
  std::vector<std::string> names;
  for (const auto& option : command.options)
    names.insert(names.end(), option.names.begin(), option.names.end());
  return names;
}

std::vector<std::string> subcommandNames(const CommandSpec& program) {
  std::vector<std::string> names;
  for (const auto& subcommand : program.subcommands) names.push_back(subcommand.name);
  return names;
}

// ---- bash ----------------------------------------------------------------------------------

// The values for a positional of `command`: every positional's words and, if any takes a file,
// file names (a command's positionals are few; offering their union keeps the script simple).
OptionSpec positionalValues(const CommandSpec& command) {
  OptionSpec values;
  values.positionalName = "argument";
  for (const auto& positional : command.positionals) {
    for (const auto& word : positional.words) {
      if (std::find(values.words.begin(), values.words.end(), word) == values.words.end()) {
        values.words.push_back(word);
      }
    }
    values.completesFiles = values.completesFiles || positional.completesFiles;
  }
  return values;
}

// A call of _<program>_offer for these values: words, then file names when wanted.
std::string bashOffer(const std::string& function, const OptionSpec& values) {
  return fmt::format("{} \"{}\" {}", function, joined(values.words, " "),
                     values.completesFiles ? "files" : "nofiles");
}

void appendBashCommand(std::string& script, const std::string& function, const CommandSpec& command,
                       const std::vector<std::string>& subcommands) {
  std::string valueCases;
  for (const auto& option : command.options) {
    if (option.isFlag()) continue;
    valueCases += fmt::format("      {}) {}; return ;;\n", joined(option.names, "|"),
                              bashOffer(function, option));
  }
  if (!valueCases.empty()) {
    script += "    # an option's value\n    case $prev in\n" + valueCases + "    esac\n";
  }
  script += fmt::format("    if [[ $cur == -* ]]; then\n      {} \"{}\" nofiles\n", function,
                        joined(optionNames(command), " "));
  OptionSpec values = positionalValues(command);
  values.words.insert(values.words.end(), subcommands.begin(), subcommands.end());
  script += fmt::format("    else\n      {}\n    fi\n", bashOffer(function, values));
}

}  // namespace

std::string bashCompletion(const CommandSpec& program) {
  const std::string function = "_" + program.name;
  const std::string offer = function + "_offer";
  std::string script = fmt::format(
      "# bash completion for {0}, written by `{0} completion bash` from the command-line\n"
      "# definition its parser uses. Load it with: source <({0} completion bash)\n\n"
      "# {1} WORDS files|nofiles: offers the WORDS that start with $cur, then file names.\n"
      "{1}() {{\n"
      "  mapfile -t COMPREPLY < <(compgen -W \"$1\" -- \"$cur\")\n"
      "  if [[ $2 == files ]]; then\n"
      "    compopt -o filenames 2>/dev/null\n"
      "    mapfile -t -O \"${{#COMPREPLY[@]}}\" COMPREPLY < <(compgen -f -- \"$cur\")\n"
      "  fi\n"
      "}}\n\n"
      "{2}() {{\n"
      "  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}} command=\"\" i\n"
      "  COMPREPLY=()\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case ${{COMP_WORDS[i]}} in\n"
      "      {3}) command=${{COMP_WORDS[i]}}; break ;;\n"
      "    esac\n"
      "  done\n"
      "  case $command in\n",
      program.name, offer, function, joined(subcommandNames(program), "|"));
  script += "  \"\")\n";
  appendBashCommand(script, offer, program, subcommandNames(program));
  script += "    ;;\n";
  for (const auto& subcommand : program.subcommands) {
    script += fmt::format("  {})\n", subcommand.name);
    appendBashCommand(script, offer, subcommand, {});
    script += "    ;;\n";
  }
  script += fmt::format("  esac\n}}\n\ncomplete -F {} {}\n", function, program.name);
  return script;
}

// ---- zsh -----------------------------------------------------------------------------------

namespace {

// Text inside single quotes.
std::string shellQuoted(std::string_view text) {
  std::string quoted;
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted;
}

// Text inside an _arguments spec: single-quoted for the shell, with the characters that end a
// description ([ ] :) or a spec escaped for _arguments.
std::string zshEscape(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '\'') {
      escaped += "'\\''";
    } else {
      if (c == '[' || c == ']' || c == ':' || c == '\\') escaped += '\\';
      escaped += c;
    }
  }
  return escaped;
}

// The _arguments action completing `spec`'s value: its words, file names, or both.
std::string zshAction(const OptionSpec& spec) {
  std::string words;
  for (const auto& word : spec.words) words += (words.empty() ? "" : " ") + word;
  if (spec.completesFiles && !spec.words.empty()) {
    return fmt::format("{{_alternative \"values:value:({})\" \"files:file:_files\"}}", words);
  }
  if (spec.completesFiles) return "_files";
  if (!spec.words.empty()) return "(" + words + ")";
  return " ";  // a value is expected, nothing to offer
}

std::string zshValueName(const OptionSpec& spec) {
  return zshEscape(spec.valueName.empty() ? spec.positionalName : spec.valueName);
}

void appendZshArguments(std::string& script, const CommandSpec& command, std::string_view indent) {
  script += fmt::format("{}_arguments -s -S", indent);
  for (const auto& option : command.options) {
    for (const auto& name : option.names) {
      script += fmt::format(" \\\n{}  '{}{}[{}]", indent, option.repeatable ? "*" : "", name,
                            zshEscape(option.description));
      if (!option.isFlag())
        script += fmt::format(":{}:{}", zshValueName(option), zshAction(option));
      script += "'";
    }
  }
  for (const auto& positional : command.positionals) {
    script += fmt::format(" \\\n{}  '{}:{}:{}'", indent, positional.repeatable ? "*" : "",
                          zshValueName(positional), zshAction(positional));
  }
  script += "\n";
}

}  // namespace

std::string zshCompletion(const CommandSpec& program) {
  std::string script = fmt::format(
      "#compdef {0}\n"
      "# zsh completion for {0}, written by `{0} completion zsh` from the command-line definition\n"
      "# its parser uses. Install it as _{0} in a folder of $fpath, or: source <({0} completion "
      "zsh)\n\n"
      "_{0}() {{\n"
      "  local context state state_descr line\n"
      "  typeset -A opt_args\n"
      "  _arguments -C",
      program.name);
  for (const auto& option : program.options) {
    for (const auto& name : option.names) {
      script += fmt::format(" \\\n    '(- *){}[{}]'", name, zshEscape(option.description));
    }
  }
  script += " \\\n    '1:command:->command' \\\n    '*::argument:->argument'\n";
  script += "  case $state in\n  command)\n    local -a commands=(\n";
  for (const auto& subcommand : program.subcommands) {
    script += fmt::format("      '{}:{}'\n", subcommand.name, shellQuoted(subcommand.description));
  }
  script += "    )\n    _describe -t commands 'command' commands\n    ;;\n";
  script += "  argument)\n    case $line[1] in\n";
  for (const auto& subcommand : program.subcommands) {
    script += fmt::format("    {})\n", subcommand.name);
    appendZshArguments(script, subcommand, "      ");
    script += "      ;;\n";
  }
  script += fmt::format(
      "    esac\n    ;;\n  esac\n}}\n\n"
      "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
      "  _{0} \"$@\"\n"
      "else\n"
      "  compdef _{0} {0}\n"
      "fi\n",
      program.name);
  return script;
}

// ---- fish ----------------------------------------------------------------------------------

namespace {

std::string fishQuote(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

std::string fishNames(const OptionSpec& option) {
  std::string names;
  for (const auto& name : option.names) {
    const bool isLong = name.rfind("--", 0) == 0;
    names += fmt::format(" {} {}", isLong ? "-l" : "-s", name.substr(isLong ? 2 : 1));
  }
  return names;
}

// fish's flags for a value: -r (one is required), -F (file names) or -f (none), -a (words).
std::string fishValue(const OptionSpec& spec, bool isOption) {
  std::string flags = isOption && !spec.isFlag() ? " -r" : "";
  if (spec.isFlag()) return flags;
  flags += spec.completesFiles ? " -F" : " -f";
  std::string words;
  for (const auto& word : spec.words) words += (words.empty() ? "" : " ") + word;
  if (!words.empty()) flags += " -a " + fishQuote(words);
  return flags;
}

}  // namespace

std::string fishCompletion(const CommandSpec& program) {
  const std::string& name = program.name;
  std::string script = fmt::format(
      "# fish completion for {0}, written by `{0} completion fish` from the command-line\n"
      "# definition its parser uses. Install it as ~/.config/fish/completions/{0}.fish\n\n"
      "complete -c {0} -f\n",
      name);
  for (const auto& option : program.options) {
    script +=
        fmt::format("complete -c {} -n __fish_use_subcommand{}{} -d {}\n", name, fishNames(option),
                    fishValue(option, true), fishQuote(option.description));
  }
  for (const auto& subcommand : program.subcommands) {
    script += fmt::format("complete -c {} -n __fish_use_subcommand -a {} -d {}\n", name,
                          subcommand.name, fishQuote(subcommand.description));
  }
  for (const auto& subcommand : program.subcommands) {
    const std::string condition = fishQuote("__fish_seen_subcommand_from " + subcommand.name);
    for (const auto& option : subcommand.options) {
      script += fmt::format("complete -c {} -n {}{}{} -d {}\n", name, condition, fishNames(option),
                            fishValue(option, true), fishQuote(option.description));
    }
    if (!subcommand.positionals.empty()) {
      script += fmt::format("complete -c {} -n {}{}\n", name, condition,
                            fishValue(positionalValues(subcommand), false));
    }
  }
  return script;
}

std::string completionScript(std::string_view shell, const CommandSpec& program) {
  if (shell == "bash") return bashCompletion(program);
  if (shell == "zsh") return zshCompletion(program);
  if (shell == "fish") return fishCompletion(program);
  throw std::invalid_argument(fmt::format("no completion for the shell '{}'", shell));
}

}  // namespace vpcsynth::cli
