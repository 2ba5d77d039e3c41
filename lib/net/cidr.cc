#include "net/cidr.h"

#include <fmt/format.h>

#include <charconv>

namespace vpcsynth::net {
namespace {

std::optional<unsigned> parseNumber(std::string_view text, int base, unsigned max) {
  if (text.empty() || text.size() > 5) return std::nullopt;
  unsigned value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  if (error != std::errc() || end != text.data() + text.size() || value > max) return std::nullopt;
  return value;
}

// Four decimal octets into `out`. Templates are read as EC2 reads them, so leading zeros are
// accepted here; the strict configuration parser rejects them itself.
bool parseIpv4(std::string_view text, std::uint8_t* out) {
  for (int part = 0; part < 4; ++part) {
    const std::size_t dot = text.find('.');
    if ((part < 3) == (dot == std::string_view::npos)) return false;
    std::string_view digits = text.substr(0, dot);
    if (digits.size() > 3) return false;
    auto value = parseNumber(digits, 10, 255);
    if (!value) return false;
    out[part] = static_cast<std::uint8_t>(*value);
    text = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  }
  return true;
}

bool parseGroups(std::string_view text, std::vector<std::uint16_t>& groups) {
  if (text.empty()) return true;
  while (true) {
    const std::size_t colon = text.find(':');
    std::string_view digits = text.substr(0, colon);
    if (digits.size() > 4) return false;
    auto value = parseNumber(digits, 16, 0xFFFF);
    if (!value) return false;
    groups.push_back(static_cast<std::uint16_t>(*value));
    if (colon == std::string_view::npos) return true;
    text = text.substr(colon + 1);
  }
}

bool parseIpv6(std::string_view text, std::uint8_t* out) {
  std::vector<std::uint16_t> head, tail;
  const std::size_t gap = text.find("::");
  if (gap == std::string_view::npos) {
    if (!parseGroups(text, head) || head.size() != 8) return false;
  } else {
    if (text.find("::", gap + 1) != std::string_view::npos) return false;
    if (!parseGroups(text.substr(0, gap), head) || !parseGroups(text.substr(gap + 2), tail)) {
      return false;
    }
    if (head.size() + tail.size() > 7) return false;
  }
  std::array<std::uint16_t, 8> groups{};
  for (std::size_t i = 0; i < head.size(); ++i) groups[i] = head[i];
  for (std::size_t i = 0; i < tail.size(); ++i) groups[8 - tail.size() + i] = tail[i];
  for (std::size_t i = 0; i < 8; ++i) {
    out[2 * i] = static_cast<std::uint8_t>(groups[i] >> 8);
    out[2 * i + 1] = static_cast<std::uint8_t>(groups[i] & 0xFF);
  }
  return true;
}

// Bits are counted from the most significant bit of the family's address.
unsigned offsetOf(const Cidr& block, unsigned index) { return block.v6 ? index : index + 96; }

bool bitAt(const Cidr& block, unsigned index) {
  const unsigned offset = offsetOf(block, index);
  return (block.address[offset / 8] >> (7 - offset % 8)) & 1;
}

void setBit(Cidr& block, unsigned index, bool on) {
  const unsigned offset = offsetOf(block, index);
  const auto mask = static_cast<std::uint8_t>(1u << (7 - offset % 8));
  block.address[offset / 8] = static_cast<std::uint8_t>(on ? block.address[offset / 8] | mask
                                                           : block.address[offset / 8] & ~mask);
}

void clearHostBits(Cidr& block) {
  for (unsigned i = block.prefix; i < block.bits(); ++i) setBit(block, i, false);
}

bool hasLeadingZero(std::string_view address) {
  for (std::size_t start = 0; start < address.size();) {
    const std::size_t dot = std::min(address.find('.', start), address.size());
    if (dot - start > 1 && address[start] == '0') return true;
    start = dot + 1;
  }
  return false;
}

}  // namespace

Cidr ipv4Block(std::uint32_t address, unsigned prefix) {
  Cidr block;
  block.prefix = prefix;
  for (int i = 0; i < 4; ++i)
    block.address[12 + i] = static_cast<std::uint8_t>(address >> (24 - 8 * i));
  return block;
}

std::uint32_t ipv4Address(const Cidr& block) {
  return std::uint32_t{block.address[12]} << 24 | std::uint32_t{block.address[13]} << 16 |
         std::uint32_t{block.address[14]} << 8 | block.address[15];
}

std::optional<Cidr> parseCidr(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Cidr block;
  std::string_view address = text.substr(0, slash);
  block.v6 = address.find(':') != std::string_view::npos;
  const bool parsed = block.v6 ? parseIpv6(address, block.address.data())
                               : parseIpv4(address, block.address.data() + 12);
  if (!parsed) return std::nullopt;
  auto prefix = parseNumber(text.substr(slash + 1), 10, block.bits());
  if (!prefix || text.substr(slash + 1).size() > 3) return std::nullopt;
  block.prefix = *prefix;
  return block;
}

std::optional<std::uint32_t> parseIpv4Address(std::string_view text) {
  Cidr block;
  if (hasLeadingZero(text) || !parseIpv4(text, block.address.data() + 12)) return std::nullopt;
  return ipv4Address(block);
}

Ipv4NetworkParse parseIpv4Network(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    return {std::nullopt, fmt::format("'{}' is not a CIDR block: expected a.b.c.d/n", text)};
  }
  const std::string_view address = text.substr(0, slash);
  const std::string_view prefix = text.substr(slash + 1);
  if (!parseIpv4Address(address)) {
    return {std::nullopt,
            fmt::format("'{}' is not a CIDR block: '{}' is not an IPv4 address", text, address)};
  }
  if (prefix.empty() || prefix.size() > 2 || (prefix.size() > 1 && prefix[0] == '0') ||
      !parseNumber(prefix, 10, 32)) {
    return {std::nullopt,
            fmt::format("'{}' is not a CIDR block: the prefix length must be 0-32", text)};
  }
  Cidr block = *parseCidr(text);
  if (hasHostBits(block)) {
    clearHostBits(block);
    return {std::nullopt,
            fmt::format("'{}' has host bits set; did you mean {}?", text, formatCidr(block))};
  }
  return {block, {}};
}

