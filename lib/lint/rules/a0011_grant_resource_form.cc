// A0011: a policy grants an action on a resource that can never match the action's requests: the
// reference gives a name instead of an ARN, the ARN is of another service or resource type, or
// an SSM parameter ARN joins a path that starts with '/' with a second slash.
#include <fmt/format.h>

#include "iam/policy_sources.h"
#include "lint/arn_forms.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

// Why `element` can never serve any of `actions`, or an empty string when it may.
std::string neverMatches(const ResourceArn& arn, const iam::ElementSet& actions) {
  if (arn.kind == ResourceArn::Kind::NotAnArn) {
    return fmt::format("this reference gives {}, not an ARN, so no request ever matches it",
                       arn.gives);
  }
  if (arn.kind != ResourceArn::Kind::Arn) return {};
  if (arn.service == "ssm" && arn.resource.starts_with("parameter//")) {
    return "the ARN joins 'parameter' and a name that starts with '/' with a second slash; a "
           "parameter '/a/b' has the ARN '...:parameter/a/b'";
  }
  for (const iam::Element& action : actions.elements) {
    if (actionTakesArn(action.text, arn) != false) return {};
  }
  const std::string_view first = actions.elements.front().text;
  const std::string_view service = first.substr(0, first.find(':'));
  if (service != arn.service) {
    return fmt::format("the ARN is of service '{}', not '{}'", arn.service, service);
  }
  return fmt::format("'{}' is not the resource form the action takes ({})", arn.resource,
                     resourceFormOf(first));
}

class GrantResourceFormRule final : public Rule {
 public:
  GrantResourceFormRule()
      : Rule({"A0011", Severity::Error,
              "A policy grants an action on a resource that can never match it", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const iam::Policy& policy : iam::templatePolicies(context.root())) {
      if (policy.kind != iam::PolicyKind::Identity) continue;
      for (const iam::Statement& statement : policy.statements) {
        if (statement.effect != iam::Effect::Allow || statement.actions.negated ||
            statement.resources.negated || statement.actions.elements.empty()) {
          continue;
        }
        for (const iam::Element& resource : statement.resources.elements) {
          if (!resource.value) continue;
          const std::string why =
              neverMatches(resourceArn(context, *resource.value), statement.actions);
          if (why.empty()) continue;
          findings.add(resource.value->position(),
                       fmt::format("{} of '{}' allows {} on {}: {}; the grant never takes "
                                   "effect and the call is denied",
                                   policy.name, policy.owner,
                                   statement.actions.elements.front().text, resource.text, why));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeGrantResourceFormRule() {
  return std::make_unique<GrantResourceFormRule>();
}

}  // namespace vpcsynth::lint
