#include "facts/dated_behaviour.h"

namespace vpcsynth::facts {
namespace {

constexpr std::string_view kRedshiftSecureDefaults =
    "https://aws.amazon.com/about-aws/whats-new/2024/10/"
    "amazon-redshift-enhanced-security-defaults-provisioned-clusters/ (in force from 2025-01-10)";

}  // namespace

const DatedBehaviour& redshiftEncryptedByDefault() {
  static constexpr DatedBehaviour kBehaviour{
      "2025-01-10", "new provisioned Redshift clusters are encrypted by default",
      kRedshiftSecureDefaults};
  return kBehaviour;
}

const DatedBehaviour& redshiftPrivateByDefault() {
  static constexpr DatedBehaviour kBehaviour{
      "2025-01-10", "new provisioned Redshift clusters are not publicly accessible by default",
      kRedshiftSecureDefaults};
  return kBehaviour;
}

}  // namespace vpcsynth::facts
