#pragma once

#include <string>
#include <string_view>

#include "cost/price_list.h"
#include "cost/stack_cost.h"

namespace vpcsynth {

/// Amounts, prices and counts at or beyond this size (a billion dollars a month is far below it)
/// come only from absurd input; they are reported as "unknown" rather than printed.
inline constexpr double kLargestReportableAmount = 1e15;

/// True when `amount` is finite and below kLargestReportableAmount: an amount the reports print.
bool isReportableAmount(double amount);

/// "$1,234.56" (rounded to the cent); negative amounts as "-$7.30"; "unknown" when the amount is
/// not reportable.
std::string usd(double amount);
/// "+$73.00" or "-$7.30"; "unknown" when the amount is not reportable.
std::string signedUsd(double amount);
/// A unit price as AWS writes it, at least to the cent and never with an exponent: "$0.045",
/// "$0.25", "$13.04", "$0.0000001"; "unknown" when not reportable.
std::string unitPrice(double price);
/// A count of units without an exponent: "3", "100000000000000"; "unknown" when not reportable.
std::string unitCount(double units);

/// "2 NAT gateways", "1 public IPv4 address", "3 Redshift ra3.xlplus nodes" for `units` of the
/// hourly price `priceKey`.
std::string fixedChargeName(std::string_view priceKey, double units);

/// What a price by use costs and who pays it: "$0.045/GB processed by NAT gateways",
/// "$3.00/hour while queries run (base 8 RPUs x $0.375/RPU-hour; billed per second, 60-second
/// minimum; nothing while no query runs)". `prices` may lack the price, which the text then says.
std::string usageChargeText(const UsageCharge& charge, const PriceList& prices);

/// "us-east-1 list prices read 2026-11-30 from the built-in table; a month is 730 hours".
std::string priceListNote(const PriceList& prices);

/// The `synth --cost` report: the fixed monthly cost line by line with its total, then the
/// prices by use, then what the template leaves unknown.
std::string renderStackCost(const StackCost& cost, const PriceList& prices);

}  // namespace vpcsynth
