#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.h"

namespace vpcsynth {

/// The prices a cost report uses: the built-in us-east-1 table, or a region file's.
struct PriceList {
  std::string region;
  std::string readOn;                              // YYYY-MM-DD
  std::string origin;                              // "built-in table" or the file's name
  std::map<std::string, double, std::less<>> usd;  // by key, as in facts::listPrices()

  /// The price under `key`, or nothing when the list has none.
  std::optional<double> find(std::string_view key) const;
};

/// The built-in list prices (lib/facts/prices.cc).
PriceList builtInPrices();

/// Rule IDs of the problems a region price file can have.
namespace price_rule {
inline constexpr std::string_view kNotAPriceFile = "K0001";
inline constexpr std::string_view kUnknownKey = "K0002";
inline constexpr std::string_view kBadValue = "K0003";
inline constexpr std::string_view kMissingKey = "K0004";
}  // namespace price_rule

struct PriceFileResult {
  std::optional<PriceList> prices;  // absent when the diagnostics hold an error
  Diagnostics diagnostics;
};

/// Reads a region price file (`docs/synth.md#other-regions`): `region`, `read-on` and a `prices`
/// mapping of the built-in keys (node types under `redshift-node-hour`). Keys it leaves out have
/// no price, so the costs that need them are reported as unknown. Every problem is reported,
/// positioned in `fileName`.
PriceFileResult readPriceFile(std::string_view text, std::string_view fileName);

}  // namespace vpcsynth
