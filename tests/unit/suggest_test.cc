#include "text/suggest.h"

#include <catch2/catch.hpp>

using namespace vpcsynth;

TEST_CASE("did you mean: one close name, or none") {
  CHECK(closestName("Vcp", {"Vpc", "Subnet"}) == "Vpc");
  CHECK(closestName("PrivateSubnetA", {"PrivateSubnetB", "PrivateSubnetA1"}) == "PrivateSubnetB");
  CHECK(closestName("Bucket", {"Vpc", "Subnet"}).empty());
  CHECK(closestName("vpc", {"Vpc"}) == "Vpc");
  CHECK(editDistance("kitten", "sitting") == 3);
}

TEST_CASE("did you mean: case does not count as an edit") {
  const std::vector<std::string_view> keys = {"cidr", "azs", "nat", "private-subnets"};
  CHECK(closestName("privat-subnets", keys) == "private-subnets");
  CHECK(closestName("AZS", keys) == "azs");
  CHECK(closestName("region", keys).empty());
  CHECK(didYouMean("nta", keys) == " (did you mean 'nat'?)");
  CHECK(didYouMean("zzzzzz", keys).empty());
}
