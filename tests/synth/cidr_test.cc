#include "pattern/cidr.h"

#include <catch2/catch.hpp>

using namespace vpcsynth;

namespace {

Ipv4Cidr cidr(std::string_view text) {
  CidrParse parsed = parseCidr(text);
  INFO(text << ": " << parsed.error);
  REQUIRE(parsed.cidr);
  return *parsed.cidr;
}

}  // namespace

TEST_CASE("a CIDR block parses and formats back to the same text") {
  for (std::string_view text : {"10.0.0.0/16", "0.0.0.0/0", "192.168.1.128/25", "10.1.2.3/32"}) {
    CHECK(formatCidr(cidr(text)) == text);
  }
  CHECK(cidr("10.0.0.0/16").address == 0x0A000000u);
  CHECK(cidr("10.0.0.0/16").prefix == 16);
}

TEST_CASE("malformed CIDR blocks are rejected with the reason") {
  CHECK(parseCidr("10.0.0.0").error == "'10.0.0.0' is not a CIDR block: expected a.b.c.d/n");
  CHECK(parseCidr("10.0.0/16").error ==
        "'10.0.0/16' is not a CIDR block: '10.0.0' is not an IPv4 address");
  CHECK(parseCidr("10.0.0.256/16").error.find("is not an IPv4 address") != std::string::npos);
  CHECK(parseCidr("10.0.0.0/33").error ==
        "'10.0.0.0/33' is not a CIDR block: the prefix length must be 0-32");
  CHECK(parseCidr("010.0.0.0/8").error.find("is not an IPv4 address") != std::string::npos);
  CHECK(parseCidr("10.0.0.0/-1").error.find("prefix length") != std::string::npos);
  CHECK(parseCidr("10.0.0.0/16 ").error.find("prefix length") != std::string::npos);
  CHECK(!parseCidr("").cidr);
}

TEST_CASE("host bits set name the block the user probably meant") {
  CHECK(parseCidr("10.0.5.1/24").error ==
        "'10.0.5.1/24' has host bits set; did you mean 10.0.5.0/24?");
}

TEST_CASE("containment and overlap") {
  CHECK(contains(cidr("10.0.0.0/16"), cidr("10.0.32.0/19")));
  CHECK(contains(cidr("10.0.0.0/16"), cidr("10.0.0.0/16")));
  CHECK_FALSE(contains(cidr("10.0.0.0/16"), cidr("10.1.0.0/24")));
  CHECK_FALSE(contains(cidr("10.0.0.0/24"), cidr("10.0.0.0/16")));
  CHECK(contains(cidr("0.0.0.0/0"), cidr("255.255.255.255/32")));
  CHECK(overlaps(cidr("10.0.0.0/24"), cidr("10.0.0.128/25")));
  CHECK(overlaps(cidr("10.0.0.128/25"), cidr("10.0.0.0/24")));
  CHECK_FALSE(overlaps(cidr("10.0.0.0/25"), cidr("10.0.0.128/25")));
}

TEST_CASE("address counts and last addresses") {
  CHECK(addressCount(cidr("10.0.0.0/16")) == 65536);
  CHECK(addressCount(cidr("0.0.0.0/0")) == 4294967296ull);
  CHECK(formatIpv4Address(lastAddress(cidr("10.0.0.0/28"))) == "10.0.0.15");
}

TEST_CASE("subnets are carved in order and never past the parent") {
  const Ipv4Cidr vpc = cidr("10.0.0.0/16");
  CHECK(formatCidr(*carveSubnet(vpc, 19, 0)) == "10.0.0.0/19");
  CHECK(formatCidr(*carveSubnet(vpc, 19, 1)) == "10.0.32.0/19");
  CHECK(formatCidr(*carveSubnet(vpc, 19, 7)) == "10.0.224.0/19");
  CHECK_FALSE(carveSubnet(vpc, 19, 8));
  CHECK_FALSE(carveSubnet(vpc, 15, 0));
  CHECK_FALSE(carveSubnet(vpc, 33, 0));
  CHECK(formatCidr(*carveSubnet(vpc, 32, 65535)) == "10.0.255.255/32");
  CHECK(formatCidr(*carveSubnet(cidr("0.0.0.0/0"), 1, 1)) == "128.0.0.0/1");
}
