#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cost/price_list.h"
#include "cost/stack_cost.h"

namespace vpcsynth {

/// How the units of one hourly price differ between two templates.
struct FixedChargeChange {
  std::string priceKey;
  double oldUnits = 0;
  double newUnits = 0;
  std::vector<std::string> added;     // resources only the new template has (with their counts)
  std::vector<std::string> removed;   // resources only the old template has
  std::optional<double> hourlyPrice;  // absent when the price list has none

  /// The change of the monthly cost, or nothing without a price.
  std::optional<double> monthlyChange() const;
};

/// The "Monthly cost" section of a diff: what the change adds to or takes from the fixed monthly
/// cost, the prices by use that appear or go, and what cannot be known from the templates.
struct CostChange {
  PriceList prices;
  std::vector<FixedChargeChange> fixed;  // only the price keys whose units differ
  std::vector<UsageCharge> usageAdded;
  std::vector<UsageCharge> usageRemoved;
  std::vector<UnknownCharge> unknown;  // of either side, unless unchanged on both

  bool empty() const {
    return fixed.empty() && usageAdded.empty() && usageRemoved.empty() && unknown.empty();
  }
  /// The sum of the fixed changes, or nothing when one lacks a price.
  std::optional<double> monthlyFixedChange() const;
};

/// Compares what two templates cost with `prices`. An unknown charge of a resource that is
/// defined the same way in both (with the same conditions) cancels out.
CostChange costChange(const Value& oldTemplate, const Value& newTemplate, const PriceList& prices);

}  // namespace vpcsynth
