#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/lint_context.h"

namespace vpcsynth::lint {

enum class Direction : unsigned char { Ingress, Egress };

/// One security group rule, written inline in a group or as its own resource.
struct SecurityGroupRule {
  Direction direction = Direction::Ingress;
  /// The group the rule belongs to; null when its `GroupId` is not a group of the template.
  const Resource* group = nullptr;
  /// The mapping with `IpProtocol`, `FromPort`, `CidrIp`, ...
  const Value* rule = nullptr;
  /// The `AWS::EC2::SecurityGroupIngress`/`Egress` resource, or null for an inline rule.
  const Resource* standalone = nullptr;
};

/// Every rule of every security group of the template, in template order.
std::vector<SecurityGroupRule> securityGroupRules(const LintContext& context);

/// The groups that declare no egress rule, inline or as an `AWS::EC2::SecurityGroupEgress`: EC2
/// gives each, when it creates it, a default rule that allows all traffic to 0.0.0.0/0.
std::vector<const Resource*> groupsWithDefaultEgress(const LintContext& context,
                                                     const std::vector<SecurityGroupRule>& rules);

/// The traffic a rule admits, when its protocol and ports are literals.
struct PortRange {
  /// `-1`: every protocol and port.
  bool allTraffic = false;
  /// Lower case; the numbers 6, 17, 1 and 58 are written tcp, udp, icmp and icmpv6.
  std::string protocol;
  /// TCP and UDP: the first and last port. ICMP and ICMPv6: the message type and code, -1 for
  /// every one. Other protocols have no ports: both -1.
  long from = 0;
  long to = 0;

  bool carriesPorts() const { return protocol == "tcp" || protocol == "udp"; }
  bool isIcmp() const { return protocol == "icmp" || protocol == "icmpv6"; }
  /// True when the rule admits TCP or UDP `port`; an ICMP rule admits no port.
  bool coversPort(long port) const {
    return allTraffic || (carriesPorts() && from <= port && port <= to);
  }
};

/// The range of a rule; nullopt when it is not made of literals.
std::optional<PortRange> portRangeOf(const Value& rule);

/// True when the rule's `CidrIp` is `0.0.0.0/0` or its `CidrIpv6` is `::/0`.
bool opensToWorld(const Value& rule);

/// A port that databases or remote administration listen on.
struct SensitivePort {
  long port;
  std::string_view service;
};

/// The lowest database or administration port in `range`, or null.
const SensitivePort* firstSensitivePort(const PortRange& range);

/// The range as people say it: "all traffic (every protocol and port)", "TCP port 5439",
/// "UDP ports 1-100", "every TCP port", "ICMP type 8 (echo request)", "all ICMPv6 messages",
/// "IP protocol 50".
std::string describeRange(const PortRange& range);

/// The protocol of `range` in capitals, as it names a port: "TCP", "UDP"; "TCP" for all traffic.
std::string portProtocol(const PortRange& range);

}  // namespace vpcsynth::lint
