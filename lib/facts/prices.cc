#include "facts/prices.h"

namespace vpcsynth::facts {
namespace {

// us-east-1 (N. Virginia) on-demand list prices, read on the date below. AWS's pricing pages
// render most figures from a region selector, so they were read through stored copies: of the
// PrivateLink page itself (per endpoint per AZ-hour, a partial hour billed as a whole one, per GB
// processed), of the Redshift Serverless billing guide (compute billed per second only while
// queries run: https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-billing.html), and of
// public pages and repositories quoting these pages' us-east-1 figures or AWS Pricing API line
// items ("$0.05 per VPN Connection-Hour"; $0.375 per RPU-hour in us-east-1, $0.36 in us-west-2).
// Tests pin every cost line to this table, not to live prices: when AWS changes a price, change
// it here, the date, and the table in docs/synth.md (tests/cost checks that the page quotes it).
constexpr std::string_view kRegion = "us-east-1";
constexpr std::string_view kReadOn = "2026-11-30";

constexpr std::string_view kVpcPricing = "https://aws.amazon.com/vpc/pricing/";
constexpr std::string_view kPrivateLinkPricing = "https://aws.amazon.com/privatelink/pricing/";
constexpr std::string_view kVpnPricing = "https://aws.amazon.com/vpn/pricing/";
constexpr std::string_view kRedshiftPricing = "https://aws.amazon.com/redshift/pricing/";

// Announced by AWS on 2023-07-28 ("Public IPv4 Addresses Cost Projection", repost.aws): from
// 2024-02-01 every public IPv4 address is charged $0.005 an hour, in use or idle, including the
// Elastic IP of a NAT gateway.
constexpr std::string_view kPublicIpv4Since = "2024-02-01";

}  // namespace

std::string_view listPriceRegion() { return kRegion; }

std::string_view listPriceDate() { return kReadOn; }

std::string_view publicIpv4ChargedSince() { return kPublicIpv4Since; }

const std::vector<ListPrice>& listPrices() {
  static const std::vector<ListPrice> prices = {
      // Per NAT gateway-hour while it exists, and per GB it processes in either direction.
      {"nat-gateway-hour", 0.045, "hour", kVpcPricing},
      {"nat-gateway-gb", 0.045, "GB", kVpcPricing},
      // Per public IPv4 address-hour (an Elastic IP, attached or not).
      {"public-ipv4-hour", 0.005, "hour", kVpcPricing},
      // Per interface endpoint per AZ-hour (a partial hour counts as a whole one), and per GB
      // processed (the first PB a month in the region).
      {"interface-endpoint-az-hour", 0.01, "hour", kPrivateLinkPricing},
      {"interface-endpoint-gb", 0.01, "GB", kPrivateLinkPricing},
      // Per Site-to-Site VPN connection-hour while the connection is available.
      {"vpn-connection-hour", 0.05, "hour", kVpnPricing},
      // Provisioned clusters, on demand, per node-hour.
      {"redshift-node-hour.ra3.large", 0.543, "hour", kRedshiftPricing},
      {"redshift-node-hour.ra3.xlplus", 1.086, "hour", kRedshiftPricing},
      {"redshift-node-hour.ra3.4xlarge", 3.26, "hour", kRedshiftPricing},
      {"redshift-node-hour.ra3.16xlarge", 13.04, "hour", kRedshiftPricing},
      {"redshift-node-hour.dc2.large", 0.25, "hour", kRedshiftPricing},
      {"redshift-node-hour.dc2.8xlarge", 4.80, "hour", kRedshiftPricing},
      // Serverless compute, per RPU-hour, billed per second while queries run (60-second
      // minimum); nothing while none runs.
      {"serverless-rpu-hour", 0.375, "RPU-hour", kRedshiftPricing},
      // Redshift managed storage (RA3 clusters and Serverless), per GB-month stored.
      {"redshift-managed-storage-gb-month", 0.024, "GB-month", kRedshiftPricing},
  };
  return prices;
}

}  // namespace vpcsynth::facts
