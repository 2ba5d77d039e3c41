// V0001: a CIDR that is malformed, or whose prefix length a VPC or subnet cannot have.
#include <fmt/format.h>

#include <array>

#include "lint/rule.h"
#include "net/cidr.h"

namespace vpcsynth::lint {
namespace {

struct CidrProperty {
  std::string_view key;
  bool v6;
};

constexpr std::array<CidrProperty, 8> kCidrProperties = {{
    {"CidrBlock", false},
    {"CidrIp", false},
    {"DestinationCidrBlock", false},
    {"SourceCidrBlock", false},
    {"CidrIpv6", true},
    {"DestinationIpv6CidrBlock", true},
    {"Ipv6CidrBlock", true},
    {"Ipv6CidrBlocks", true},
}};

const CidrProperty* cidrProperty(std::string_view key) {
  for (const CidrProperty& property : kCidrProperties) {
    if (property.key == key) return &property;
  }
  return nullptr;
}

class MalformedCidrRule final : public Rule {
 public:
  MalformedCidrRule()
      : Rule({"V0001", Severity::Error, "A malformed CIDR or an impossible prefix length", ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (const Resource& resource : context.resources()) {
      if (resource.properties) walk(resource, *resource.properties, findings);
    }
  }

 private:
  void walk(const Resource& resource, const Value& value, Findings& findings) const {
    if (value.isSequence()) {
      for (const Value& item : value.sequence()) walk(resource, item, findings);
    }
    if (!value.isMapping()) return;
    for (const MappingEntry& entry : value.mapping()) {
      const CidrProperty* property = cidrProperty(entry.key);
      // A dynamic reference is resolved at deploy time.
      if (property && entry.value.isScalar() && !entry.value.text().starts_with("{{resolve:")) {
        checkOne(resource, entry.key, *property, entry.value, findings);
      } else {
        walk(resource, entry.value, findings);
      }
    }
  }

  void checkOne(const Resource& resource, std::string_view key, const CidrProperty& property,
                const Value& value, Findings& findings) const {
    std::optional<net::Cidr> block = net::parseCidr(value.text());
    if (!block || block->v6 != property.v6) {
      findings.add(value.position(),
                   fmt::format("{} '{}' is not an {} CIDR block (address/prefix length)", key,
                               value.text(), property.v6 ? "IPv6" : "IPv4"));
      return;
    }
    const bool sizedNetwork = key == "CidrBlock" && (resource.type == "AWS::EC2::VPC" ||
                                                     resource.type == "AWS::EC2::Subnet" ||
                                                     resource.type == "AWS::EC2::VPCCidrBlock");
    if (!sizedNetwork) return;
    if (block->prefix < 16 || block->prefix > 28) {
      findings.add(value.position(),
                   fmt::format("{} '{}' of {} '{}': a VPC or subnet block must be /16 to /28", key,
                               value.text(), resource.type, resource.name));
    } else if (net::hasHostBits(*block)) {
      findings.add(value.position(),
                   fmt::format("{} '{}' has host bits set: the address is not the start of a /{} "
                               "block",
                               key, value.text(), block->prefix));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeMalformedCidrRule() { return std::make_unique<MalformedCidrRule>(); }

}  // namespace vpcsynth::lint
