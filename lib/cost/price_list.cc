#include "cost/price_list.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include "facts/prices.h"
#include "lint/lint_config.h"
#include "text/suggest.h"
#include "yaml/reader.h"

namespace vpcsynth {
namespace {

constexpr std::string_view kNodePrefix = facts::kRedshiftNodeHourPrefix;
constexpr std::string_view kNodeSection = kNodePrefix.substr(0, kNodePrefix.size() - 1);

/// The highest price a price file may give, in US dollars per unit. The dearest built-in price is
/// $13.04 a node-hour; a figure beyond this is a typo (or 1e308), and would make every amount
/// computed from it meaningless.
constexpr double kHighestPrice = 10000;

/// Collects the diagnostics of one price file.
class PriceFileReader {
 public:
  explicit PriceFileReader(PriceFileResult& result) : result_(result) {}

  void error(std::string_view rule, const Position& position, std::string message) {
    result_.diagnostics.push_back(
        {Severity::Error, std::string(rule), std::move(message), position});
  }

  /// The text of a plain or quoted scalar, or nothing after reporting what `key` should be.
  std::optional<std::string> text(const Value& value, std::string_view key) {
    if (value.isScalar() && !value.text().empty()) return std::string(value.text());
    error(price_rule::kBadValue, value.position(),
          fmt::format("{}: expected a string, found {}", key, describeKind(value)));
    return std::nullopt;
  }

  /// A price: a plain number of dollars from 0 to kHighestPrice.
  std::optional<double> price(const Value& value, std::string_view key) {
    if (value.isScalar() && value.scalar().style == ScalarStyle::Plain) {
      const std::string_view digits = value.text();
      double parsed = 0;
      const auto [end, error] =
          std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
      if (error == std::errc() && end == digits.data() + digits.size() && std::isfinite(parsed) &&
          parsed >= 0 && parsed <= kHighestPrice) {
        return parsed;
      }
    }
    error(price_rule::kBadValue, value.position(),
          fmt::format("{}: expected a price in US dollars from 0 to {} (a number such as 0.045), "
                      "found {}",
                      key, kHighestPrice,
                      value.isScalar() ? fmt::format("'{}'", value.text())
                                       : std::string(describeKind(value))));
    return std::nullopt;
  }

 private:
  PriceFileResult& result_;
};

std::vector<std::string_view> flatKeys() {
  std::vector<std::string_view> keys;
  for (const facts::ListPrice& row : facts::listPrices()) {
    if (!row.key.starts_with(kNodePrefix)) keys.push_back(row.key);
  }
  keys.push_back(kNodeSection);
  return keys;
}

std::vector<std::string_view> nodeTypes() {
  std::vector<std::string_view> types;
  for (const facts::ListPrice& row : facts::listPrices()) {
    if (row.key.starts_with(kNodePrefix)) types.push_back(row.key.substr(kNodePrefix.size()));
  }
  return types;
}

void readNodePrices(const Value& section, PriceFileReader& reader, PriceList& list) {
  if (!section.isMapping()) {
    reader.error(price_rule::kBadValue, section.position(),
                 fmt::format("prices.{}: expected a mapping of node types to prices, found {}",
                             kNodeSection, describeKind(section)));
    return;
  }
  const std::vector<std::string_view> known = nodeTypes();
  for (const MappingEntry& entry : section.mapping()) {
    const std::string key = fmt::format("prices.{}.{}", kNodeSection, entry.key);
    if (std::find(known.begin(), known.end(), entry.key) == known.end()) {
      reader.error(price_rule::kUnknownKey, entry.keyPosition,
                   fmt::format("{}: not a node type the cost model prices{}", key,
                               didYouMean(entry.key, known)));
      continue;
    }
    if (auto usd = reader.price(entry.value, key)) {
      list.usd[std::string(kNodePrefix) + entry.key] = *usd;
    }
  }
}

void readPrices(const Value& section, PriceFileReader& reader, PriceList& list) {
  if (!section.isMapping()) {
    reader.error(price_rule::kBadValue, section.position(),
                 fmt::format("prices: expected a mapping of price keys to prices, found {}",
                             describeKind(section)));
    return;
  }
  const std::vector<std::string_view> known = flatKeys();
  for (const MappingEntry& entry : section.mapping()) {
    if (entry.key == kNodeSection) {
      readNodePrices(entry.value, reader, list);
    } else if (std::find(known.begin(), known.end(), entry.key) == known.end()) {
      reader.error(
          price_rule::kUnknownKey, entry.keyPosition,
          fmt::format("prices.{}: unknown price key{}", entry.key, didYouMean(entry.key, known)));
    } else if (auto usd = reader.price(entry.value, "prices." + entry.key)) {
      list.usd[entry.key] = *usd;
    }
  }
}

}  // namespace

std::optional<double> PriceList::find(std::string_view key) const {
  const auto found = usd.find(key);
  if (found == usd.end()) return std::nullopt;
  return found->second;
}

PriceList builtInPrices() {
  PriceList list;
  list.region = std::string(facts::listPriceRegion());
  list.readOn = std::string(facts::listPriceDate());
  list.origin = "the built-in table";
  for (const facts::ListPrice& row : facts::listPrices()) list.usd[std::string(row.key)] = row.usd;
  return list;
}

PriceFileResult readPriceFile(std::string_view text, std::string_view fileName) {
  PriceFileResult result;
  ReadResult read = readDocument(text, fileName);
  result.diagnostics = std::move(read.diagnostics);
  if (!read.document) return result;
  PriceFileReader reader(result);
  const Value& document = *read.document;
  if (!document.isMapping()) {
    reader.error(price_rule::kNotAPriceFile, document.position(),
                 fmt::format("a price file is a mapping with region, read-on and prices, not {}",
                             describeKind(document)));
    return result;
  }
  PriceList list;
  list.origin = std::string(fileName);
  static const std::vector<std::string_view> kTopKeys = {"region", "read-on", "prices"};
  for (const MappingEntry& entry : document.mapping()) {
    if (std::find(kTopKeys.begin(), kTopKeys.end(), entry.key) == kTopKeys.end()) {
      reader.error(price_rule::kUnknownKey, entry.keyPosition,
                   fmt::format("{}: unknown key{}", entry.key, didYouMean(entry.key, kTopKeys)));
    }
  }
  Position documentStart = document.position();
  for (std::string_view key : kTopKeys) {
    if (document.find(key) == nullptr) {
      reader.error(price_rule::kMissingKey, documentStart,
                   fmt::format("{}: missing; a price file names its region, the day its prices "
                               "were read (read-on: YYYY-MM-DD) and its prices",
                               key));
    }
  }
  if (const Value* region = document.find("region")) {
    if (auto name = reader.text(*region, "region")) list.region = *name;
  }
  if (const Value* readOn = document.find("read-on")) {
    if (auto day = reader.text(*readOn, "read-on")) {
      if (lint::isIsoDate(*day)) {
        list.readOn = *day;
      } else {
        reader.error(price_rule::kBadValue, readOn->position(),
                     fmt::format("read-on: '{}' is not a day written YYYY-MM-DD", *day));
      }
    }
  }
  if (const Value* prices = document.find("prices")) readPrices(*prices, reader, list);
  if (!hasErrors(result.diagnostics)) result.prices = std::move(list);
  return result;
}

}  // namespace vpcsynth
