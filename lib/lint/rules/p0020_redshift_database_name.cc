// P0020: a Redshift cluster database name with upper-case letters.
#include <fmt/format.h>

#include <algorithm>

#include "lint/deploy_support.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

class RedshiftDatabaseNameRule final : public Rule {
 public:
  RedshiftDatabaseNameRule()
      : Rule({"P0020", Severity::Error, "A Redshift cluster database name with upper-case letters",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* cluster : context.resourcesOfType("AWS::Redshift::Cluster")) {
      const Value* value = cluster->property("DBName");
      auto name = literalText(value);
      if (!name ||
          std::none_of(name->begin(), name->end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        continue;
      }
      findings.add(value->position(),
                   fmt::format("DBName '{}' has upper-case letters; Redshift refuses it: \"Only "
                               "lowercase Database names are supported\"",
                               *name));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRedshiftDatabaseNameRule() {
  return std::make_unique<RedshiftDatabaseNameRule>();
}

}  // namespace vpcsynth::lint
