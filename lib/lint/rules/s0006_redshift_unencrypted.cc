// S0006: a Redshift cluster that is not encrypted at rest, or not with the key asked for.
#include <fmt/format.h>

#include "facts/dated_behaviour.h"
#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

class RedshiftUnencryptedRule final : public Rule {
 public:
  RedshiftUnencryptedRule()
      : Rule({"S0006", Severity::Warning,
              "A Redshift cluster that is not encrypted at rest, or not with the key asked for",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const facts::DatedBehaviour& encryptedByDefault = facts::redshiftEncryptedByDefault();
    const std::string_view asOf = context.settings().judgedOn();
    for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
      const Value* encrypted = cluster->property("Encrypted");
      // A function or parameter may well resolve to true; only a literal is judged.
      const bool literalFalse = encrypted && encrypted->isScalar() && !isLiteralTrue(encrypted);
      if (encryptedByDefault.appliesOn(asOf)) {
        if (literalFalse) {
          findings.add(
              encrypted->position(),
              fmt::format("Redshift cluster '{}' sets Encrypted: false, which AWS "
                          "refuses since {} ({}); remove it",
                          cluster->name, encryptedByDefault.since, encryptedByDefault.summary));
        } else if (context.settings().customerManagedKeys && !cluster->property("KmsKeyId")) {
          findings.add(cluster->keyPosition,
                       fmt::format("Redshift cluster '{}' is encrypted with an AWS-owned key; "
                                   "the lint configuration asks for customer managed keys: set "
                                   "KmsKeyId",
                                   cluster->name));
        }
        continue;
      }
      if (encrypted && !literalFalse) continue;
      findings.add(encrypted ? encrypted->position() : cluster->keyPosition,
                   fmt::format("Redshift cluster '{}' is not encrypted at rest (judged as of {}, "
                               "before {}); set Encrypted: true",
                               cluster->name, asOf, encryptedByDefault.since));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRedshiftUnencryptedRule() {
  return std::make_unique<RedshiftUnencryptedRule>();
}

}  // namespace vpcsynth::lint
