#pragma once

#include <optional>
#include <string>
#include <string_view>

// The identifiers of existing gateways a configuration names. Each check returns why `id` is
// not one, or nullopt when it is.
namespace vpcsynth {

/// A Direct Connect gateway ID: a UUID in lowercase hexadecimal
/// (`5f294f92-bafb-4011-916d-9b0bc6e2a1f3`), as the CloudFormation schema of
/// `AWS::DirectConnect::DirectConnectGateway` gives its pattern.
std::optional<std::string> checkDirectConnectGatewayId(std::string_view id);

/// A transit gateway ID: `tgw-` and 8 or 17 lowercase hexadecimal digits, the two lengths of
/// EC2 resource IDs.
std::optional<std::string> checkTransitGatewayId(std::string_view id);

}  // namespace vpcsynth
