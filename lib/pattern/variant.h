#pragma once

#include <optional>
#include <string_view>

namespace vpcsynth {

/// The two forms of the Lambda Connections pattern.
enum class Variant : unsigned char {
  /// Nothing leaves the VPC: private subnets, the cluster and the function only.
  PrivateOnly,
  /// Adds public subnets, an Internet Gateway and NAT gateways, so the function reaches AWS APIs.
  NatEgress,
};

/// The variant named "private-only" or "nat-egress", if `name` is one of them.
std::optional<Variant> parseVariant(std::string_view name);

/// "private-only" or "nat-egress".
std::string_view variantName(Variant variant);

}  // namespace vpcsynth
