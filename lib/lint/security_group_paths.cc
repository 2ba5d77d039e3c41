#include "lint/security_group_paths.h"

#include <fmt/format.h>

#include <algorithm>

namespace vpcsynth::lint {
namespace {

// How many of a group's rules a blocked hop quotes before it says how many more there are.
constexpr std::size_t kRulesQuoted = 3;

bool isSecurityGroup(const Resource* resource) {
  return resource && resource->type == "AWS::EC2::SecurityGroup";
}

std::string_view peerKey(Direction direction, std::string_view ingressKey,
                         std::string_view egressKey) {
  return direction == Direction::Ingress ? ingressKey : egressKey;
}

}  // namespace

SecurityGroupPaths::SecurityGroupPaths(const LintContext& context) : context_(context) {
  for (const SecurityGroupRule& rule : securityGroupRules(context)) {
    if (!rule.group) continue;
    (rule.direction == Direction::Ingress ? ingress_ : egress_)[rule.group].push_back(rule.rule);
  }
}

PathVerdict SecurityGroupPaths::allows(const ResourceList& groups, Direction direction,
                                       TcpTraffic traffic, const Peer& peer) const {
  if (!groups.complete || groups.resources.empty() ||
      !std::all_of(groups.resources.begin(), groups.resources.end(), isSecurityGroup)) {
    return PathVerdict::unknown();
  }
  const auto& rulesByGroup = direction == Direction::Ingress ? ingress_ : egress_;
  std::vector<bool> covered(peer.addresses.size(), false);
  bool unknown = false;
  for (const Resource* group : groups.resources) {
    auto found = rulesByGroup.find(group);
    if (found == rulesByGroup.end()) {
      // EC2 gives a new group one egress rule that allows everything, until a rule is declared.
      if (direction == Direction::Egress) return PathVerdict::open();
      continue;
    }
    for (const Value* rule : found->second) {
      switch (ruleMatches(*rule, direction, traffic, peer, covered)) {
        case Match::Yes: return PathVerdict::open();
        case Match::Unknown: unknown = true; break;
        case Match::No:
        case Match::Partly: break;
      }
    }
  }
  // Several rules may each admit some of the far end's subnets.
  if (!peer.addresses.empty() && peer.addressesKnown &&
      std::all_of(covered.begin(), covered.end(), [](bool each) { return each; })) {
    return PathVerdict::open();
  }
  if (unknown) return PathVerdict::unknown();
  return PathVerdict::blocked(describeRules(groups.resources, direction));
}

SecurityGroupPaths::Match SecurityGroupPaths::ruleMatches(const Value& rule, Direction direction,
                                                          TcpTraffic traffic, const Peer& peer,
                                                          std::vector<bool>& covered) const {
  const std::optional<PortRange> range = portRangeOf(rule);
  if (!range) return Match::Unknown;
  if (!range->allTraffic && range->protocol != "tcp" && range->protocol != "6") return Match::No;
  if (!range->coversPort(traffic.port)) return Match::No;
  if (const Value* group =
          rule.find(peerKey(direction, "SourceSecurityGroupId", "DestinationSecurityGroupId"))) {
    const Resource* named = context_.referencedResource(*group);
    if (!isSecurityGroup(named)) return Match::Unknown;
    if (std::find(peer.groups.begin(), peer.groups.end(), named) != peer.groups.end()) {
      return Match::Yes;
    }
    return peer.groupsKnown ? Match::No : Match::Unknown;
  }
  // A prefix list may hold any block; a group named by name lives in another VPC's world.
  if (rule.find(peerKey(direction, "SourcePrefixListId", "DestinationPrefixListId")) ||
      rule.find("SourceSecurityGroupName")) {
    return Match::Unknown;
  }
  // The engine asks about IPv4 connections only, which an IPv6 rule never admits.
  if (rule.find("CidrIpv6") && !rule.find("CidrIp")) return Match::No;
  const Value* cidr = rule.find("CidrIp");
  const std::optional<net::Cidr> block = cidr ? evaluateCidr(context_, *cidr) : std::nullopt;
  if (!block || block->v6) return Match::Unknown;
  if (block->prefix == 0) return Match::Yes;
  if (peer.anyPublicAddress) return net::isPrivateIpv4(*block) ? Match::No : Match::Unknown;
  if (!peer.addressesKnown) return Match::Unknown;
  bool all = true;
  bool any = false;
  for (std::size_t i = 0; i < peer.addresses.size(); ++i) {
    if (net::contains(*block, peer.addresses[i])) {
      covered[i] = true;
      any = true;
    } else {
      all = false;
    }
  }
  return all ? Match::Yes : any ? Match::Partly : Match::No;
}

std::string SecurityGroupPaths::describeRules(const std::vector<const Resource*>& groups,
                                              Direction direction) const {
  const bool ingress = direction == Direction::Ingress;
  const auto& rulesByGroup = ingress ? ingress_ : egress_;
  std::vector<std::string> parts;
  for (const Resource* group : groups) {
    auto found = rulesByGroup.find(group);
    if (found == rulesByGroup.end()) {
      parts.push_back(fmt::format("security group '{}' {} (it has no {} rule)", group->name,
                                  ingress ? "ingress" : "egress", ingress ? "ingress" : "egress"));
      continue;
    }
    std::vector<std::string> rules;
    for (const Value* rule : found->second) {
      if (rules.size() == kRulesQuoted) {
        rules.push_back(fmt::format("{} more", found->second.size() - kRulesQuoted));
        break;
      }
      const std::optional<PortRange> range = portRangeOf(*rule);
      std::string peer = "a computed peer";
      if (const Value* other =
              rule->find(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId")) {
        const Resource* named = context_.referencedResource(*other);
        peer = named ? fmt::format("security group '{}'", named->name) : "a security group";
      } else if (const Value* prefixList =
                     rule->find(ingress ? "SourcePrefixListId" : "DestinationPrefixListId")) {
        peer = prefixList->isScalar() ? fmt::format("prefix list {}", prefixList->text())
                                      : "a prefix list";
      } else if (const Value* v4 = rule->find("CidrIp"); v4 && v4->isScalar()) {
        peer = std::string(v4->text());
      } else if (const Value* v6 = rule->find("CidrIpv6"); v6 && v6->isScalar()) {
        peer = std::string(v6->text());
      }
      rules.push_back(fmt::format("{} {} {}", range ? describeRange(*range) : "computed ports",
                                  ingress ? "from" : "to", peer));
    }
    parts.push_back(fmt::format("security group '{}' {} (allows only {})", group->name,
                                ingress ? "ingress" : "egress", fmt::join(rules, ", ")));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

}  // namespace vpcsynth::lint
