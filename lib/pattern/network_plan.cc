#include "pattern/network_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace vpcsynth {
namespace {

constexpr unsigned kSmallestVpcPrefix = 16;
constexpr unsigned kLargestSubnetPrefix = 28;
constexpr unsigned kPrivateCarveBits = 3;
constexpr unsigned kPublicCarveBits = 6;
constexpr std::uint32_t kPublicEighth = 6;

void addError(Problems& problems, std::string_view ruleId, std::string key, std::string message) {
  problems.push_back({Severity::Error, ruleId, std::move(key), std::move(message)});
}

std::optional<net::Cidr> parseOrReport(const std::string& text, const std::string& key,
                                       Problems& problems) {
  net::Ipv4NetworkParse parsed = net::parseIpv4Network(text);
  if (!parsed.cidr) addError(problems, config_rule::kInvalidCidr, key, parsed.error);
  return parsed.cidr;
}

// A subnet CIDR together with where it came from, for overlap messages.
struct PlacedSubnet {
  net::Cidr cidr;
  std::string key;
  bool carved = false;
};

std::string describe(const PlacedSubnet& subnet) {
  return subnet.carved ? fmt::format("{} (carved for {})", formatCidr(subnet.cidr), subnet.key)
                       : fmt::format("{} ({})", formatCidr(subnet.cidr), subnet.key);
}

// Explicit subnets of one kind, each checked on its own.
std::vector<PlacedSubnet> explicitSubnets(const std::vector<std::string>& texts,
                                          const std::string& listKey, int azCount,
                                          const std::optional<net::Cidr>& vpc, Problems& problems) {
  if (azCount >= kMinAzs && azCount <= kMaxAzs &&
      texts.size() != static_cast<std::size_t>(azCount)) {
    addError(problems, config_rule::kAzCount, listKey,
             fmt::format("{} subnet CIDRs given for {} AZs: give exactly one per AZ, or none to "
                         "carve them from network.cidr",
                         texts.size(), azCount));
  }
  std::vector<PlacedSubnet> placed;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string key = fmt::format("{}[{}]", listKey, i);
    auto cidr = parseOrReport(texts[i], key, problems);
    if (!cidr) continue;
    if (cidr->prefix > kLargestSubnetPrefix || cidr->prefix < kSmallestVpcPrefix) {
      addError(problems, config_rule::kBlockSize, key,
               fmt::format("subnet {} must be between /16 and /28", formatCidr(*cidr)));
    }
    if (vpc && !contains(*vpc, *cidr)) {
      addError(
          problems, config_rule::kSubnetOutsideVpc, key,
          fmt::format("subnet {} is not inside the VPC {}", formatCidr(*cidr), formatCidr(*vpc)));
    }
    placed.push_back({*cidr, key, false});
  }
  return placed;
}

// Carved subnets of one kind, or a problem at network.cidr when the VPC is too small.
std::vector<PlacedSubnet> carvedSubnets(const net::Cidr& vpc, int azCount, bool isPublic,
                                        Problems& problems) {
  const unsigned prefix = vpc.prefix + (isPublic ? kPublicCarveBits : kPrivateCarveBits);
  const char* kind = isPublic ? "public" : "private";
  if (prefix > kLargestSubnetPrefix) {
    addError(problems, config_rule::kBlockSize, "network.cidr",
             fmt::format("the VPC {} is too small to carve /{} {} subnets (the smallest subnet "
                         "is /28): use a VPC of /{} or larger, or list network.{}-subnets",
                         formatCidr(vpc), prefix, kind,
                         kLargestSubnetPrefix - (isPublic ? kPublicCarveBits : kPrivateCarveBits),
                         kind));
    return {};
  }
  std::vector<PlacedSubnet> placed;
  for (int i = 0; i < azCount; ++i) {
    const auto az = static_cast<std::uint32_t>(i);
    std::optional<net::Cidr> cidr =
        isPublic ? carveSubnet(*carveSubnet(vpc, vpc.prefix + kPrivateCarveBits, kPublicEighth),
                               prefix, az)
                 : carveSubnet(vpc, prefix, az);
    placed.push_back({*cidr, fmt::format("network.{}-subnets[{}]", kind, i), true});
  }
  return placed;
}

std::vector<net::Cidr> cidrsOf(const std::vector<PlacedSubnet>& subnets) {
  std::vector<net::Cidr> cidrs;
  for (const PlacedSubnet& subnet : subnets) cidrs.push_back(subnet.cidr);
  return cidrs;
}

void reportOverlaps(const std::vector<PlacedSubnet>& subnets, Problems& problems) {
  for (std::size_t i = 0; i < subnets.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (!overlaps(subnets[i].cidr, subnets[j].cidr)) continue;
      // Report at the subnet the user wrote, not at one the tool carved.
      const bool reportAtJ = subnets[i].carved && !subnets[j].carved;
      const PlacedSubnet& at = reportAtJ ? subnets[j] : subnets[i];
      const PlacedSubnet& other = reportAtJ ? subnets[i] : subnets[j];
      addError(problems, config_rule::kOverlappingCidrs, at.key,
               fmt::format("{} overlaps {}", formatCidr(at.cidr), describe(other)));
    }
  }
}

