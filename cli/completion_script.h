#pragma once

#include <string>
#include <string_view>

#include "command_tree.h"

namespace vpcsynth::cli {

/// The shells `vpcsynth completion` writes a script for.
inline constexpr std::string_view kCompletionShells[] = {"bash", "zsh", "fish"};

/// A completion script for `shell` (one of kCompletionShells) that offers `program`'s
/// subcommands, options, option values and file names.
std::string completionScript(std::string_view shell, const CommandSpec& program);

std::string bashCompletion(const CommandSpec& program);
std::string zshCompletion(const CommandSpec& program);
std::string fishCompletion(const CommandSpec& program);

}  // namespace vpcsynth::cli
