// S0012: an IAM policy that allows write actions on every resource.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "iam/policy_sources.h"
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
  return std::find(kResourceLessActions.begin(), kResourceLessActions.end(), action) !=
         kResourceLessActions.end();
}

// An action that only reads (`Get*`, `List*`, `Describe*`, `cloudformation:ValidateTemplate`,
// ...); `service:*` and `*` do not.
bool isReadOnlyAction(std::string_view action) {
  static constexpr std::array<std::string_view, 9> kReadVerbs = {
      "Get", "List", "Describe", "BatchGet", "Head", "Lookup", "Search", "View", "Validate"};
  const std::size_t colon = action.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view verb = action.substr(colon + 1);
  for (std::string_view read : kReadVerbs) {
    if (verb.size() > read.size() && verb.starts_with(read)) return true;
    if (verb.size() == read.size() + 1 && verb.starts_with(read) && verb.back() == '*') return true;
  }
  return false;
}

bool onAnyResource(const iam::ElementSet& resources) {
  return !resources.negated &&
         std::any_of(resources.elements.begin(), resources.elements.end(),
                     [](const iam::Element& resource) { return resource.text == "*"; });
}

class WriteAnyResourceRule final : public Rule {
 public:
  WriteAnyResourceRule()
      : Rule({"S0012", Severity::Warning,
              "An IAM policy that allows write actions on Resource \"*\"", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const iam::Policy& policy : iam::templatePolicies(context.root())) {
      if (policy.kind != iam::PolicyKind::Identity) continue;
      for (const iam::Statement& statement : policy.statements) {
        if (statement.effect != iam::Effect::Allow || statement.actions.negated ||
            !onAnyResource(statement.resources)) {
          continue;
        }
        for (const iam::Element& action : statement.actions.elements) {
          const std::string_view name = action.text;
          if (!action.literal || name == "*" || name == "*:*" || isReadOnlyAction(name) ||
              acceptsOnlyAnyResource(name)) {
            continue;
          }
          findings.add(action.value->position(),
                       fmt::format("a policy of '{}' allows '{}' on every resource; name the "
                                   "resources (ARNs) it may change",
                                   policy.owner, name));
          break;
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeWriteAnyResourceRule() {
  return std::make_unique<WriteAnyResourceRule>();
}

}  // namespace vpcsynth::lint
