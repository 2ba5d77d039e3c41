#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vpcsynth::lint {

/// An IPv4 or IPv6 block. IPv4 addresses sit in the last four bytes.
struct Cidr {
  bool v6 = false;
  std::array<std::uint8_t, 16> address{};
  unsigned prefix = 0;

  unsigned bits() const { return v6 ? 128 : 32; }
};

/// Parses `a.b.c.d/n` or an IPv6 `x:y::z/n`; nullopt when malformed.
std::optional<Cidr> parseCidr(std::string_view text);

/// True when the address has bits set below the prefix (`10.0.0.1/16`).
bool hasHostBits(const Cidr& block);

/// True when every address of `inner` is in `outer` (same family).
bool contains(const Cidr& outer, const Cidr& inner);

/// True when the blocks share an address (same family).
bool overlaps(const Cidr& a, const Cidr& b);

/// `10.0.0.0/24`; IPv6 blocks are written without compression.
std::string formatCidr(const Cidr& block);

/// What `Fn::Cidr [block, count, hostBits]` gives: `count` consecutive blocks with `hostBits`
/// host bits each, from the start of `block`; nullopt when they do not fit.
std::optional<std::vector<Cidr>> splitCidr(const Cidr& block, unsigned count, unsigned hostBits);

}  // namespace vpcsynth::lint
