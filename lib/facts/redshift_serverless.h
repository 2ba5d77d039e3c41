#pragma once

#include <string_view>

namespace vpcsynth::facts {

/// What Amazon Redshift Serverless accepts for a workgroup, in one dated place
/// (redshift_serverless.cc), each fact with its source and the day it was read.
struct ServerlessLimits {
  /// The fewest availability zones the workgroup's subnets must span.
  int minZones;
  /// The base capacities accepted besides the stepped range, in RPUs.
  int smallestBaseCapacity;
  /// The stepped range of base capacities: minBaseCapacity, +step, ..., maxBaseCapacity.
  int minBaseCapacity;
  int maxBaseCapacity;
  int baseCapacityStep;
  std::string_view reviewed;  // YYYY-MM-DD
  std::string_view zonesSource;
  std::string_view capacitySource;
  std::string_view portSource;
};

/// The limits above.
const ServerlessLimits& serverlessLimits();

/// True for a port a workgroup listens on: 5431-5455 or 8191-8215.
bool serverlessPortAccepted(long port);

/// True for a base capacity AWS accepts (in RPUs).
bool serverlessBaseCapacityAccepted(long rpus);

}  // namespace vpcsynth::facts
