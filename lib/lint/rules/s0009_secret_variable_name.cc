// S0009: a Lambda environment variable whose name says it holds a secret.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>

#include "lint/lambda_functions.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

constexpr std::array<std::string_view, 10> kSecretWords = {
    "PASSWORD", "PASSWD",      "SECRET",     "TOKEN",      "API_KEY",
    "APIKEY",   "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "PASSPHRASE"};

// Suffixes of names that hold where a secret is kept, not the secret itself.
constexpr std::array<std::string_view, 8> kLocatorSuffixes = {
    "_ARN", "_NAME", "_PARAM", "_PARAMETER", "_PATH", "_ID", "_KEY_ID", "_URL"};

// Suffixes of names that hold a setting (a switch, a size, a duration, a port, a level), such as
// SECRETS_MANAGER_TIMEOUT_MILLIS or PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED of the AWS
// Parameters and Secrets Lambda Extension: they say how secrets are fetched, and hold none.
constexpr std::array<std::string_view, 12> kSettingSuffixes = {
    "_ENABLED", "_DISABLED", "_TIMEOUT", "_MILLIS",          "_MS",      "_SECONDS",
    "_TTL",     "_SIZE",     "_PORT",    "_MAX_CONNECTIONS", "_RETRIES", "_LOG_LEVEL"};

// Every variable of the extension is a setting: its secrets come from its HTTP endpoint.
constexpr std::string_view kExtensionPrefix = "PARAMETERS_SECRETS_EXTENSION_";

std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

bool namesSecret(std::string_view name) {
  const std::string key = upper(name);
  if (key.starts_with(kExtensionPrefix)) return false;
  for (std::span<const std::string_view> suffixes :
       {std::span<const std::string_view>(kLocatorSuffixes),
        std::span<const std::string_view>(kSettingSuffixes)}) {
    for (std::string_view suffix : suffixes) {
      if (key.ends_with(suffix)) return false;
    }
  }
  return std::any_of(kSecretWords.begin(), kSecretWords.end(),
                     [&](std::string_view word) { return key.find(word) != std::string::npos; });
}

bool pointsAtSecretStore(const LintContext& context, const Value& value) {
  const Resource* target = context.referencedResource(value);
  return target &&
         (target->type == "AWS::SecretsManager::Secret" || target->type == "AWS::SSM::Parameter");
}

class SecretVariableNameRule final : public Rule {
 public:
  SecretVariableNameRule()
      : Rule({"S0009", Severity::Warning, "A Lambda environment variable named like a secret",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* function : lambdaFunctions(context)) {
      const Mapping* variables = environmentVariables(*function);
      if (!variables) continue;
      for (const MappingEntry& variable : *variables) {
        if (!namesSecret(variable.key)) continue;
        if (variable.value.isScalar() && variable.value.text().empty()) continue;
        if (pointsAtSecretStore(context, variable.value)) continue;
        findings.add(variable.keyPosition,
                     fmt::format("environment variable '{}' of function '{}' looks like it holds a "
                                 "secret, which anyone who can read the function's configuration "
                                 "sees; pass the name of a Secrets Manager secret or SecureString "
                                 "parameter and read it at run time",
                                 variable.key, function->name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSecretVariableNameRule() {
  return std::make_unique<SecretVariableNameRule>();
}

}  // namespace vpcsynth::lint
