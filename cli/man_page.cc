#include "man_page.h"

#include <fmt/format.h>

#include <sstream>
#include <vector>

namespace vpcsynth::cli {
namespace {

// Text in the man page's own voice, where Markdown `code` becomes bold.
std::string roffFromMarkdown(std::string_view text) {
  std::string out;
  bool bold = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '`') {
      out += bold ? "\\fR" : "\\fB";
      bold = !bold;
    } else if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '|') {
      out += '|';  // a Markdown table's escaped bar
      ++i;
    } else {
      out += roffEscape(text.substr(i, 1));
    }
  }
  if (bold) out += "\\fR";
  return out;
}

std::string bold(std::string_view text) { return "\\fB" + roffEscape(text) + "\\fR"; }
std::string italic(std::string_view text) { return "\\fI" + roffEscape(text) + "\\fR"; }

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
  return text;
}

// "-o, --output FILE", "--format {text|json}", "[config]".
std::string usageOf(const OptionSpec& option) {
  std::vector<std::string> names;
  for (const auto& name : option.names) names.push_back(bold(name));
  std::string usage = option.names.empty() ? italic(option.positionalName) : joined(names, ", ");
  if (option.isFlag() || !option.positionalName.empty()) return usage;
  if (!option.choices.empty()) {
    std::vector<std::string> choices;
    for (const auto& choice : option.choices) choices.push_back(bold(choice));
    return usage + " {" + joined(choices, "|") + "}";
  }
  return usage + " " + italic(option.valueName);
}

std::string describe(const OptionSpec& option) {
  std::string text = roffEscape(option.description);
  if (!option.defaultValue.empty()) text += " (default: " + bold(option.defaultValue) + ")";
  return text;
}

std::string synopsis(const CommandSpec& program) {
  std::string text = fmt::format(".SY {}\n.RB [ \\-\\-help | \\-\\-version ]\n.YS\n", program.name);
  for (const auto& command : program.subcommands) {
    text += fmt::format(".SY \"{} {}\"\n", program.name, command.name);
    if (!command.options.empty()) text += ".RI [ options ]\n";
    for (const auto& positional : command.positionals) {
      const std::string dots = positional.repeatable ? " ..." : "";
      text += positional.required ? fmt::format(".I {}{}\n", positional.positionalName, dots)
                                  : fmt::format(".RI [ {}{} ]\n", positional.positionalName, dots);
    }
    text += ".YS\n";
  }
  return text;
}

std::string commands(const CommandSpec& program) {
  std::string text;
  for (const auto& command : program.subcommands) {
    text += fmt::format(".SS {}\n{}.\n", bold(program.name + " " + command.name),
                        roffEscape(command.description));
    for (const auto& positional : command.positionals) {
      text += fmt::format(".TP\n{}\n{}\n", usageOf(positional), describe(positional));
    }
    for (const auto& option : command.options) {
      if (option.names.size() == 2 && option.names[1] == "--help") continue;  // said once, above
      text += fmt::format(".TP\n{}\n{}\n", usageOf(option), describe(option));
    }
  }
  return text;
}

// The rows `| command | code | meaning |` of docs/exit-codes.md, grouped by command.
std::string exitStatus(std::string_view markdown) {
  std::istringstream lines{std::string(markdown)};
  std::string line;
  std::string currentCommand;
  std::string text;
  while (std::getline(lines, line)) {
    if (line.size() < 2 || line.front() != '|' || line.find("---") != std::string::npos) continue;
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t i = 1; i < line.size(); ++i) {
      if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
        cell += "\\|";
        ++i;
      } else if (line[i] == '|') {
        const auto first = cell.find_first_not_of(' ');
        cells.push_back(first == std::string::npos
                            ? ""
                            : cell.substr(first, cell.find_last_not_of(' ') - first + 1));
        cell.clear();
      } else {
        cell += line[i];
      }
    }
    if (cells.size() != 3 || cells[0] == "command") continue;
    if (cells[0] != currentCommand) {
      currentCommand = cells[0];
      text += fmt::format(".SS {}\n", roffFromMarkdown(currentCommand));
    }
    text += fmt::format(".TP\n.B {}\n{}\n", roffEscape(cells[1]), roffFromMarkdown(cells[2]));
  }
  return text;
}

void replace(std::string& text, std::string_view placeholder, const std::string& value) {
  for (auto at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size())) {
    text.replace(at, placeholder.size(), value);
  }
}

}  // namespace

std::string roffEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      if ((c == '.' || c == '\'') && (out.empty() || out.back() == '\n')) out += "\\&";
      out += c;
    }
  }
  return out;
}

std::string manPage(const CommandSpec& program, const ManPageSources& sources) {
  std::string page(sources.pageTemplate);
  // Block placeholders stand on lines of their own; their text ends with a newline already.
  replace(page, "@SYNOPSIS@\n", synopsis(program));
  replace(page, "@COMMANDS@\n", commands(program));
  replace(page, "@EXIT_STATUS@\n", exitStatus(sources.exitCodes));
  replace(page, "@VERSION@", std::string(sources.version));
  replace(page, "@DATE@", std::string(sources.date));
  return page;
}

}  // namespace vpcsynth::cli