bool hasHostBits(const Cidr& block) {
  for (unsigned i = block.prefix; i < block.bits(); ++i) {
    if (bitAt(block, i)) return true;
  }
  return false;
}

bool contains(const Cidr& outer, const Cidr& inner) {
  if (outer.v6 != inner.v6 || inner.prefix < outer.prefix) return false;
  for (unsigned i = 0; i < outer.prefix; ++i) {
    if (bitAt(outer, i) != bitAt(inner, i)) return false;
  }
  return true;
}

bool overlaps(const Cidr& a, const Cidr& b) { return contains(a, b) || contains(b, a); }

bool isPrivateIpv4(const Cidr& block) {
  static const std::array<Cidr, 4> kPrivate = {
      ipv4Block(0x0A000000u, 8), ipv4Block(0xAC100000u, 12), ipv4Block(0xC0A80000u, 16),
      ipv4Block(0x64400000u, 10)};
  for (const Cidr& range : kPrivate) {
    if (contains(range, block)) return true;
  }
  return false;
}

std::string formatCidr(const Cidr& block) {
  if (!block.v6) {
    return fmt::format("{}.{}.{}.{}/{}", block.address[12], block.address[13], block.address[14],
                       block.address[15], block.prefix);
  }
  std::string out;
  for (std::size_t i = 0; i < 8; ++i) {
    if (i > 0) out += ':';
    out += fmt::format("{:x}", (block.address[2 * i] << 8) | block.address[2 * i + 1]);
  }
  return out + fmt::format("/{}", block.prefix);
}

std::uint64_t ipv4AddressCount(const Cidr& block) {
  return std::uint64_t{1} << (32 - std::min(block.prefix, 32u));
}

std::optional<Cidr> carveSubnet(const Cidr& parent, unsigned newPrefix, std::uint64_t index) {
  if (newPrefix < parent.prefix || newPrefix > parent.bits()) return std::nullopt;
  const unsigned extraBits = newPrefix - parent.prefix;
  if (extraBits < 64 && index >= (std::uint64_t{1} << extraBits)) return std::nullopt;
  Cidr child = parent;
  clearHostBits(child);
  child.prefix = newPrefix;
  // Write `index` into the bits just above the new host bits, counting from the least
  // significant.
  for (unsigned bit = 0; bit < extraBits && bit < 64; ++bit) {
    if ((index >> bit) & 1u) setBit(child, newPrefix - 1 - bit, true);
  }
  return child;
}

std::optional<std::vector<Cidr>> splitCidr(const Cidr& block, unsigned count, unsigned hostBits) {
  if (hostBits == 0 || hostBits > block.bits() || count == 0) return std::nullopt;
  const unsigned prefix = block.bits() - hostBits;
  if (prefix < block.prefix) return std::nullopt;
  const unsigned subnetBits = prefix - block.prefix;
  if (subnetBits < 32 && count > (1ull << subnetBits)) return std::nullopt;
  std::vector<Cidr> blocks;
  blocks.reserve(count);
  for (unsigned n = 0; n < count; ++n) blocks.push_back(*carveSubnet(block, prefix, n));
  return blocks;
}

}  // namespace vpcsynth::net
