#include "diff/cost_section.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cmath>

#include "cost/cost_text.h"
#include "diff/json_out.h"
#include "diff/markdown_text.h"
#include "facts/prices.h"

namespace vpcsynth {
namespace {

std::string joined(const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, ", "));
}

double unitsAdded(const FixedChargeChange& change) { return change.newUnits - change.oldUnits; }

/// "+2 NAT gateways", "-1 VPN connection".
std::string signedName(const FixedChargeChange& change) {
  const double delta = unitsAdded(change);
  return (delta > 0 ? "+" : "-") + fixedChargeName(change.priceKey, std::fabs(delta));
}

std::string monthlyText(const FixedChargeChange& change, const PriceList& prices) {
  const auto monthly = change.monthlyChange();
  if (!monthly)
    return fmt::format("price unknown ({} gives no {})", prices.origin, change.priceKey);
  if (!isReportableAmount(*monthly)) {
    return fmt::format("monthly change unknown ({} x {}/hour x {} hours is out of range)",
                       unitCount(std::fabs(unitsAdded(change))), unitPrice(*change.hourlyPrice),
                       facts::kHoursPerMonth);
  }
  return fmt::format("{}/month ({} x {}/hour x {} hours)", signedUsd(*monthly),
                     unitCount(std::fabs(unitsAdded(change))), unitPrice(*change.hourlyPrice),
                     facts::kHoursPerMonth);
}

/// A dollar amount rounded to the cent, or null when it is not reportable (as the text says
/// "unknown").
void writeAmount(JsonOut& json, std::optional<double> amount) {
  if (amount && isReportableAmount(*amount)) {
    json.decimal(std::round(*amount * 100) / 100);
  } else {
    json.null();
  }
}

void writeUsage(JsonOut& json, std::string_view key, const std::vector<UsageCharge>& charges,
                const PriceList& prices) {
  json.key(key);
  json.beginArray();
  for (const UsageCharge& charge : charges) {
    json.beginObject();
    json.key("priceKey");
    json.string(charge.priceKey);
    json.key("price");
    if (const auto price = prices.find(charge.priceKey)) {
      json.decimal(*price);
    } else {
      json.null();
    }
    if (charge.baseRpus != 0) {
      json.key("baseRpus");
      json.number(static_cast<std::size_t>(charge.baseRpus));
    }
    json.key("text");
    json.string(usageChargeText(charge, prices));
    json.key("resources");
    json.beginArray();
    for (const std::string& resource : charge.resources) json.string(resource);
    json.endArray();
    json.endObject();
  }
  json.endArray();
}

}  // namespace

std::string costSummary(const CostChange& cost) {
  std::string text;
  for (const FixedChargeChange& change : cost.fixed) {
    if (!text.empty()) text += ", ";
    text += signedName(change);
  }
  if (cost.fixed.empty()) {
    text = "no change to the fixed cost";
  } else if (const auto monthly = cost.monthlyFixedChange(); !monthly) {
    text += ": fixed monthly change unknown (a price is missing)";
  } else if (!isReportableAmount(*monthly)) {
    text += ": fixed monthly change unknown (an amount out of range)";
  } else {
    text += fmt::format(": {}/month fixed", signedUsd(*monthly));
  }
  for (const UsageCharge& charge : cost.usageAdded) {
    text += ", plus " + usageChargeText(charge, cost.prices);
  }
  for (const UsageCharge& charge : cost.usageRemoved) {
    text += ", no longer " + usageChargeText(charge, cost.prices);
  }
  if (!cost.unknown.empty()) {
    text += fmt::format("; {} {} not known from the templates", cost.unknown.size(),
                        cost.unknown.size() == 1 ? "cost" : "costs");
  }
  return text;
}

std::vector<CostLine> costLines(const CostChange& cost) {
  std::vector<CostLine> lines;
  for (const FixedChargeChange& change : cost.fixed) {
    std::string text = fmt::format("{}: {}", signedName(change), monthlyText(change, cost.prices));
    if (!change.added.empty()) text += "; added " + joined(change.added);
    if (!change.removed.empty()) text += "; removed " + joined(change.removed);
    lines.push_back({unitsAdded(change) > 0 ? ChangeKind::Added : ChangeKind::Removed, text});
  }
  for (const UsageCharge& charge : cost.usageAdded) {
    lines.push_back(
        {ChangeKind::Added, fmt::format("plus {} ({})", usageChargeText(charge, cost.prices),
                                        joined(charge.resources))});
  }
  for (const UsageCharge& charge : cost.usageRemoved) {
    lines.push_back(
        {ChangeKind::Removed, fmt::format("no longer {} ({})", usageChargeText(charge, cost.prices),
                                          joined(charge.resources))});
  }
  for (const UnknownCharge& charge : cost.unknown) {
    lines.push_back({ChangeKind::Modified, fmt::format("unknown: {} ({}): {}", charge.logicalId,
                                                       charge.what, charge.reason)});
  }
  return lines;
}

void writeCostJson(JsonOut& json, const CostChange& cost) {
  json.key("cost");
  json.beginObject();
  json.key("region");
  json.string(cost.prices.region);
  json.key("pricesRead");
  json.string(cost.prices.readOn);
  json.key("priceSource");
  json.string(cost.prices.origin);
  json.key("hoursPerMonth");
  json.number(static_cast<std::size_t>(facts::kHoursPerMonth));
  json.key("changed");
  json.boolean(!cost.empty());
  json.key("summary");
  json.string(cost.empty() ? std::string() : costSummary(cost));
  json.key("fixedMonthlyChange");
  writeAmount(json, cost.monthlyFixedChange());
  json.key("fixed");
  json.beginArray();
  for (const FixedChargeChange& change : cost.fixed) {
    json.beginObject();
    json.key("priceKey");
    json.string(change.priceKey);
    json.key("oldUnits");
    json.decimal(change.oldUnits);
    json.key("newUnits");
    json.decimal(change.newUnits);
    json.key("hourlyPrice");
    if (change.hourlyPrice) {
      json.decimal(*change.hourlyPrice);
    } else {
      json.null();
    }
    json.key("monthlyChange");
    writeAmount(json, change.monthlyChange());
    for (const auto& [key, resources] :
         {std::pair{"added", &change.added}, std::pair{"removed", &change.removed}}) {
      json.key(key);
      json.beginArray();
      for (const std::string& resource : *resources) json.string(resource);
      json.endArray();
    }
    json.endObject();
  }
  json.endArray();
  writeUsage(json, "usageAdded", cost.usageAdded, cost.prices);
  writeUsage(json, "usageRemoved", cost.usageRemoved, cost.prices);
  json.key("unknown");
  json.beginArray();
  for (const UnknownCharge& charge : cost.unknown) {
    json.beginObject();
    json.key("logicalId");
    json.string(charge.logicalId);
    json.key("what");
    json.string(charge.what);
    json.key("reason");
    json.string(charge.reason);
    json.endObject();
  }
  json.endArray();
  json.endObject();
}

std::string costMarkdown(const CostChange& cost) {
  std::string out = "\n#### Monthly cost\n\n";
  out += fmt::format("**{}**\n\n", costSummary(cost));
  out += "| | Change |\n|---|---|\n";
  for (const CostLine& line : costLines(cost)) {
    // A modified cost line is one the templates leave unknown.
    const std::string_view marker =
        line.kind == ChangeKind::Modified ? "[?]" : markdownMarker(line.kind);
    out += fmt::format("| {} | {} |\n", marker, markdownCell(line.text));
  }
  out += fmt::format("\n_{}._\n", priceListNote(cost.prices));
  return out;
}

}  // namespace vpcsynth
