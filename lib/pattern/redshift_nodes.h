#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace vpcsynth {

/// How many nodes a Redshift node type allows when the cluster is created.
struct NodeTypeLimits {
  std::string_view nodeType;
  /// 1 when the type can run as a single-node cluster.
  int minNodes;
  int maxNodes;
};

/// The current (RA3 and DC2) node types, in a stable order.
const std::vector<NodeTypeLimits>& redshiftNodeTypes();

/// The limits of `nodeType`, if it is a known node type.
std::optional<NodeTypeLimits> findNodeType(std::string_view nodeType);

}  // namespace vpcsynth
