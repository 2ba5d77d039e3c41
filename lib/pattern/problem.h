#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace vpcsynth {

/// Rule IDs of configuration problems; `docs/synth.md` describes each.
namespace config_rule {
inline constexpr std::string_view kUnknownKey = "C0001";
inline constexpr std::string_view kWrongType = "C0002";
inline constexpr std::string_view kInvalidCidr = "C0003";
inline constexpr std::string_view kSubnetOutsideVpc = "C0004";
inline constexpr std::string_view kOverlappingCidrs = "C0005";
inline constexpr std::string_view kBlockSize = "C0006";
inline constexpr std::string_view kAzCount = "C0007";
inline constexpr std::string_view kRedshiftPort = "C0008";
inline constexpr std::string_view kNodeTypeAndCount = "C0009";
inline constexpr std::string_view kInvalidName = "C0010";
inline constexpr std::string_view kOnPremisesOverlap = "C0011";
inline constexpr std::string_view kInvalidValue = "C0012";
inline constexpr std::string_view kMissingValue = "C0013";
inline constexpr std::string_view kSingleNat = "C0014";
inline constexpr std::string_view kNoS3Path = "C0015";
inline constexpr std::string_view kNoCredentialsPath = "C0016";
inline constexpr std::string_view kGeneratedPathBlocked = "C0017";
inline constexpr std::string_view kAllowedPrefixOutsideVpc = "C0018";
inline constexpr std::string_view kClientNotOnPremises = "C0019";
}  // namespace config_rule

/// One problem with a pattern specification, located by its configuration key
/// ("network.private-subnets[1]"), since the pattern model knows nothing of files.
struct Problem {
  Severity severity = Severity::Error;
  std::string_view ruleId;
  std::string key;
  std::string message;
};

using Problems = std::vector<Problem>;

}  // namespace vpcsynth
