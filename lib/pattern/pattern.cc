#include "pattern/pattern.h"

namespace vpcsynth {

std::string_view natModeName(NatMode mode) { return mode == NatMode::PerAz ? "per-az" : "single"; }

std::string_view credentialSourceName(CredentialSource source) {
  return source == CredentialSource::Password ? "password" : "iam";
}

}  // namespace vpcsynth
