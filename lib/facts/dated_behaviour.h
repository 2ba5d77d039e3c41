#pragma once

#include <string_view>

namespace vpcsynth::facts {

/// A change of AWS's behaviour that changes what a rule should say, with the day it took effect.
struct DatedBehaviour {
  std::string_view since;  // YYYY-MM-DD
  std::string_view summary;
  std::string_view source;

  /// True when the behaviour applies on `asOf` (YYYY-MM-DD), the date a lint run judges by.
  bool appliesOn(std::string_view asOf) const { return asOf >= since; }
};

/// New provisioned Redshift clusters are encrypted at rest (with an AWS-owned key unless
/// `KmsKeyId` names one), and `Encrypted: false` is refused.
const DatedBehaviour& redshiftEncryptedByDefault();

/// New provisioned Redshift clusters are not publicly accessible unless asked.
const DatedBehaviour& redshiftPrivateByDefault();

}  // namespace vpcsynth::facts
