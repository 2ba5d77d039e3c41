#include "lint/security_groups.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "lint/template_values.h"

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

}  // namespace

const SensitivePort* firstSensitivePort(const PortRange& range) {
  // The ports of ICMP rules are message types, not ports.
  const bool carriesPorts = range.allTraffic || range.protocol == "tcp" || range.protocol == "6" ||
                            range.protocol == "udp" || range.protocol == "17";
  if (!carriesPorts) return nullptr;
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
  range.protocol = std::string(protocol->text());
  std::transform(range.protocol.begin(), range.protocol.end(), range.protocol.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (range.protocol == "-1" || range.protocol == "all") {
    range.allTraffic = true;
    return range;
  }
  std::optional<long> from = integerValue(rule.find("FromPort"));
  std::optional<long> to = integerValue(rule.find("ToPort"));
  if (!from || !to) return std::nullopt;
  range.from = *from;
  range.to = *to;
  // A -1 port means every port (or every ICMP type) of the protocol.
  if (range.from == -1 && range.to == -1) {
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
  if (range.allTraffic) return "all traffic";
  std::string protocol = range.protocol;
  std::transform(protocol.begin(), protocol.end(), protocol.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (range.from == range.to) return fmt::format("{} port {}", protocol, range.from);
  return fmt::format("{} ports {}-{}", protocol, range.from, range.to);
}

}  // namespace vpcsynth::lint
