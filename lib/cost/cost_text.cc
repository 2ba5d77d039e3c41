#include "cost/cost_text.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>
#include <optional>
#include <vector>

#include "facts/prices.h"

namespace vpcsynth {
namespace {

std::string plural(double units, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", unitCount(units), units == 1 ? one : many);
}

std::string joined(const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, ", "));
}

std::string missingPrice(std::string_view key, const PriceList& prices) {
  return fmt::format("price unknown: {} gives no {}", prices.origin, key);
}

}  // namespace

bool isReportableAmount(double amount) {
  return std::isfinite(amount) && std::fabs(amount) < kLargestReportableAmount;
}

std::string usd(double amount) {
  if (!isReportableAmount(amount)) return "unknown";
  const long long cents = std::llround(std::fabs(amount) * 100);
  std::string whole = std::to_string(cents / 100);
  for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(i, ",");
  const bool negative = amount < 0 && cents != 0;
  return fmt::format("{}${}.{:02}", negative ? "-" : "", whole, cents % 100);
}

std::string signedUsd(double amount) {
  if (!isReportableAmount(amount)) return "unknown";
  return std::llround(amount * 100) < 0 ? usd(amount) : "+" + usd(amount);
}

std::string unitPrice(double price) {
  if (!isReportableAmount(price)) return "unknown";
  // Fixed-point with enough places for a fraction of a cent, then trimmed to at least cents:
  // never an exponent ("$1e-07").
  std::string text = fmt::format("{:.10f}", price);
  const std::size_t cents = text.find('.') + 3;
  while (text.size() > cents && text.back() == '0') text.pop_back();
  return "$" + text;
}

std::string unitCount(double units) {
  if (!isReportableAmount(units)) return "unknown";
  return fmt::format("{:.0f}", units);
}

std::string fixedChargeName(std::string_view priceKey, double units) {
  if (priceKey == "nat-gateway-hour") return plural(units, "NAT gateway", "NAT gateways");
  if (priceKey == "public-ipv4-hour") {
    return plural(units, "public IPv4 address", "public IPv4 addresses");
  }
  if (priceKey == "interface-endpoint-az-hour") {
    return plural(units, "interface endpoint AZ", "interface endpoint AZs");
  }
  if (priceKey == "vpn-connection-hour") return plural(units, "VPN connection", "VPN connections");
  if (priceKey.starts_with(facts::kRedshiftNodeHourPrefix)) {
    const std::string_view type = priceKey.substr(facts::kRedshiftNodeHourPrefix.size());
    return plural(units, fmt::format("Redshift {} node", type),
                  fmt::format("Redshift {} nodes", type));
  }
  return plural(units, priceKey, priceKey);
}

std::string usageChargeText(const UsageCharge& charge, const PriceList& prices) {
  const std::optional<double> price = prices.find(charge.priceKey);
  if (!price) return missingPrice(charge.priceKey, prices);
  const std::string rate = unitPrice(*price);
  if (charge.priceKey == "nat-gateway-gb") return rate + "/GB processed by NAT gateways";
  if (charge.priceKey == "interface-endpoint-gb") {
    return rate + "/GB processed by interface endpoints";
  }
  if (charge.priceKey == "redshift-managed-storage-gb-month") {
    return rate + "/GB-month of Redshift managed storage";
  }
  if (charge.priceKey == "serverless-rpu-hour") {
    constexpr std::string_view kBilling =
        "billed per second, 60-second minimum; nothing while no query runs";
    if (charge.baseRpus == 0) {
      return fmt::format(
          "{}/RPU-hour while queries run (base capacity not fixed by the template; {})", rate,
          kBilling);
    }
    return fmt::format("{}/hour while queries run (base {} RPUs x {}/RPU-hour; {})",
                       usd(charge.baseRpus * *price), charge.baseRpus, rate, kBilling);
  }
  return fmt::format("{} per unit of {}", rate, charge.priceKey);
}

std::string priceListNote(const PriceList& prices) {
  return fmt::format("{} list prices read {} from {}; a month is {} hours", prices.region,
                     prices.readOn, prices.origin, facts::kHoursPerMonth);
}

std::string renderStackCost(const StackCost& cost, const PriceList& prices) {
  std::string out = fmt::format("Monthly cost: {}\n", priceListNote(prices));
  out += "\nFixed, whatever the traffic\n";
  double total = 0;
  bool totalKnown = true;
  std::vector<std::vector<std::string>> rows;
  for (const FixedCharge& charge : cost.fixed) {
    const std::optional<double> price = prices.find(charge.priceKey);
    std::string amount = "unknown";
    std::string formula = missingPrice(charge.priceKey, prices);
    const double monthly = price ? charge.units * *price * facts::kHoursPerMonth : 0;
    if (price) {
      total += monthly;
      amount = usd(monthly);
      formula = fmt::format("{} x {}/hour x {} hours", unitCount(charge.units), unitPrice(*price),
                            facts::kHoursPerMonth);
    }
    if (!price || !isReportableAmount(monthly)) totalKnown = false;
    rows.push_back({fixedChargeName(charge.priceKey, charge.units), formula, amount,
                    joined(charge.resources)});
  }
  rows.push_back({"Total", "", totalKnown ? usd(total) : "unknown", ""});
  std::size_t nameWidth = 0;
  std::size_t formulaWidth = 0;
  std::size_t amountWidth = 0;
  for (const auto& row : rows) {
    nameWidth = std::max(nameWidth, row[0].size());
    formulaWidth = std::max(formulaWidth, row[1].size());
    amountWidth = std::max(amountWidth, row[2].size());
  }
  for (const auto& row : rows) {
    std::string line = fmt::format("  {:<{}}  {:<{}}  {:>{}}  {}", row[0], nameWidth, row[1],
                                   formulaWidth, row[2], amountWidth, row[3]);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  out += "\nVaries with use\n";
  if (cost.usage.empty()) out += "  nothing priced\n";
  for (const UsageCharge& charge : cost.usage) {
    out += fmt::format("  {} ({})\n", usageChargeText(charge, prices), joined(charge.resources));
  }
  if (!cost.unknown.empty()) {
    out += "\nNot known from the template (not in the total)\n";
    for (const UnknownCharge& charge : cost.unknown) {
      out += fmt::format("  {} ({}): {}\n", charge.logicalId, charge.what, charge.reason);
    }
  }
  return out;
}

}  // namespace vpcsynth
