#pragma once

#include <string>
#include <string_view>

#include "command_tree.h"

namespace vpcsynth::cli {

/// What the man page is made of besides the command line.
struct ManPageSources {
  std::string_view pageTemplate;  // docs/man/vpcsynth.1.in: hand-written roff with @PLACEHOLDERS@
  std::string_view exitCodes;     // docs/exit-codes.md: its tables become EXIT STATUS
  std::string_view version;
  std::string_view date;  // YYYY-MM-DD, the commit's
};

/// vpcsynth(1) in roff (man macros): `sources.pageTemplate` with @VERSION@, @DATE@, @SYNOPSIS@,
/// @COMMANDS@ (each subcommand with its arguments and options, in --help's words) and
/// @EXIT_STATUS@ (the rows of the exit-code tables) replaced.
std::string manPage(const CommandSpec& program, const ManPageSources& sources);

/// `text` escaped for roff: backslashes, hyphens that are not to break, and a leading '.' or '\''.
std::string roffEscape(std::string_view text);

}  // namespace vpcsynth::cli
