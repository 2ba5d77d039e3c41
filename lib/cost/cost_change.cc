#include "cost/cost_change.h"

#include <algorithm>

#include "facts/prices.h"

namespace vpcsynth {
namespace {

const FixedCharge* findFixed(const StackCost& cost, const std::string& key) {
  for (const FixedCharge& charge : cost.fixed) {
    if (charge.priceKey == key) return &charge;
  }
  return nullptr;
}

bool sameUsage(const UsageCharge& a, const UsageCharge& b) {
  return a.priceKey == b.priceKey && a.baseRpus == b.baseRpus;
}

std::vector<std::string> missingFrom(const std::vector<std::string>& from,
                                     const std::vector<std::string>& in) {
  std::vector<std::string> missing;
  for (const std::string& resource : from) {
    if (std::find(in.begin(), in.end(), resource) == in.end()) missing.push_back(resource);
  }
  return missing;
}

bool equalOrBothAbsent(const Value* a, const Value* b) {
  if (a == nullptr || b == nullptr) return a == b;
  return semanticallyEqual(*a, *b);
}

/// True when `logicalId` is defined the same way in both templates, conditions included, so that
/// whatever it costs, it costs the same before and after.
bool unchangedResource(const std::string& logicalId, const Value& oldTemplate,
                       const Value& newTemplate) {
  const Value* oldResources = oldTemplate.find("Resources");
  const Value* newResources = newTemplate.find("Resources");
  const Value* oldResource = oldResources ? oldResources->find(logicalId) : nullptr;
  const Value* newResource = newResources ? newResources->find(logicalId) : nullptr;
  return oldResource != nullptr && equalOrBothAbsent(oldResource, newResource) &&
         equalOrBothAbsent(oldTemplate.find("Conditions"), newTemplate.find("Conditions"));
}

void addUnknowns(const StackCost& side, const Value& oldTemplate, const Value& newTemplate,
                 std::vector<UnknownCharge>& out) {
  for (const UnknownCharge& charge : side.unknown) {
    if (unchangedResource(charge.logicalId, oldTemplate, newTemplate)) continue;
    const bool listed = std::any_of(out.begin(), out.end(), [&](const UnknownCharge& other) {
      return other.logicalId == charge.logicalId && other.what == charge.what &&
             other.reason == charge.reason;
    });
    if (!listed) out.push_back(charge);
  }
}

}  // namespace

std::optional<double> FixedChargeChange::monthlyChange() const {
  if (!hourlyPrice) return std::nullopt;
  return (newUnits - oldUnits) * *hourlyPrice * facts::kHoursPerMonth;
}

std::optional<double> CostChange::monthlyFixedChange() const {
  double total = 0;
  for (const FixedChargeChange& change : fixed) {
    const auto monthly = change.monthlyChange();
    if (!monthly) return std::nullopt;
    total += *monthly;
  }
  return total;
}

CostChange costChange(const Value& oldTemplate, const Value& newTemplate, const PriceList& prices) {
  const StackCost oldCost = stackCost(oldTemplate);
  const StackCost newCost = stackCost(newTemplate);
  CostChange change;
  change.prices = prices;
  // New-side keys first in table order, then keys only the old side has.
  std::vector<std::string> keys;
  for (const FixedCharge& charge : newCost.fixed) keys.push_back(charge.priceKey);
  for (const FixedCharge& charge : oldCost.fixed) {
    if (!findFixed(newCost, charge.priceKey)) keys.push_back(charge.priceKey);
  }
  static const std::vector<std::string> kNone;
  for (const std::string& key : keys) {
    const FixedCharge* before = findFixed(oldCost, key);
    const FixedCharge* after = findFixed(newCost, key);
    const double oldUnits = before ? before->units : 0;
    const double newUnits = after ? after->units : 0;
    if (oldUnits == newUnits) continue;
    const auto& oldResources = before ? before->resources : kNone;
    const auto& newResources = after ? after->resources : kNone;
    change.fixed.push_back({key, oldUnits, newUnits, missingFrom(newResources, oldResources),
                            missingFrom(oldResources, newResources), prices.find(key)});
  }
  for (const UsageCharge& charge : newCost.usage) {
    if (std::none_of(oldCost.usage.begin(), oldCost.usage.end(),
                     [&](const UsageCharge& other) { return sameUsage(charge, other); })) {
      change.usageAdded.push_back(charge);
    }
  }
  for (const UsageCharge& charge : oldCost.usage) {
    if (std::none_of(newCost.usage.begin(), newCost.usage.end(),
                     [&](const UsageCharge& other) { return sameUsage(charge, other); })) {
      change.usageRemoved.push_back(charge);
    }
  }
  addUnknowns(oldCost, oldTemplate, newTemplate, change.unknown);
  addUnknowns(newCost, oldTemplate, newTemplate, change.unknown);
  return change;
}

}  // namespace vpcsynth
