#include "lint/security_groups.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lint/template_values.h"
#include "text/ascii.h"

namespace vpcsynth::lint {
namespace {

constexpr std::array<SensitivePort, 14> kSensitivePorts = {{
    {22, "SSH"},
    {1433, "SQL Server"},
    {1521, "Oracle"},
    {2049, "NFS"},
    {3306, "MySQL/Aurora"},
    {3389, "RDP"},
    {5432, "PostgreSQL"},
    {5439, "Redshift"},
    {6379, "Redis"},
    {8182, "Neptune"},
    {9042, "Cassandra/Keyspaces"},
    {9200, "OpenSearch"},
    {11211, "Memcached"},
    {27017, "MongoDB/DocumentDB"},
}};

// IANA assigns these numbers (protocol-numbers registry); EC2 accepts either form.
std::string protocolName(const std::string& protocol) {
  if (protocol == "6") return "tcp";
  if (protocol == "17") return "udp";
  if (protocol == "1") return "icmp";
  if (protocol == "58") return "icmpv6";
  return protocol;
}

// The ICMP message types people name (RFC 792 for ICMP, RFC 4443 for ICMPv6).
std::string_view icmpTypeName(bool v6, long type) {
  struct Named {
    long type;
    std::string_view name;
  };
  constexpr std::array<Named, 5> kIcmp = {{{0, "echo reply"},
                                           {3, "destination unreachable"},
                                           {5, "redirect"},
                                           {8, "echo request"},
                                           {11, "time exceeded"}}};
  constexpr std::array<Named, 5> kIcmpV6 = {{{1, "destination unreachable"},
                                             {2, "packet too big"},
                                             {3, "time exceeded"},
                                             {128, "echo request"},
                                             {129, "echo reply"}}};
  for (const Named& named : v6 ? kIcmpV6 : kIcmp) {
    if (named.type == type) return named.name;
  }
  return {};
}

// "all ICMPv6 messages", "ICMP type 8 (echo request)", "ICMP type 3 (destination unreachable)
// code 4": for ICMP a rule's FromPort is the message type and its ToPort the code.
std::string describeIcmp(const PortRange& range) {
  const bool v6 = range.protocol == "icmpv6";
  const std::string_view protocol = v6 ? "ICMPv6" : "ICMP";
  if (range.from == -1) return fmt::format("all {} messages", protocol);
  std::string text = fmt::format("{} type {}", protocol, range.from);
  if (std::string_view name = icmpTypeName(v6, range.from); !name.empty()) {
    text += fmt::format(" ({})", name);
  }
  if (range.to != -1) text += fmt::format(" code {}", range.to);
  return text;
}

}  // namespace

const SensitivePort* firstSensitivePort(const PortRange& range) {
  for (const SensitivePort& sensitive : kSensitivePorts) {
    if (range.coversPort(sensitive.port)) return &sensitive;
  }
  return nullptr;
}

std::vector<SecurityGroupRule> securityGroupRules(const LintContext& context) {
  std::vector<SecurityGroupRule> rules;
  for (const Resource& resource : context.resources()) {
    if (resource.type == "AWS::EC2::SecurityGroup") {
      for (auto [key, direction] : {std::pair{"SecurityGroupIngress", Direction::Ingress},
                                    std::pair{"SecurityGroupEgress", Direction::Egress}}) {
        const Value* list = resource.property(key);
        if (!list || !list->isSequence()) continue;
        for (const Value& item : list->sequence()) {
          if (item.isMapping()) rules.push_back({direction, &resource, &item, nullptr});
        }
      }
    } else if (resource.type == "AWS::EC2::SecurityGroupIngress" ||
               resource.type == "AWS::EC2::SecurityGroupEgress") {
      if (!resource.properties || !resource.properties->isMapping()) continue;
      const Value* groupId = resource.property("GroupId");
      const Resource* group = groupId ? context.referencedResource(*groupId) : nullptr;
      if (group && group->type != "AWS::EC2::SecurityGroup") group = nullptr;
      const Direction direction =
          resource.type.ends_with("Ingress") ? Direction::Ingress : Direction::Egress;
      rules.push_back({direction, group, resource.properties, &resource});
    }
  }
  return rules;
}

std::vector<const Resource*> groupsWithDefaultEgress(const LintContext& context,
                                                     const std::vector<SecurityGroupRule>& rules) {
  std::vector<const Resource*> groups = context.resourcesOfType("AWS::EC2::SecurityGroup");
  std::erase_if(groups, [&](const Resource* group) {
    return std::any_of(rules.begin(), rules.end(), [&](const SecurityGroupRule& rule) {
      return rule.direction == Direction::Egress && rule.group == group;
    });
  });
  return groups;
}

std::optional<PortRange> portRangeOf(const Value& rule) {
  const Value* protocol = rule.find("IpProtocol");
  if (!protocol || !protocol->isScalar()) return std::nullopt;
  PortRange range;
  range.protocol = asciiLowercase(protocol->text());
  if (range.protocol == "-1" || range.protocol == "all") {
    range.allTraffic = true;
    return range;
  }
  range.protocol = protocolName(range.protocol);
  std::optional<long> from = integerValue(rule.find("FromPort"));
  std::optional<long> to = integerValue(rule.find("ToPort"));
  if (!range.carriesPorts() && !range.isIcmp()) {
    // EC2 ignores the ports of other protocols: the rule admits the whole protocol.
    range.from = range.to = -1;
    return range;
  }
  if (!from || !to) return std::nullopt;
  range.from = *from;
  range.to = *to;
  // A -1 port means every port of TCP or UDP; ICMP keeps -1 for every type or code.
  if (range.carriesPorts() && range.from == -1 && range.to == -1) {
    range.from = 0;
    range.to = 65535;
  }
  return range;
}

bool opensToWorld(const Value& rule) {
  const Value* v4 = rule.find("CidrIp");
  const Value* v6 = rule.find("CidrIpv6");
  return (v4 && v4->text() == "0.0.0.0/0") ||
         (v6 && (v6->text() == "::/0" || v6->text() == "::0/0"));
}

std::string describeRange(const PortRange& range) {
  if (range.allTraffic) return "all traffic (every protocol and port)";
  if (range.isIcmp()) return describeIcmp(range);
  if (!range.carriesPorts()) return fmt::format("IP protocol {}", range.protocol);
  const std::string protocol = portProtocol(range);
  if (range.from == 0 && range.to == 65535) return fmt::format("every {} port", protocol);
  if (range.from == range.to) return fmt::format("{} port {}", protocol, range.from);
  return fmt::format("{} ports {}-{}", protocol, range.from, range.to);
}

std::string portProtocol(const PortRange& range) { return range.protocol == "udp" ? "UDP" : "TCP"; }

}  // namespace vpcsynth::lint
