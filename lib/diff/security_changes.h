#pragma once

#include <string>
#include <vector>

#include "model/value.h"

namespace vpcsynth {

/// One security-group rule, inline or a separate `AWS::EC2::SecurityGroupIngress`/`Egress`
/// resource, described in words.
struct SecurityGroupRule {
  std::string group;      // the group's logical ID, or its value (`!GetAtt X.GroupId`)
  std::string direction;  // "ingress" or "egress"
  std::string protocol;   // "tcp", "udp", "icmp", "all", ...
  std::string ports;      // "5439", "0-65535", "all"
  std::string peer;       // "0.0.0.0/0", "sg Cluster", "pl-123", ...
  std::string source;     // the resource that declares it

  bool operator==(const SecurityGroupRule&) const = default;
  auto operator<=>(const SecurityGroupRule&) const = default;
};

/// One IAM policy statement (or an attached managed policy), described in words.
struct IamStatement {
  std::string source;  // "Role (AssumeRolePolicyDocument)", "Role (Policies: ReadParameter)"
  std::string effect;  // "Allow" or "Deny"
  std::string actions;
  std::string resources;
  std::string principal;
  std::string condition;

  bool operator==(const IamStatement&) const = default;
  auto operator<=>(const IamStatement&) const = default;
};

struct SecurityGroupRuleChange {
  bool added = true;  // else removed
  bool broadening = true;
  SecurityGroupRule rule;
};

struct IamStatementChange {
  bool added = true;  // else removed
  bool broadening = true;
  IamStatement statement;
};

struct SecurityChanges {
  std::vector<SecurityGroupRuleChange> rules;
  std::vector<IamStatementChange> statements;

  bool empty() const { return rules.empty() && statements.empty(); }
  bool hasBroadening() const;
};

/// The security-group rules and IAM statements present in one template but not the other. A
/// rule or an `Allow` that appears broadens access, a `Deny` that appears narrows it.
SecurityChanges diffSecurity(const Value& oldTemplate, const Value& newTemplate);

/// Every security-group rule of `document`, sorted; a VPC group with no inline egress rule has
/// AWS's default rule (all traffic to 0.0.0.0/0).
std::vector<SecurityGroupRule> securityGroupRules(const Value& document);

/// Every IAM statement of `document`, sorted.
std::vector<IamStatement> iamStatements(const Value& document);

}  // namespace vpcsynth
