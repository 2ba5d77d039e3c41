#include "facts/dated_behaviour.h"

namespace vpcsynth::facts {
namespace {

// The CloudFormation reference states the behaviour ("If you set the value on this parameter to
// false, the request will fail. Default: true" for Encrypted; the text is also in
// @aws-cdk/aws-service-spec 0.1.216). The day it took effect is from Amazon Redshift's
// announcement of its security defaults for new provisioned clusters; reviewed 2026-11-29.
constexpr std::string_view kRedshiftSecureDefaults =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
    "aws-resource-redshift-cluster.html";

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
