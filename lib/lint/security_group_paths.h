#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lint/path_verdict.h"
#include "lint/security_groups.h"
#include "lint/template_values.h"
#include "net/cidr.h"

namespace vpcsynth::lint {

/// The far end of a connection, as a security group rule sees it.
struct Peer {
  /// The addresses the far end may have (its subnets' blocks); `addressesKnown` is false when
  /// one of them cannot be computed.
  std::vector<net::Cidr> addresses;
  bool addressesKnown = true;
  /// A service's public address: only a rule open to 0.0.0.0/0 surely covers it.
  bool anyPublicAddress = false;
  /// The far end's security groups, which a group-to-group rule names; `groupsKnown` is false
  /// when one of them is not a group of the template (a parameter, an import).
  std::vector<const Resource*> groups;
  bool groupsKnown = true;
};

/// A TCP connection to `port` (the only traffic the engine asks about: databases and HTTPS APIs).
struct TcpTraffic {
  long port = 443;
};

/// The rules of each security group of a template, indexed once, and the question whether a set
/// of groups lets a connection through in one direction.
class SecurityGroupPaths {
 public:
  explicit SecurityGroupPaths(const LintContext& context);

  /// Whether `groups` (one end's security groups) let `traffic` out to `peer` (`Egress`) or in from
  /// `peer` (`Ingress`). A group with no egress rule has EC2's default allow-all egress. Blocked
  /// names the groups and the rules they do have.
  PathVerdict allows(const ResourceList& groups, Direction direction, TcpTraffic traffic,
                     const Peer& peer) const;

 private:
  enum class Match : unsigned char { No, Partly, Yes, Unknown };
  Match ruleMatches(const Value& rule, Direction direction, TcpTraffic traffic, const Peer& peer,
                    std::vector<bool>& covered) const;
  std::string describeRules(const std::vector<const Resource*>& groups, Direction direction) const;

  const LintContext& context_;
  std::unordered_map<const Resource*, std::vector<const Value*>> ingress_;
  std::unordered_map<const Resource*, std::vector<const Value*>> egress_;
};

}  // namespace vpcsynth::lint
