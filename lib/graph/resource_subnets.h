#pragma once

#include <utility>
#include <vector>

#include "lint/lint_context.h"
#include "lint/template_values.h"

namespace vpcsynth::graph {

/// The resources that put network interfaces in subnets, found without a table of types: any
/// resource whose properties name a subnet of the template (`SubnetId`, `Subnets`,
/// `VPCZoneIdentifier`, `NetworkInterfaces[].SubnetId`, ...), or name a subnet group (a type
/// ending in `SubnetGroup`) that does. Subnet groups, associations and the resources the graph
/// draws by their own rules (subnets, NAT gateways, endpoints, Redshift, Lambda, nested stacks)
/// are left out.
struct ResourceSubnets {
  /// In template order; a list is incomplete when a subnet property names subnets the template
  /// does not declare (an import, a parameter).
  std::vector<std::pair<const lint::Resource*, lint::ResourceList>> subnets;
};

ResourceSubnets resourceSubnets(const lint::LintContext& context);

}  // namespace vpcsynth::graph
