// V0004: a security group or network ACL rule with an unknown protocol or an impossible port
// range.
#include <fmt/format.h>

#include "lint/rule.h"
#include "lint/security_groups.h"
#include "lint/template_values.h"
#include "text/ascii.h"

namespace vpcsynth::lint {
namespace {

bool knownProtocolName(std::string_view protocol) {
  return protocol == "tcp" || protocol == "udp" || protocol == "icmp" || protocol == "icmpv6" ||
         protocol == "-1";
}

// A protocol number as IANA assigns them: 0 to 255.
bool isProtocolNumber(std::string_view protocol) {
  if (protocol.empty() || protocol.size() > 3) return false;
  long value = 0;
  for (char c : protocol) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return value <= 255;
}

class PortsProtocolsRule final : public Rule {
 public:
  PortsProtocolsRule()
      : Rule({"V0004", Severity::Error, "An unknown protocol or an impossible port range", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const SecurityGroupRule& rule : securityGroupRules(context))
      checkRule(*rule.rule, findings);
    for (const Resource* entry : context.resourcesOfType("AWS::EC2::NetworkAclEntry")) {
      checkAclEntry(*entry, findings);
    }
  }

 private:
  static void checkRule(const Value& rule, Findings& findings) {
    const Value* protocolValue = rule.find("IpProtocol");
    if (!protocolValue || !protocolValue->isScalar()) return;
    const std::string protocol = asciiLowercase(protocolValue->text());
    if (!knownProtocolName(protocol) && !isProtocolNumber(protocol)) {
      findings.add(protocolValue->position(),
                   fmt::format("IpProtocol '{}' is not tcp, udp, icmp, icmpv6, -1 or a protocol "
                               "number from 0 to 255",
                               protocolValue->text()));
      return;
    }
    if (protocol != "tcp" && protocol != "udp" && protocol != "6" && protocol != "17") return;
    checkRange(rule.find("FromPort"), rule.find("ToPort"), findings);
  }

  static void checkRange(const Value* fromValue, const Value* toValue, Findings& findings) {
    std::optional<long> from = integerValue(fromValue);
    std::optional<long> to = integerValue(toValue);
    for (auto [port, value] : {std::pair{from, fromValue}, std::pair{to, toValue}}) {
      if (port && (*port < 0 || *port > 65535) && !(*port == -1 && from == to)) {
        findings.add(value->position(), fmt::format("port {} is outside 0-65535", *port));
        return;
      }
    }
    if (from && to && *from > *to) {
      findings.add(fromValue->position(),
                   fmt::format("FromPort {} is greater than ToPort {}", *from, *to));
    }
  }

  static void checkAclEntry(const Resource& entry, Findings& findings) {
    const Value* protocol = entry.property("Protocol");
    std::optional<long> number = integerValue(protocol);
    if (protocol && protocol->isScalar() && (!number || *number < -1 || *number > 255)) {
      findings.add(protocol->position(),
                   fmt::format("network ACL Protocol '{}' must be -1 or a protocol number from 0 "
                               "to 255",
                               protocol->text()));
      return;
    }
    if (!number || (*number != 6 && *number != 17)) return;
    const Value* range = entry.property("PortRange");
    if (range) checkRange(range->find("From"), range->find("To"), findings);
  }
};

}  // namespace

std::unique_ptr<Rule> makePortsProtocolsRule() { return std::make_unique<PortsProtocolsRule>(); }

}  // namespace vpcsynth::lint
