#pragma once

#include <string>
#include <vector>

#include "model/value.h"

namespace vpcsynth {

/// Units of one hourly price that a template fixes: 2 NAT gateways, 3 interface-endpoint AZs.
struct FixedCharge {
  std::string priceKey;  // a key of facts::listPrices(): "nat-gateway-hour", ...
  double units = 0;
  /// The resources that make up the units, each with its own count when it is more than one
  /// (`SsmEndpoint (2 AZs)`), in template order.
  std::vector<std::string> resources;
};

/// A price paid by use (per GB, per GB-month, per RPU-hour while queries run), and what uses it.
struct UsageCharge {
  std::string priceKey;
  /// For Serverless, the workgroup's base capacity in RPUs (its hourly floor while queries run);
  /// 0 otherwise.
  int baseRpus = 0;
  std::vector<std::string> resources;
};

/// A cost the template does not fix: a count under a condition, a node type from a parameter.
struct UnknownCharge {
  std::string logicalId;
  std::string what;    // "NAT gateway", "Redshift nodes", ...
  std::string reason;  // "created only when condition 'UseNat' holds"
};

/// What a template's resources cost, read from the resources alone (no deployment).
struct StackCost {
  std::vector<FixedCharge> fixed;      // one per price key, in the order of facts::listPrices()
  std::vector<UsageCharge> usage;      // one per price key (and base capacity), in that order
  std::vector<UnknownCharge> unknown;  // in template order
};

/// Reads the priced resources of a template: NAT gateways, Elastic IPs (public IPv4 addresses),
/// interface VPC endpoints (per subnet = per AZ), Site-to-Site VPN connections, provisioned
/// Redshift clusters (node type x nodes) and Redshift Serverless workgroups. Quantities the
/// template does not fix become unknown charges, never guesses.
StackCost stackCost(const Value& templateValue);

}  // namespace vpcsynth
