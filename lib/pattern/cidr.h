#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vpcsynth {

/// An IPv4 address block: `address` holds the first address, `prefix` the length of the
/// network part (0-32).
struct Ipv4Cidr {
  std::uint32_t address = 0;
  unsigned prefix = 0;

  friend bool operator==(const Ipv4Cidr&, const Ipv4Cidr&) = default;
};

/// A parsed IPv4 CIDR, or why the text is not one.
struct CidrParse {
  std::optional<Ipv4Cidr> cidr;
  std::string error;
};

/// Parses a dotted-quad address ("10.0.0.1"): four decimal octets, no leading zeros.
std::optional<std::uint32_t> parseIpv4Address(std::string_view text);

/// Parses "a.b.c.d/n". Host bits must be zero ("10.0.0.1/16" is an error that names the block
/// the user probably meant).
CidrParse parseCidr(std::string_view text);

/// "10.0.0.0" for an address.
std::string formatIpv4Address(std::uint32_t address);

/// "10.0.0.0/16".
std::string formatCidr(const Ipv4Cidr& cidr);

/// Number of addresses in the block (2^(32-prefix)).
std::uint64_t addressCount(const Ipv4Cidr& cidr);

/// The last address of the block.
std::uint32_t lastAddress(const Ipv4Cidr& cidr);

/// True when every address of `inner` lies in `outer`.
bool contains(const Ipv4Cidr& outer, const Ipv4Cidr& inner);

/// True when the two blocks share at least one address.
bool overlaps(const Ipv4Cidr& a, const Ipv4Cidr& b);

/// The `index`-th block of length `newPrefix` inside `parent`, or nullopt when `newPrefix` is
/// shorter than the parent's or `index` lies past the end of the parent.
std::optional<Ipv4Cidr> carveSubnet(const Ipv4Cidr& parent, unsigned newPrefix,
                                    std::uint32_t index);

}  // namespace vpcsynth
