#pragma once

#include <string_view>
#include <vector>

namespace vpcsynth::facts {

/// Hours in the month every monthly figure uses, as AWS's Pricing Calculator assumes ("730 hours
/// in a month, (365 days in a year x 24 hours in a day / 12 months in year)":
/// https://aws.amazon.com/calculator/calculator-assumptions).
inline constexpr double kHoursPerMonth = 730;

/// One list price of the built-in table: what is billed, in US dollars per `unit`, and the page
/// it was read from.
struct ListPrice {
  std::string_view key;  // "nat-gateway-hour", "redshift-node-hour.ra3.xlplus", ...
  double usd = 0;
  std::string_view unit;  // "hour", "GB", "GB-month", "RPU-hour"
  std::string_view source;
};

/// The key prefix of a Redshift node type's hourly price: "redshift-node-hour.ra3.xlplus".
inline constexpr std::string_view kRedshiftNodeHourPrefix = "redshift-node-hour.";

/// The most nodes the cost model prices in one provisioned Redshift cluster: AWS's default quota
/// "DC2 nodes in a cluster", 128 (adjustable on request), in "Quotas and limits in Amazon
/// Redshift" (https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-limits.html, read
/// 2026-11-30). A larger `NumberOfNodes` is reported unknown rather than priced.
inline constexpr long kRedshiftMaxNodesPerCluster = 128;

/// The region the built-in prices are for: "us-east-1".
std::string_view listPriceRegion();

/// The day the built-in prices were read, `YYYY-MM-DD`.
std::string_view listPriceDate();

/// Every built-in price, in a fixed order.
const std::vector<ListPrice>& listPrices();

/// The day since which AWS charges for every public IPv4 address, attached or idle.
std::string_view publicIpv4ChargedSince();

/// The base capacity, in RPUs, of a Redshift Serverless workgroup that names none (AWS's default,
/// https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-capacity.html).
inline constexpr int kServerlessDefaultBaseRpus = 128;

}  // namespace vpcsynth::facts
