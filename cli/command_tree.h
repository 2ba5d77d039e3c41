#pragma once

#include <string>
#include <vector>

// The command line as plain data: main.cc reads it off the CLI11 definition that parses the
// arguments, and the completion scripts and the man page are written from it, so neither can
// drift from the parser. Nothing here includes CLI11 (slow to compile).
namespace vpcsynth::cli {

/// An option or a positional argument.
struct OptionSpec {
  std::vector<std::string> names;  // "-o", "--output"; empty for a positional
  std::string positionalName;      // "config"; empty for an option
  std::string description;
  std::string valueName;     // "FILE", "N", ...; empty for a flag
  std::string defaultValue;  // shown in the man page; empty when none
  bool repeatable = false;   // the option may be given, or the positional take, several values
  bool required = false;
  bool completesFiles = false;       // the value names a file or a directory
  std::vector<std::string> choices;  // the only values accepted (a member check), if any
  std::vector<std::string> words;    // the values to offer: choices, rule IDs, variant names

  bool isFlag() const { return valueName.empty() && positionalName.empty(); }
};

/// A command: the program itself, or one of its subcommands.
struct CommandSpec {
  std::string name;
  std::string description;
  std::vector<OptionSpec> options;
  std::vector<OptionSpec> positionals;
  std::vector<CommandSpec> subcommands;
};

}  // namespace vpcsynth::cli
