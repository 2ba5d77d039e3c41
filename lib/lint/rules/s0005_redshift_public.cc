// S0005: a Redshift cluster that is publicly accessible.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

class RedshiftPublicRule final : public Rule {
 public:
  RedshiftPublicRule()
      : Rule({"S0005", Severity::Error, "A Redshift cluster that is publicly accessible", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    // A Redshift Serverless workgroup takes the same flag, with the same meaning.
    for (std::string_view type : {"AWS::Redshift::Cluster", "AWS::RedshiftServerless::Workgroup"}) {
      for (const Resource* cluster : context.resourcesOfType(type)) {
        const Value* flag = cluster->property("PubliclyAccessible");
        if (!isLiteralTrue(flag)) continue;
        findings.add(
            flag->position(),
            fmt::format("Redshift {} '{}' is publicly accessible; set PubliclyAccessible "
                        "to false and reach it from inside the VPC",
                        type == "AWS::Redshift::Cluster" ? "cluster" : "Serverless workgroup",
                        cluster->name));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRedshiftPublicRule() { return std::make_unique<RedshiftPublicRule>(); }

}  // namespace vpcsynth::lint
