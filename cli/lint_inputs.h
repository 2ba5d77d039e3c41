#pragma once

#include <optional>
#include <string>
#include <vector>

namespace vpcsynth::cli {

/// One file to lint, or why an argument named none.
struct LintInput {
  std::string path;  // "-" for standard input
  std::optional<std::string> error;
};

/// Expands the command-line arguments: a file stays as given; a directory becomes the
/// `.yaml`, `.yml`, `.json` and `.template` files below it; a pattern with `*`, `?` or `[`
/// becomes the files it matches (`**` matches across directories). Directory contents are
/// sorted and a file named twice is linted once, so the list is the same on every run.
std::vector<LintInput> expandLintInputs(const std::vector<std::string>& arguments);

}  // namespace vpcsynth::cli
