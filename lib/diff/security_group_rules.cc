#include "diff/security_changes.h"

#include <algorithm>
#include <tuple>

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
  if (!properties.find("SecurityGroupEgress") && properties.find("VpcId")) {
    // AWS gives a VPC group an allow-all egress rule unless the template declares egress inline.
    rules.push_back(
        SecurityGroupRule{logicalId, "egress", "all", "all", "0.0.0.0/0 (default)", logicalId});
  }
}

std::string groupOf(const Value& properties) {
  if (const Value* id = properties.find("GroupId")) return referenceName(*id);
  if (const Value* name = properties.find("GroupName")) return textOf(name);
  return "?";
}

std::string joinedList(const Value* value) {
  if (value == nullptr) return std::string();
  if (!value->isSequence()) return textOf(value);
  std::vector<std::string> items;
  for (const Value& item : value->sequence()) items.push_back(textOf(&item));
  std::sort(items.begin(), items.end());
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += ", ";
    joined += item;
  }
  return joined;
}

/// `*`, or `Service: lambda.amazonaws.com` with each principal kind on its own clause.
std::string principalOf(const Value* principal) {
  if (principal == nullptr) return std::string();
  if (!principal->isMapping()) return textOf(principal);
  std::string text;
  for (const MappingEntry& entry : principal->mapping()) {
    if (!text.empty()) text += "; ";
    text += entry.key + ": " + joinedList(&entry.value);
  }
  return text;
}

std::string negated(const Value& statement, std::string_view key, std::string_view notKey) {
  if (const Value* value = statement.find(key)) return joinedList(value);
  if (const Value* value = statement.find(notKey)) return "NOT " + joinedList(value);
  return std::string();
}

void addStatements(const Value& document, const std::string& source,
                   std::vector<IamStatement>& statements) {
  const Value* list = document.find("Statement");
  if (list == nullptr) return;
  const Sequence single{*list};
  for (const Value& statement : list->isSequence() ? list->sequence() : single) {
    IamStatement described;
    described.source = source;
    if (!statement.isMapping()) {
      described.actions = inlineText(statement);
      statements.push_back(std::move(described));
      continue;
    }
    described.effect = textOf(statement.find("Effect"));
    described.actions = negated(statement, "Action", "NotAction");
    described.resources = negated(statement, "Resource", "NotResource");
    described.principal = principalOf(statement.find("Principal"));
    if (const Value* notPrincipal = statement.find("NotPrincipal")) {
      described.principal = "NOT " + principalOf(notPrincipal);
    }
    described.condition = textOf(statement.find("Condition"));
    statements.push_back(std::move(described));
  }
}

void addPolicies(const std::string& logicalId, const Value& properties,
                 std::vector<IamStatement>& statements) {
  for (auto [key, label] :
       {std::pair{"AssumeRolePolicyDocument", " (trust policy)"}, std::pair{"PolicyDocument", ""},
        std::pair{"KeyPolicy", " (key policy)"}}) {
    if (const Value* document = properties.find(key)) {
      addStatements(*document, logicalId + label, statements);
    }
  }
  if (const Value* policies = properties.find("Policies"); policies && policies->isSequence()) {
    for (const Value& policy : policies->sequence()) {
      if (const Value* document = policy.find("PolicyDocument")) {
        addStatements(*document, logicalId + " (policy " + textOf(policy.find("PolicyName")) + ")",
                      statements);
      }
    }
  }
  if (const Value* arns = properties.find("ManagedPolicyArns"); arns && arns->isSequence()) {
    for (const Value& arn : arns->sequence()) {
      statements.push_back(
          IamStatement{logicalId, "Allow", "(managed policy)", textOf(&arn), "", ""});
    }
  }
}

auto ruleKey(const SecurityGroupRule& rule) {
  return std::tie(rule.group, rule.direction, rule.protocol, rule.ports, rule.peer);
}

template <typename Item, typename Key, typename Record>
void diffSorted(const std::vector<Item>& before, const std::vector<Item>& after, Key key,
                Record record) {
  // Both lists are sorted by `key`: a merge pairs equal items and leaves the differences.
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < before.size() || j < after.size()) {
    if (j == after.size() || (i < before.size() && key(before[i]) < key(after[j]))) {
      record(before[i++], false);
    } else if (i == before.size() || key(after[j]) < key(before[i])) {
      record(after[j++], true);
    } else {
      ++i;
      ++j;
    }
  }
}

}  // namespace

bool SecurityChanges::hasBroadening() const {
  return std::any_of(rules.begin(), rules.end(), [](const auto& c) { return c.broadening; }) ||
         std::any_of(statements.begin(), statements.end(),
                     [](const auto& c) { return c.broadening; });
}

std::vector<SecurityGroupRule> securityGroupRules(const Value& document) {
  std::vector<SecurityGroupRule> rules;
  const Value* resources = document.find("Resources");
  if (resources == nullptr || !resources->isMapping()) return rules;
  static const Value kNoProperties{Mapping{}};
  for (const MappingEntry& entry : resources->mapping()) {
    const std::string_view type = entry.value.find("Type") ? entry.value.find("Type")->text() : "";
    const Value* found = entry.value.find("Properties");
    const Value& properties = found ? *found : kNoProperties;
    if (type == "AWS::EC2::SecurityGroup") {
      addInlineRules(entry.key, properties, rules);
    } else if (type == "AWS::EC2::SecurityGroupIngress") {
      rules.push_back(describeRule(properties, groupOf(properties), "ingress", entry.key));
    } else if (type == "AWS::EC2::SecurityGroupEgress") {
      rules.push_back(describeRule(properties, groupOf(properties), "egress", entry.key));
    }
  }
  std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) {
    return std::tuple_cat(ruleKey(a), std::tie(a.source)) <
           std::tuple_cat(ruleKey(b), std::tie(b.source));
  });
  return rules;
}

std::vector<IamStatement> iamStatements(const Value& document) {
  std::vector<IamStatement> statements;
  const Value* resources = document.find("Resources");
  if (resources == nullptr || !resources->isMapping()) return statements;
  for (const MappingEntry& entry : resources->mapping()) {
    if (const Value* properties = entry.value.find("Properties")) {
      addPolicies(entry.key, *properties, statements);
    }
  }
  std::sort(statements.begin(), statements.end());
  return statements;
}

SecurityChanges diffSecurity(const Value& oldTemplate, const Value& newTemplate) {
  SecurityChanges changes;
  // A rule is the same rule wherever it is declared (inline or as its own resource).
  diffSorted(
      securityGroupRules(oldTemplate), securityGroupRules(newTemplate),
      [](const SecurityGroupRule& rule) { return ruleKey(rule); },
      [&](const SecurityGroupRule& rule, bool added) {
        changes.rules.push_back(SecurityGroupRuleChange{added, added, rule});
      });
  diffSorted(
      iamStatements(oldTemplate), iamStatements(newTemplate),
      [](const IamStatement& statement) { return statement; },
      [&](const IamStatement& statement, bool added) {
        const bool allows = statement.effect != "Deny";
        changes.statements.push_back(IamStatementChange{added, added == allows, statement});
      });
  return changes;
}

}  // namespace vpcsynth
