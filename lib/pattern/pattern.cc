#include "pattern/pattern.h"

namespace vpcsynth {

std::string_view natModeName(NatMode mode) { return mode == NatMode::PerAz ? "per-az" : "single"; }

std::string_view redshiftKindName(RedshiftKind kind) {
  return kind == RedshiftKind::Serverless ? "serverless" : "provisioned";
}

std::optional<CredentialSource> parseCredentialSource(std::string_view name) {
  if (name == "password") return CredentialSource::Password;
  if (name == "iam") return CredentialSource::IamCredentials;
  if (name == "managed-secret") return CredentialSource::ManagedSecret;
  return std::nullopt;
}

std::string_view credentialSourceName(CredentialSource source) {
  switch (source) {
    case CredentialSource::Password: return "password";
    case CredentialSource::IamCredentials: return "iam";
    case CredentialSource::ManagedSecret: return "managed-secret";
  }
  return "password";
}

}  // namespace vpcsynth
