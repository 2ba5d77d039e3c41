#include "pattern/cidr.h"

#include <fmt/format.h>

#include <charconv>

namespace vpcsynth {
namespace {

std::uint32_t netmask(unsigned prefix) {
  return prefix == 0 ? 0u : ~std::uint32_t{0} << (32 - prefix);
}

// A decimal number without sign or leading zeros, at most `max`.
std::optional<std::uint32_t> parseDecimal(std::string_view text, std::uint32_t max) {
  if (text.empty() || text.size() > 3 || (text.size() > 1 && text[0] == '0')) return std::nullopt;
  std::uint32_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > max) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::optional<std::uint32_t> parseIpv4Address(std::string_view text) {
  std::uint32_t address = 0;
  for (int octet = 0; octet < 4; ++octet) {
    std::size_t dot = octet < 3 ? text.find('.') : text.size();
    if (dot == std::string_view::npos) return std::nullopt;
    auto value = parseDecimal(text.substr(0, dot), 255);
    if (!value) return std::nullopt;
    address = address << 8 | *value;
    text.remove_prefix(octet < 3 ? dot + 1 : dot);
  }
  return address;
}

CidrParse parseCidr(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    return {std::nullopt, fmt::format("'{}' is not a CIDR block: expected a.b.c.d/n", text)};
  }
  auto address = parseIpv4Address(text.substr(0, slash));
  if (!address) {
    return {std::nullopt, fmt::format("'{}' is not a CIDR block: '{}' is not an IPv4 address", text,
                                      text.substr(0, slash))};
  }
  auto prefix = parseDecimal(text.substr(slash + 1), 32);
  if (!prefix) {
    return {std::nullopt,
            fmt::format("'{}' is not a CIDR block: the prefix length must be 0-32", text)};
  }
  Ipv4Cidr cidr{*address & netmask(*prefix), *prefix};
  if (cidr.address != *address) {
    return {std::nullopt,
            fmt::format("'{}' has host bits set; did you mean {}?", text, formatCidr(cidr))};
  }
  return {cidr, {}};
}

std::string formatIpv4Address(std::uint32_t address) {
  return fmt::format("{}.{}.{}.{}", address >> 24, (address >> 16) & 255u, (address >> 8) & 255u,
                     address & 255u);
}

std::string formatCidr(const Ipv4Cidr& cidr) {
  return fmt::format("{}/{}", formatIpv4Address(cidr.address), cidr.prefix);
}

std::uint64_t addressCount(const Ipv4Cidr& cidr) { return std::uint64_t{1} << (32 - cidr.prefix); }

std::uint32_t lastAddress(const Ipv4Cidr& cidr) { return cidr.address | ~netmask(cidr.prefix); }

bool contains(const Ipv4Cidr& outer, const Ipv4Cidr& inner) {
  return inner.prefix >= outer.prefix && (inner.address & netmask(outer.prefix)) == outer.address;
}

bool overlaps(const Ipv4Cidr& a, const Ipv4Cidr& b) { return contains(a, b) || contains(b, a); }

std::optional<Ipv4Cidr> carveSubnet(const Ipv4Cidr& parent, unsigned newPrefix,
                                    std::uint32_t index) {
  if (newPrefix < parent.prefix || newPrefix > 32) return std::nullopt;
  const unsigned extraBits = newPrefix - parent.prefix;
  if (extraBits < 32 && index >= (std::uint32_t{1} << extraBits)) return std::nullopt;
  const std::uint32_t offset = newPrefix == 0 ? 0u : index << (32 - newPrefix);
  return Ipv4Cidr{parent.address | offset, newPrefix};
}

}  // namespace vpcsynth
