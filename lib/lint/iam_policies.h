#pragma once

#include <string_view>
#include <vector>

#include "lint/lint_context.h"

namespace vpcsynth::lint {

/// One `Allow` statement of an identity policy in the template.
struct PolicyStatement {
  const Resource* owner = nullptr;  // the role, user, group or policy resource
  const Value* statement = nullptr;
  /// The literal actions, as written (`s3:GetObject`, `*`), with their values for positions.
  std::vector<const Value*> actions;
  /// The literal resources (`*`, ARNs).
  std::vector<const Value*> resources;
};

/// The `Allow` statements of every IAM policy of the template: `AWS::IAM::Policy`,
/// `ManagedPolicy`, `RolePolicy`, `UserPolicy`, `GroupPolicy`, and the inline `Policies` of roles,
/// users and groups.
std::vector<PolicyStatement> allowStatements(const LintContext& context);

/// True when an action only reads (`Get*`, `List*`, `Describe*`, ...); `service:*` and `*` do not.
bool isReadOnlyAction(std::string_view action);

/// True when `action` (which may hold wildcards) matches `wanted` (`ssm:GetParameter`).
bool actionMatches(std::string_view action, std::string_view wanted);

}  // namespace vpcsynth::lint
