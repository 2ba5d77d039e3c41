#pragma once

#include <string>
#include <vector>

#include "diff/access.h"
#include "diff/iam_changes.h"
#include "diff/security_group_rules.h"
#include "model/value.h"

namespace vpcsynth {

struct SecurityGroupRuleChange {
  bool added = true;  // else removed
  Access access = Access::Broadening;
  SecurityGroupRule rule;
};

struct SecurityChanges {
  std::vector<SecurityGroupRuleChange> rules;
  std::vector<IamStatementChange> statements;

  bool empty() const { return rules.empty() && statements.empty(); }
  bool hasBroadening() const;
};

/// The security-group rules and IAM statements present in one template but not the other, each
/// judged against what the other template allows. `replaced` lists the logical IDs of resources
/// that the update replaces: a replaced group is created anew, with EC2's default egress again.
SecurityChanges diffSecurity(const Value& oldTemplate, const Value& newTemplate,
                             const std::vector<std::string>& replaced = {});

}  // namespace vpcsynth
