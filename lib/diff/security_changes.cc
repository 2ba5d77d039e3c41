#include "diff/security_changes.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <tuple>

#include "diff/sorted_merge.h"

namespace vpcsynth {
namespace {

struct PortSpan {
  long from = 0;
  long to = 65535;
};

std::optional<PortSpan> portSpan(std::string_view ports) {
  if (ports == "all") return PortSpan{};
  PortSpan span;
  const char* end = ports.data() + ports.size();
  auto [next, error] = std::from_chars(ports.data(), end, span.from);
  if (error != std::errc()) return std::nullopt;
  span.to = span.from;
  if (next != end && (*next != '-' || std::from_chars(next + 1, end, span.to).ptr != end)) {
    return std::nullopt;
  }
  return span;
}

std::string_view peerAddress(std::string_view peer) {
  if (peer == kDefaultEgressPeer) return "0.0.0.0/0";
  return peer;
}

// The whole IPv4 range holds every IPv4 peer (CIDRs, groups' members, prefix lists); other peers
// hold only themselves, since a CIDR written differently is rare in one group.
bool peerCovers(std::string_view outer, std::string_view inner) {
  if (outer == inner) return true;
  if (outer == "0.0.0.0/0") return inner.find(':') == std::string_view::npos;
  if (outer == "::/0" || outer == "::0/0") return inner.find(':') != std::string_view::npos;
  return false;
}

// True when `outer` admits all the traffic `inner` admits.
bool ruleCovers(const SecurityGroupRule& outer, const SecurityGroupRule& inner) {
  if (outer.group != inner.group || outer.direction != inner.direction) return false;
  if (outer.protocol != "all" && outer.protocol != inner.protocol) return false;
  if (outer.protocol != "all" && outer.ports != inner.ports) {
    const std::optional<PortSpan> wide = portSpan(outer.ports);
    const std::optional<PortSpan> narrow = portSpan(inner.ports);
    if (!wide || !narrow || narrow->from < wide->from || wide->to < narrow->to) return false;
  }
  return peerCovers(peerAddress(outer.peer), peerAddress(inner.peer));
}

bool anyCovers(const std::vector<SecurityGroupRule>& rules, const SecurityGroupRule& rule) {
  return std::any_of(rules.begin(), rules.end(),
                     [&](const SecurityGroupRule& other) { return ruleCovers(other, rule); });
}

bool isSecurityGroup(const Value& document, std::string_view logicalId) {
  const Value* resources = document.find("Resources");
  const Value* resource = resources ? resources->find(logicalId) : nullptr;
  const Value* type = resource ? resource->find("Type") : nullptr;
  return type && type->text() == "AWS::EC2::SecurityGroup";
}

// The rules after the update. EC2 adds its default egress rule only when it creates a group:
// "After the security group is created, if you remove all egress rules that you added, we do not
// add egress rules, so no outbound traffic is allowed" (AWS::EC2::SecurityGroup reference,
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroup.html).
// So a group that is kept, and had explicit egress before, gets no default from the new template.
std::vector<SecurityGroupRule> rulesAfterUpdate(const Value& oldTemplate, const Value& newTemplate,
                                                const std::vector<SecurityGroupRule>& before,
                                                const std::vector<std::string>& replaced) {
  std::vector<SecurityGroupRule> after = securityGroupRules(newTemplate);
  std::erase_if(after, [&](const SecurityGroupRule& rule) {
    if (rule.peer != kDefaultEgressPeer) return false;
    const bool kept = isSecurityGroup(oldTemplate, rule.group) &&
                      std::find(replaced.begin(), replaced.end(), rule.group) == replaced.end();
    return kept && !std::binary_search(before.begin(), before.end(), rule);
  });
  return after;
}

}  // namespace

bool SecurityChanges::hasBroadening() const {
  return std::any_of(rules.begin(), rules.end(),
                     [](const auto& c) { return c.access == Access::Broadening; }) ||
         std::any_of(statements.begin(), statements.end(),
                     [](const auto& c) { return c.access == Access::Broadening; });
}

SecurityChanges diffSecurity(const Value& oldTemplate, const Value& newTemplate,
                             const std::vector<std::string>& replaced) {
  SecurityChanges changes;
  const std::vector<SecurityGroupRule> before = securityGroupRules(oldTemplate);
  const std::vector<SecurityGroupRule> after =
      rulesAfterUpdate(oldTemplate, newTemplate, before, replaced);
  // A rule is the same rule wherever it is declared (inline or as its own resource); one that
  // appears broadens unless the group allowed its traffic already, one that goes likewise.
  recordSortedDifferences(
      before, after,
      [](const SecurityGroupRule& rule) {
        return std::tie(rule.group, rule.direction, rule.protocol, rule.ports, rule.peer);
      },
      [&](const SecurityGroupRule& rule, bool added) {
        Access access = added ? Access::Broadening : Access::Narrowing;
        if (anyCovers(added ? before : after, rule)) access = Access::Unchanged;
        changes.rules.push_back(SecurityGroupRuleChange{added, access, rule});
      });
  changes.statements = diffIamStatements(oldTemplate, newTemplate);
  return changes;
}

}  // namespace vpcsynth
