#include "diff/security_group_rules.h"

#include <algorithm>
#include <set>

#include "diff/value_text.h"

namespace vpcsynth {
namespace {

/// A scalar's text as written (quoted or not), anything else on one line.
std::string textOf(const Value* value) {
  if (value == nullptr) return std::string();
  return value->isScalar() ? std::string(value->text()) : inlineText(*value);
}

std::string protocolName(const Value* protocol) {
  const std::string text = textOf(protocol);
  if (text == "-1" || text == "all") return "all";
  if (text == "6") return "tcp";
  if (text == "17") return "udp";
  if (text == "1") return "icmp";
  if (text == "58") return "icmpv6";
  return text;
}

std::string portRange(const Value& rule, const std::string& protocol) {
  if (protocol == "all") return "all";
  const std::string from = textOf(rule.find("FromPort"));
  const std::string to = textOf(rule.find("ToPort"));
  if ((from.empty() || from == "-1") && (to.empty() || to == "-1")) return "all";
  if (from == to || to.empty()) return from;
  if (from.empty()) return to;
  return from + "-" + to;
}

std::string peerOf(const Value& rule) {
  if (const Value* cidr = rule.find("CidrIp")) return textOf(cidr);
  if (const Value* cidr = rule.find("CidrIpv6")) return textOf(cidr);
  for (std::string_view key :
       {"SourceSecurityGroupId", "DestinationSecurityGroupId", "SourceSecurityGroupName"}) {
    if (const Value* group = rule.find(key)) return "sg " + referenceName(*group);
  }
  for (std::string_view key : {"SourcePrefixListId", "DestinationPrefixListId"}) {
    if (const Value* list = rule.find(key)) return "prefix list " + textOf(list);
  }
  return "?";
}

SecurityGroupRule describeRule(const Value& rule, std::string group, std::string direction,
                               std::string source) {
  SecurityGroupRule described;
  described.group = std::move(group);
  described.direction = std::move(direction);
  described.protocol = protocolName(rule.find("IpProtocol"));
  described.ports = portRange(rule, described.protocol);
  described.peer = peerOf(rule);
  described.source = std::move(source);
  return described;
}

void addInlineRules(const std::string& logicalId, const Value& properties,
                    std::vector<SecurityGroupRule>& rules) {
  for (auto [key, direction] :
       {std::pair{"SecurityGroupIngress", "ingress"}, std::pair{"SecurityGroupEgress", "egress"}}) {
    const Value* list = properties.find(key);
    if (list == nullptr || !list->isSequence()) continue;
    for (const Value& rule : list->sequence()) {
      rules.push_back(describeRule(rule, logicalId, direction, logicalId));
    }
  }
}

std::string groupOf(const Value& properties) {
  if (const Value* id = properties.find("GroupId")) return referenceName(*id);
  if (const Value* name = properties.find("GroupName")) return textOf(name);
  return "?";
}

}  // namespace

SecurityGroupRule defaultEgressRule(const std::string& group) {
  return SecurityGroupRule{group, "egress", "all", "all", std::string(kDefaultEgressPeer), group};
}

std::vector<SecurityGroupRule> securityGroupRules(const Value& document) {
  std::vector<SecurityGroupRule> rules;
  const Value* resources = document.find("Resources");
  if (resources == nullptr || !resources->isMapping()) return rules;
  static const Value kNoProperties{Mapping{}};
  std::vector<std::string> groups;
  for (const MappingEntry& entry : resources->mapping()) {
    const std::string_view type = entry.value.find("Type") ? entry.value.find("Type")->text() : "";
    const Value* found = entry.value.find("Properties");
    const Value& properties = found ? *found : kNoProperties;
    if (type == "AWS::EC2::SecurityGroup") {
      groups.push_back(entry.key);
      addInlineRules(entry.key, properties, rules);
    } else if (type == "AWS::EC2::SecurityGroupIngress") {
      rules.push_back(describeRule(properties, groupOf(properties), "ingress", entry.key));
    } else if (type == "AWS::EC2::SecurityGroupEgress") {
      rules.push_back(describeRule(properties, groupOf(properties), "egress", entry.key));
    }
  }
  // EC2 gives a group it creates an allow-all egress rule unless egress rules come with it; since
  // EC2-Classic retired every group is a VPC group (the default VPC's without `VpcId`). See the
  // AWS::EC2::SecurityGroup reference: "When you create a security group, if you do not add
  // egress rules, we add egress rules that allow all outbound IPv4 and IPv6 traffic."
  std::set<std::string_view> withEgress;
  for (const SecurityGroupRule& rule : rules) {
    if (rule.direction == "egress") withEgress.insert(rule.group);
  }
  for (const std::string& group : groups) {
    if (!withEgress.contains(group)) rules.push_back(defaultEgressRule(group));
  }
  std::sort(rules.begin(), rules.end());
  return rules;
}

}  // namespace vpcsynth
