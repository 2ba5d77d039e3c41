#pragma once

#include <string>
#include <string_view>

// What `vpcsynth --version` reports. The values are written at build time by
// cmake/build_info.cmake, so a binary always names the commit it was built from.
namespace vpcsynth::cli {

extern const std::string_view kVersion;     // the project version, e.g. "0.1.0"
extern const std::string_view kGitCommit;   // 12 hex digits, "-dirty" added; "unknown" outside git
extern const std::string_view kCommitDate;  // YYYY-MM-DD; the build's day outside git
extern const std::string_view kLinkage;     // "dynamic" or "static" (cli/linkage.cc)
extern const std::string_view kBuildType;   // CMAKE_BUILD_TYPE, then the link mode and sanitizers

/// The text of `vpcsynth --version`: one "name: value" line each for the version, the commit, the
/// build and the resource data (the package, its version and the day it was published).
std::string versionText();

}  // namespace vpcsynth::cli
