#pragma once

#include <string>
#include <string_view>
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
  std::string peer;       // "0.0.0.0/0", "sg Cluster", "pl-123", "0.0.0.0/0 (default)"
  std::string source;     // the resource that declares it

  bool operator==(const SecurityGroupRule&) const = default;
  auto operator<=>(const SecurityGroupRule&) const = default;
};

/// The peer of the egress rule EC2 adds to a group created without one.
inline constexpr std::string_view kDefaultEgressPeer = "0.0.0.0/0 (default)";

/// EC2's default egress rule of `group`: all traffic to 0.0.0.0/0.
SecurityGroupRule defaultEgressRule(const std::string& group);

/// Every security-group rule of `document` as a stack created from it has them, sorted: a group
/// that declares no egress rule, inline or as a resource, has EC2's default.
std::vector<SecurityGroupRule> securityGroupRules(const Value& document);

}  // namespace vpcsynth