std::vector<net::Cidr> planOnPremises(const OnPremisesSpec& onPremises,
                                      const std::optional<net::Cidr>& vpc, Problems& problems) {
  std::vector<PlacedSubnet> placed;
  for (std::size_t i = 0; i < onPremises.cidrs.size(); ++i) {
    std::string key = fmt::format("on-premises.cidrs[{}]", i);
    auto cidr = parseOrReport(onPremises.cidrs[i], key, problems);
    if (!cidr) continue;
    if (vpc && overlaps(*vpc, *cidr)) {
      addError(problems, config_rule::kOnPremisesOverlap, key,
               fmt::format("on-premises network {} overlaps the VPC {}: traffic to it would "
                           "never leave the VPC",
                           formatCidr(*cidr), formatCidr(*vpc)));
    }
    placed.push_back({*cidr, key, false});
  }
  reportOverlaps(placed, problems);
  return cidrsOf(placed);
}

// A virtual private gateway association advertises the whole VPC CIDR, and only through an
// allowed prefix that is the same or wider: a narrower or unrelated prefix advertises nothing.
std::vector<net::Cidr> planAllowedPrefixes(const DirectConnectSpec& directConnect,
                                           const std::optional<net::Cidr>& vpc,
                                           Problems& problems) {
  if (directConnect.allowedPrefixes.empty()) {
    if (vpc) return {*vpc};
    return {};
  }
  std::vector<net::Cidr> prefixes;
  for (std::size_t i = 0; i < directConnect.allowedPrefixes.size(); ++i) {
    std::string key = fmt::format("on-premises.direct-connect.allowed-prefixes[{}]", i);
    auto cidr = parseOrReport(directConnect.allowedPrefixes[i], key, problems);
    if (!cidr) continue;
    if (vpc && !contains(*cidr, *vpc)) {
      addError(problems, config_rule::kAllowedPrefixOutsideVpc, key,
               fmt::format("{} does not hold the VPC {}: the Direct Connect gateway advertises "
                           "the VPC's whole CIDR, and only through an allowed prefix that is the "
                           "same or wider, so {} advertises nothing",
                           formatCidr(*cidr), formatCidr(*vpc),
                           overlaps(*cidr, *vpc) ? "this narrower prefix" : "a prefix outside it"));
    }
    prefixes.push_back(*cidr);
  }
  return prefixes;
}

// Client ranges must lie inside an on-premises network, or replies to them would not be routed
// back on premises.
std::vector<net::Cidr> planClients(const OnPremisesSpec& onPremises,
                                   const std::vector<net::Cidr>& networks, Problems& problems) {
  std::vector<net::Cidr> clients;
  for (std::size_t i = 0; i < onPremises.clientCidrs.size(); ++i) {
    std::string key = fmt::format("on-premises.client-cidrs[{}]", i);
    auto cidr = parseOrReport(onPremises.clientCidrs[i], key, problems);
    if (!cidr) continue;
    const bool routed = std::any_of(networks.begin(), networks.end(),
                                    [&](const net::Cidr& net) { return contains(net, *cidr); });
    if (!routed && networks.size() == onPremises.cidrs.size()) {
      addError(problems, config_rule::kClientNotOnPremises, key,
               fmt::format("clients in {} are inside no network of on-premises.cidrs: the VPC "
                           "would have no route back to them",
                           formatCidr(*cidr)));
    }
    clients.push_back(*cidr);
  }
  return clients;
}

}  // namespace

NetworkPlan planNetwork(const PatternSpec& spec, Problems& problems) {
  const NetworkSpec& network = spec.network;
  NetworkPlan plan;
  std::optional<net::Cidr> vpc = parseOrReport(network.cidr, "network.cidr", problems);
  if (vpc && (vpc->prefix < kSmallestVpcPrefix || vpc->prefix > kLargestSubnetPrefix)) {
    addError(problems, config_rule::kBlockSize, "network.cidr",
             fmt::format("the VPC {} must be between /16 and /28", formatCidr(*vpc)));
    vpc.reset();
  }
  if (vpc) plan.vpc = *vpc;

  const bool azCountValid = network.azCount >= kMinAzs && network.azCount <= kMaxAzs;
  if (!azCountValid) {
    addError(problems, config_rule::kAzCount, "network.azs",
             fmt::format("the number of AZs must be between {} and {}, not {}", kMinAzs, kMaxAzs,
                         network.azCount));
  }

  std::vector<PlacedSubnet> all;
  auto planKind = [&](const std::vector<std::string>& given, bool isPublic) {
    std::vector<PlacedSubnet> subnets;
    if (!given.empty()) {
      subnets =
          explicitSubnets(given, isPublic ? "network.public-subnets" : "network.private-subnets",
                          network.azCount, vpc, problems);
    } else if (vpc && azCountValid) {
      subnets = carvedSubnets(*vpc, network.azCount, isPublic, problems);
    }
    all.insert(all.end(), subnets.begin(), subnets.end());
    return cidrsOf(subnets);
  };
  plan.privateSubnets = planKind(network.privateSubnets, false);
  if (spec.variant == Variant::NatEgress || !network.publicSubnets.empty()) {
    plan.publicSubnets = planKind(network.publicSubnets, true);
  }
  // Only nat-egress has public subnets; listed ones are checked, then left out.
  if (spec.variant != Variant::NatEgress) plan.publicSubnets.clear();
  reportOverlaps(all, problems);

  if (spec.onPremises.enabled) {
    plan.onPremisesCidrs = planOnPremises(spec.onPremises, vpc, problems);
    if (spec.onPremises.uses(OnPremisesLink::DirectConnect)) {
      plan.allowedPrefixes = planAllowedPrefixes(spec.onPremises.directConnect, vpc, problems);
    }
    plan.onPremisesClients = planClients(spec.onPremises, plan.onPremisesCidrs, problems);
  }
  return plan;
}

}  // namespace vpcsynth
