// P0010: a Redshift Serverless workgroup port outside the ranges Redshift Serverless accepts.
#include <fmt/format.h>

#include "facts/redshift_serverless.h"
#include "lint/rule.h"
#include "lint/template_values.h"

namespace vpcsynth::lint {
namespace {

class WorkgroupPortRule final : public Rule {
 public:
  WorkgroupPortRule()
      : Rule({"P0010", Severity::Error,
              "A Redshift Serverless workgroup port outside 5431-5455 and 8191-8215", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource* workgroup :
         context.resourcesOfType("AWS::RedshiftServerless::Workgroup")) {
      const Value* portValue = workgroup->property("Port");
      std::optional<long> port = integerValue(portValue);
      if (!port || facts::serverlessPortAccepted(*port)) continue;
      findings.add(portValue->position(),
                   fmt::format("workgroup '{}' uses port {}; Redshift Serverless accepts only "
                               "5431-5455 and 8191-8215 (5439 by default)",
                               workgroup->name, *port));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeWorkgroupPortRule() { return std::make_unique<WorkgroupPortRule>(); }

}  // namespace vpcsynth::lint
