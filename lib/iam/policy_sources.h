#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "iam/policy_statement.h"

namespace vpcsynth::iam {

enum class PolicyKind : unsigned char {
  /// Attached to roles, users or groups: `Policies`, `AWS::IAM::Policy`, `ManagedPolicy`, ...
  Identity,
  /// Attached to the resource it guards: bucket, queue, topic, key, secret policies, Lambda
  /// permissions.
  Resource,
  /// A role's `AssumeRolePolicyDocument`: who may become the role.
  Trust,
  /// A `ManagedPolicyArns` entry: one statement whose action is `(managed policy)` and whose
  /// resource is the ARN, because the template does not say what the policy allows.
  AttachedArn,
};

/// One policy of a template, and what it applies to.
struct Policy {
  PolicyKind kind = PolicyKind::Identity;
  /// The logical ID and type of the resource that declares it.
  std::string_view owner;
  std::string_view ownerType;
  /// What tells it apart among its owner's policies: "policy Read", "trust policy", "key policy".
  std::string name;
  /// Whom (identity, trust) or what (resource) it applies to: logical IDs for `!Ref X` and
  /// `!GetAtt X.Arn`, other values as text. The policy's owner is one when it stands for itself.
  std::vector<std::string> subjects;
  std::vector<Statement> statements;
};

/// The properties of a resource of `type` that hold a whole policy document (`PolicyDocument`,
/// `KeyPolicy`, `AssumeRolePolicyDocument`, ...), besides the inline `Policies` of roles, users
/// and groups.
std::vector<std::string_view> documentProperties(std::string_view type);

/// True for the types whose inline `Policies` list holds `{PolicyName, PolicyDocument}` items.
bool hasInlinePolicies(std::string_view type);

/// Every policy `root` (a template) declares, in template order.
std::vector<Policy> templatePolicies(const Value& root);

}  // namespace vpcsynth::iam
