// P0007: a Lambda function in a VPC whose execution role cannot create network interfaces.
#include <fmt/format.h>

#include <unordered_map>
#include <vector>

#include "iam/containment.h"
#include "iam/policy_sources.h"
#include "lint/deploy_support.h"
#include "lint/lambda_functions.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

constexpr std::string_view kNeededAction = "ec2:CreateNetworkInterface";

// AWS managed policies that Lambda roles often carry and that grant no EC2 action (read in the
// Lambda Developer Guide, "AWS managed policies for AWS Lambda", and the X-Ray guide). Any other
// managed policy may grant it.
constexpr std::string_view kPoliciesWithoutEc2[] = {
    "service-role/AWSLambdaBasicExecutionRole",
    "AWSXRayDaemonWriteAccess",
};

enum class Grant : unsigned char { No, Yes, Unknown };

Grant attachedPolicyGrant(const iam::Statement& statement) {
  if (statement.resources.elements.size() != 1) return Grant::Unknown;
  const iam::Element& arn = statement.resources.elements.front();
  if (!arn.literal) return Grant::Unknown;
  for (std::string_view name : kPoliciesWithoutEc2) {
    if (arn.text.ends_with(fmt::format(":iam::aws:policy/{}", name))) return Grant::No;
  }
  return Grant::Unknown;
}

Grant statementGrant(const iam::Statement& statement) {
  // A statement computed by a function (`Fn::If`) is read as its text: its meaning is unknown.
  if (!statement.source || !statement.source->isMapping()) return Grant::Unknown;
  if (statement.effect != iam::Effect::Allow) return Grant::No;
  bool matched = false;
  for (const iam::Element& action : statement.actions.elements) {
    if (!action.literal) return Grant::Unknown;
    matched |= iam::patternMatches(action.text, kNeededAction);
  }
  // NotAction grants everything it does not name.
  return matched != statement.actions.negated ? Grant::Yes : Grant::No;
}

// The identity policies (inline, managed, attached by ARN) of each role, user or group, by
// logical ID, indexed once so that each function looks only at its own role's.
struct PoliciesBySubject {
  std::unordered_map<std::string_view, std::vector<const iam::Policy*>> of;
  /// Some policy names a subject the template does not declare (a role name as text, a
  /// parameter): it may be any role's, by its physical name.
  bool someSubjectUnknown = false;
};

PoliciesBySubject policiesBySubject(const LintContext& context,
                                    const std::vector<iam::Policy>& policies) {
  PoliciesBySubject index;
  for (const iam::Policy& policy : policies) {
    if (policy.kind != iam::PolicyKind::Identity && policy.kind != iam::PolicyKind::AttachedArn) {
      continue;
    }
    for (const std::string& subject : policy.subjects) {
      index.of[subject].push_back(&policy);
      index.someSubjectUnknown |= context.resource(subject) == nullptr;
    }
  }
  return index;
}

// Whether the identity policies attached to `role` allow the action.
Grant roleGrant(const PoliciesBySubject& index, const Resource& role) {
  for (std::string_view property : {"Policies", "ManagedPolicyArns"}) {
    const Value* value = role.property(property);
    if (value && !value->isSequence()) return Grant::Unknown;
  }
  if (index.someSubjectUnknown) return Grant::Unknown;
  auto found = index.of.find(role.name);
  if (found == index.of.end()) return Grant::No;
  Grant result = Grant::No;
  for (const iam::Policy* policy : found->second) {
    // A document the model cannot read (a function, a JSON string) shows no statement.
    if (policy->statements.empty()) return Grant::Unknown;
    for (const iam::Statement& statement : policy->statements) {
      Grant grant = policy->kind == iam::PolicyKind::AttachedArn ? attachedPolicyGrant(statement)
                                                                 : statementGrant(statement);
      if (grant == Grant::Yes) return Grant::Yes;
      if (grant == Grant::Unknown) result = Grant::Unknown;
    }
  }
  return result;
}

class FunctionVpcRoleRule final : public Rule {
 public:
  FunctionVpcRoleRule()
      : Rule({"P0007", Severity::Error,
              "A Lambda function in a VPC whose role cannot create network interfaces", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    std::vector<iam::Policy> policies;
    PoliciesBySubject index;
    bool policiesRead = false;
    for (const Resource* function : context.resourcesOfType("AWS::Lambda::Function")) {
      const Value* config = function->property("VpcConfig");
      const Value* subnets = config ? config->find("SubnetIds") : nullptr;
      if (!subnets || !subnets->isSequence() || subnets->sequence().empty()) continue;
      const Value* roleValue = function->property("Role");
      const Resource* role = referencedOfType(context, roleValue, "AWS::IAM::Role");
      if (!role || isConditional(*role)) continue;
      if (!policiesRead) {
        policies = iam::templatePolicies(context.root());
        index = policiesBySubject(context, policies);
        policiesRead = true;
      }
      if (roleGrant(index, *role) != Grant::No) continue;
      findings.add(roleValue->position(),
                   fmt::format("function '{}' is in a VPC but its role '{}' is not allowed {}; "
                               "Lambda refuses to create it: \"The provided execution role does "
                               "not have permissions to call CreateNetworkInterface on EC2\"; "
                               "attach service-role/AWSLambdaVPCAccessExecutionRole",
                               function->name, role->name, kNeededAction));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeFunctionVpcRoleRule() { return std::make_unique<FunctionVpcRoleRule>(); }

}  // namespace vpcsynth::lint
