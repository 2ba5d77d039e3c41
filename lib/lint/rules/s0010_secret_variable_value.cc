// S0010: a Lambda environment variable whose value is, or resolves to, a secret.
#include <fmt/format.h>

#include <array>
#include <cctype>
#include <string>

#include "lint/lambda_functions.h"
#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

bool isUpperAlnum(std::string_view text) {
  for (char c : text) {
    if (!std::isupper(static_cast<unsigned char>(c)) &&
        !std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return true;
}

// What kind of secret `text` holds, or empty.
std::string_view secretIn(std::string_view text) {
  if (text.find("{{resolve:secretsmanager:") != std::string_view::npos) {
    return "a Secrets Manager secret resolved at deploy time";
  }
  if (text.find("{{resolve:ssm-secure:") != std::string_view::npos) {
    return "a SecureString parameter resolved at deploy time";
  }
  if (text.find("PRIVATE KEY-----") != std::string_view::npos) return "a private key";
  for (std::string_view prefix : {"AKIA", "ASIA"}) {
    for (std::size_t at = text.find(prefix); at != std::string_view::npos;
         at = text.find(prefix, at + 1)) {
      if (text.size() - at >= 20 && isUpperAlnum(text.substr(at, 20))) return "an AWS access key";
    }
  }
  static constexpr std::array<std::string_view, 5> kTokenPrefixes = {"ghp_", "github_pat_", "xoxb-",
                                                                     "xoxp-", "sk_live_"};
  for (std::string_view prefix : kTokenPrefixes) {
    if (text.starts_with(prefix)) return "an API token";
  }
  return {};
}

// Looks through the value and the functions around it for a secret; returns its description.
std::string findSecret(const LintContext& context, const Value& value) {
  if (value.isScalar()) return std::string(secretIn(value.text()));
  if (value.isFunction(Function::Ref)) {
    const Value* parameter = referencedParameter(context, value);
    if (parameter && isLiteralTrue(parameter->find("NoEcho"))) {
      return fmt::format("the NoEcho parameter '{}'", value.functionCall().argument->text());
    }
    return {};
  }
  if (value.isFunction()) return findSecret(context, *value.functionCall().argument);
  if (value.isSequence()) {
    for (const Value& item : value.sequence()) {
      if (std::string found = findSecret(context, item); !found.empty()) return found;
    }
  }
  if (value.isMapping()) {
    for (const MappingEntry& entry : value.mapping()) {
      if (std::string found = findSecret(context, entry.value); !found.empty()) return found;
    }
  }
  return {};
}

class SecretVariableValueRule final : public Rule {
 public:
  SecretVariableValueRule()
      : Rule({"S0010", Severity::Error, "A Lambda environment variable that holds a secret", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* function : lambdaFunctions(context)) {
      const Mapping* variables = environmentVariables(*function);
      if (!variables) continue;
      for (const MappingEntry& variable : *variables) {
        std::string secret = findSecret(context, variable.value);
        if (secret.empty()) continue;
        findings.add(variable.value.position(),
                     fmt::format("environment variable '{}' of function '{}' holds {}; anyone who "
                                 "can read the function's configuration sees it; read the secret "
                                 "at run time instead",
                                 variable.key, function->name, secret));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSecretVariableValueRule() {
  return std::make_unique<SecretVariableValueRule>();
}

}  // namespace vpcsynth::lint
