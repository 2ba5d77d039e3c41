#pragma once

#include <string_view>

namespace vpcsynth::lint {

/// An AWS service API that a function may call from inside its VPC.
struct AwsService {
  /// The prefix of its IAM actions: `ssm`.
  std::string_view actionPrefix;
  /// The last part of its VPC endpoint service name: `com.amazonaws.<region>.ssm`.
  std::string_view endpoint;
  /// As people name it in a finding.
  std::string_view name;
  /// S3 and DynamoDB can also be reached through a gateway endpoint on the route table.
  bool hasGatewayEndpoint = false;
};

/// The service whose API a function calls from its own network interfaces when its role is
/// allowed `action` (`ssm:GetParameter`, `s3:Get*`); null for `*`, for services this table does
/// not know, and for actions that AWS performs on the function's behalf outside its VPC (writing
/// its logs, managing its network interfaces, polling its event sources, decrypting its
/// environment), whose grants say nothing about what the code calls.
const AwsService* serviceCalledFor(std::string_view action);

/// The service a function calls when it reads a resource of `type` (an `AWS::SSM::Parameter` whose
/// name is in its environment, say); null for other types.
const AwsService* serviceReading(std::string_view type);

}  // namespace vpcsynth::lint
