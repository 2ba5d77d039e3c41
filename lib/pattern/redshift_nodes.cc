#include "pattern/redshift_nodes.h"

#include <algorithm>

namespace vpcsynth {

const std::vector<NodeTypeLimits>& redshiftNodeTypes() {
  // From the Redshift management guide ("Node type details"): the node counts accepted when a
  // cluster is created (elastic resize can go further).
  static const std::vector<NodeTypeLimits> types = {
      {"ra3.large", 1, 16},     {"ra3.xlplus", 1, 16}, {"ra3.4xlarge", 2, 32},
      {"ra3.16xlarge", 2, 128}, {"dc2.large", 1, 32},  {"dc2.8xlarge", 2, 128},
  };
  return types;
}

std::optional<NodeTypeLimits> findNodeType(std::string_view nodeType) {
  const auto& types = redshiftNodeTypes();
  auto found = std::find_if(types.begin(), types.end(), [&](const NodeTypeLimits& limits) {
    return limits.nodeType == nodeType;
  });
  if (found == types.end()) return std::nullopt;
  return *found;
}

}  // namespace vpcsynth
