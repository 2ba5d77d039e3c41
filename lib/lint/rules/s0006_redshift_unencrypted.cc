// S0006: a Redshift cluster whose storage is not encrypted.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

class RedshiftUnencryptedRule final : public Rule {
 public:
  RedshiftUnencryptedRule()
      : Rule({"S0006", Severity::Warning, "A Redshift cluster that is not encrypted at rest", ""}) {
  }

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
      const Value* encrypted = cluster->property("Encrypted");
      // A function or parameter may well resolve to true; only a literal is judged.
      if (encrypted && (!encrypted->isScalar() || isLiteralTrue(encrypted))) continue;
      findings.add(encrypted ? encrypted->position() : cluster->keyPosition,
                   fmt::format("Redshift cluster '{}' is not encrypted at rest; set Encrypted: "
                               "true (and KmsKeyId for a customer managed key)",
                               cluster->name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRedshiftUnencryptedRule() {
  return std::make_unique<RedshiftUnencryptedRule>();
}

}  // namespace vpcsynth::lint
