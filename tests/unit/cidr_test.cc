#include "net/cidr.h"

#include <catch2/catch.hpp>

using namespace vpcsynth::net;

namespace {

Cidr cidr(std::string_view text) {
  Ipv4NetworkParse parsed = parseIpv4Network(text);
  INFO(text << ": " << parsed.error);
  REQUIRE(parsed.cidr);
  return *parsed.cidr;
}

}  // namespace

TEST_CASE("an IPv4 network parses and formats back to the same text") {
  for (std::string_view text : {"10.0.0.0/16", "0.0.0.0/0", "192.168.1.128/25", "10.1.2.3/32"}) {
    CHECK(formatCidr(cidr(text)) == text);
  }
  CHECK(ipv4Address(cidr("10.0.0.0/16")) == 0x0A000000u);
  CHECK(cidr("10.0.0.0/16").prefix == 16);
  CHECK(ipv4Block(0x0A000000u, 16) == cidr("10.0.0.0/16"));
}

TEST_CASE("a malformed configuration network is rejected with the reason") {
  CHECK(parseIpv4Network("10.0.0.0").error == "'10.0.0.0' is not a CIDR block: expected a.b.c.d/n");
  CHECK(parseIpv4Network("10.0.0/16").error ==
        "'10.0.0/16' is not a CIDR block: '10.0.0' is not an IPv4 address");
  CHECK(parseIpv4Network("10.0.0.256/16").error.find("is not an IPv4 address") !=
        std::string::npos);
  CHECK(parseIpv4Network("10.0.0.0/33").error ==
        "'10.0.0.0/33' is not a CIDR block: the prefix length must be 0-32");
  CHECK(parseIpv4Network("010.0.0.0/8").error.find("is not an IPv4 address") != std::string::npos);
  CHECK(parseIpv4Network("10.0.0.0/-1").error.find("prefix length") != std::string::npos);
  CHECK(parseIpv4Network("10.0.0.0/16 ").error.find("prefix length") != std::string::npos);
  CHECK(parseIpv4Network("10.0.0.0/016").error.find("prefix length") != std::string::npos);
  CHECK(parseIpv4Network("2001:db8::/56").error.find("is not an IPv4 address") !=
        std::string::npos);
  CHECK(!parseIpv4Network("").cidr);
  CHECK(parseIpv4Network("10.0.5.1/24").error ==
        "'10.0.5.1/24' has host bits set; did you mean 10.0.5.0/24?");
}

TEST_CASE("template blocks: IPv4 and IPv6, host bits allowed and reported apart") {
  CHECK(parseCidr("10.0.0.0/16"));
  CHECK_FALSE(parseCidr("10.0.0.0"));
  CHECK_FALSE(parseCidr("10.0.0.256/16"));
  CHECK_FALSE(parseCidr("10.0.0.0/33"));
  CHECK(parseCidr("2001:db8::/56")->v6);
  CHECK(formatCidr(*parseCidr("2001:db8::/56")) == "2001:db8:0:0:0:0:0:0/56");
  CHECK_FALSE(parseCidr("2001:db8:::/56"));
  CHECK_FALSE(parseCidr("2001:db8::/129"));
  CHECK(hasHostBits(*parseCidr("10.0.0.1/16")));
  CHECK_FALSE(hasHostBits(*parseCidr("2001:db8::/32")));
  CHECK(parseIpv4Address("10.0.0.1") == 0x0A000001u);
  CHECK_FALSE(parseIpv4Address("10.0.0.01"));
}

TEST_CASE("containment and overlap, per family") {
  CHECK(contains(cidr("10.0.0.0/16"), cidr("10.0.32.0/19")));
  CHECK(contains(cidr("10.0.0.0/16"), cidr("10.0.0.0/16")));
  CHECK_FALSE(contains(cidr("10.0.0.0/16"), cidr("10.1.0.0/24")));
  CHECK_FALSE(contains(cidr("10.0.0.0/24"), cidr("10.0.0.0/16")));
  CHECK(contains(cidr("0.0.0.0/0"), cidr("255.255.255.255/32")));
  CHECK(overlaps(cidr("10.0.0.0/24"), cidr("10.0.0.128/25")));
  CHECK(overlaps(cidr("10.0.0.128/25"), cidr("10.0.0.0/24")));
  CHECK_FALSE(overlaps(cidr("10.0.0.0/25"), cidr("10.0.0.128/25")));
  CHECK(contains(*parseCidr("::/0"), *parseCidr("2001:db8::/64")));
  CHECK_FALSE(contains(*parseCidr("::/0"), cidr("10.0.0.0/16")));
}

TEST_CASE("address counts") {
  CHECK(ipv4AddressCount(cidr("10.0.0.0/16")) == 65536);
  CHECK(ipv4AddressCount(cidr("0.0.0.0/0")) == 4294967296ull);
}

TEST_CASE("subnets are carved in order and never past the parent") {
  const Cidr vpc = cidr("10.0.0.0/16");
  CHECK(formatCidr(*carveSubnet(vpc, 19, 0)) == "10.0.0.0/19");
  CHECK(formatCidr(*carveSubnet(vpc, 19, 1)) == "10.0.32.0/19");
  CHECK(formatCidr(*carveSubnet(vpc, 19, 7)) == "10.0.224.0/19");
  CHECK_FALSE(carveSubnet(vpc, 19, 8));
  CHECK_FALSE(carveSubnet(vpc, 15, 0));
  CHECK_FALSE(carveSubnet(vpc, 33, 0));
  CHECK(formatCidr(*carveSubnet(vpc, 32, 65535)) == "10.0.255.255/32");
  CHECK(formatCidr(*carveSubnet(cidr("0.0.0.0/0"), 1, 1)) == "128.0.0.0/1");
  CHECK(formatCidr(*carveSubnet(*parseCidr("2001:db8::/56"), 64, 3)) == "2001:db8:0:3:0:0:0:0/64");
}

TEST_CASE("Fn::Cidr splits a block into consecutive blocks") {
  auto blocks = splitCidr(cidr("10.0.0.0/16"), 3, 8);
  REQUIRE(blocks);
  CHECK(formatCidr((*blocks)[2]) == "10.0.2.0/24");
  CHECK_FALSE(splitCidr(cidr("10.0.0.0/24"), 3, 9));
}
