// S0012: an IAM policy that allows write actions on every resource.
#include <fmt/format.h>

#include <array>

#include "lint/iam_policies.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// Actions whose service accepts no resource narrower than "*"; a Lambda function in a VPC needs
// the network-interface ones.
constexpr std::array<std::string_view, 7> kResourceLessActions = {
    "ec2:CreateNetworkInterface",     "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses",
    "ec2:UnassignPrivateIpAddresses", "xray:PutTraceSegments",      "xray:PutTelemetryRecords",
    "cloudwatch:PutMetricData"};

bool acceptsOnlyAnyResource(std::string_view action) {
  for (std::string_view known : kResourceLessActions) {
    if (known == action) return true;
  }
  return false;
}

class WriteAnyResourceRule final : public Rule {
 public:
  WriteAnyResourceRule()
      : Rule({"S0012", Severity::Warning,
              "An IAM policy that allows write actions on Resource \"*\"", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const PolicyStatement& statement : allowStatements(context)) {
      bool anyResource = false;
      for (const Value* resource : statement.resources) anyResource |= resource->text() == "*";
      if (!anyResource) continue;
      for (const Value* action : statement.actions) {
        std::string_view name = action->text();
        if (name == "*" || name == "*:*" || isReadOnlyAction(name) ||
            acceptsOnlyAnyResource(name)) {
          continue;
        }
        findings.add(action->position(),
                     fmt::format("a policy of '{}' allows '{}' on every resource; name the "
                                 "resources (ARNs) it may change",
                                 statement.owner->name, name));
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeWriteAnyResourceRule() {
  return std::make_unique<WriteAnyResourceRule>();
}

}  // namespace vpcsynth::lint
