// Compiled once per executable (cli/CMakeLists.txt), so each says how it is linked.
#include "build_info.h"

namespace vpcsynth::cli {

const std::string_view kLinkage = VPCSYNTH_LINKAGE;

}  // namespace vpcsynth::cli
