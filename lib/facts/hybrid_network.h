#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

// What AWS documents about connecting a VPC on premises that synth and lint rely on, each with
// its source and the day it was read (hybrid_network.cc).
namespace vpcsynth::facts {

/// One documented fact: what it says, where, and when it was read (YYYY-MM-DD).
struct HybridNetworkFact {
  std::string_view summary;
  std::string_view source;
  std::string_view read;
};

/// Every fact of this table, for the documentation and its test.
const std::vector<HybridNetworkFact>& hybridNetworkFacts();

/// A new Direct Connect gateway's Amazon-side ASN must be private: 64512-65534 or
/// 4200000000-4294967294.
bool isPrivateAmazonSideAsn(std::int64_t asn);

}  // namespace vpcsynth::facts
