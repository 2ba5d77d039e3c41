#include <fmt/format.h>

#include "build_info.h"
#include "spec/resource_spec.h"

namespace vpcsynth::cli {

std::string versionText() {
  return fmt::format("vpcsynth {}\ncommit: {}\nbuild: {} ({})\nresource data: {}", kVersion,
                     kGitCommit, kBuildType, kLinkage, resourceSpecDescription());
}

}  // namespace vpcsynth::cli
