#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// CIDR arithmetic for IPv4 and IPv6, shared by the configuration, the pattern, lint and diff.
namespace vpcsynth::net {

/// An IPv4 or IPv6 block. IPv4 addresses sit in the last four bytes.
struct Cidr {
  bool v6 = false;
  std::array<std::uint8_t, 16> address{};
  unsigned prefix = 0;

  unsigned bits() const { return v6 ? 128 : 32; }
  friend bool operator==(const Cidr&, const Cidr&) = default;
};

/// The IPv4 block `address/prefix` (address as a 32-bit number).
Cidr ipv4Block(std::uint32_t address, unsigned prefix);

/// The first address of an IPv4 block as a 32-bit number.
std::uint32_t ipv4Address(const Cidr& block);

/// Parses `a.b.c.d/n` or an IPv6 `x:y::z/n` as a template may hold it (host bits allowed, see
/// `hasHostBits`); nullopt when malformed.
std::optional<Cidr> parseCidr(std::string_view text);

/// Parses a dotted-quad address ("10.0.0.1"): four decimal octets, no leading zeros.
std::optional<std::uint32_t> parseIpv4Address(std::string_view text);

/// A strictly parsed IPv4 network, or why the text is not one.
struct Ipv4NetworkParse {
  std::optional<Cidr> cidr;
  std::string error;
};

/// Parses "a.b.c.d/n" as a configuration must give it: no leading zeros, and no host bits
/// ("10.0.0.1/16" is an error that names the block the user probably meant).
Ipv4NetworkParse parseIpv4Network(std::string_view text);

/// True when the address has bits set below the prefix (`10.0.0.1/16`).
bool hasHostBits(const Cidr& block);

/// True when every address of `inner` is in `outer` (same family).
bool contains(const Cidr& outer, const Cidr& inner);

/// True when the blocks share an address (same family).
bool overlaps(const Cidr& a, const Cidr& b);

/// True for an IPv4 block inside the private ranges (RFC 1918) or the shared address space
/// (100.64.0.0/10), where no public service address lies.
bool isPrivateIpv4(const Cidr& block);

/// `10.0.0.0/24`; IPv6 blocks are written without compression.
std::string formatCidr(const Cidr& block);

/// Number of addresses of an IPv4 block (2^(32-prefix)).
std::uint64_t ipv4AddressCount(const Cidr& block);

/// The `index`-th block of length `newPrefix` inside `parent`, or nullopt when `newPrefix` is
/// shorter than the parent's, longer than the family allows, or `index` lies past the end.
std::optional<Cidr> carveSubnet(const Cidr& parent, unsigned newPrefix, std::uint64_t index);

/// What `Fn::Cidr [block, count, hostBits]` gives: `count` consecutive blocks with `hostBits`
/// host bits each, from the start of `block`; nullopt when they do not fit.
std::optional<std::vector<Cidr>> splitCidr(const Cidr& block, unsigned count, unsigned hostBits);

}  // namespace vpcsynth::net
