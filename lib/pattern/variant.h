#pragma once

#include <optional>
#include <string_view>

namespace vpcsynth {

/// The three forms of the Lambda Connections pattern.
enum class Variant : unsigned char {
  /// Nothing leaves the VPC: private subnets, the cluster and the function only.
  PrivateOnly,
  /// Adds public subnets, an Internet Gateway and NAT gateways, so the function reaches AWS APIs.
  NatEgress,
  /// Private-only plus an interface VPC endpoint for each AWS service the function's credentials
  /// mode calls: nothing leaves the VPC, yet the function can authenticate.
  PrivateEndpoints,
};

/// Every variant's name, in the order the documentation lists them.
inline constexpr std::string_view kVariantNames[] = {"private-only", "private-endpoints",
                                                     "nat-egress"};

/// The variant of that name, if `name` is one of `kVariantNames`.
std::optional<Variant> parseVariant(std::string_view name);

/// The variant's name, one of `kVariantNames`.
std::string_view variantName(Variant variant);

}  // namespace vpcsynth
