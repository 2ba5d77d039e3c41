#pragma once

// Helpers that pin expected amounts to the built-in price table (lib/facts/prices.cc), never to
// figures typed into a test: when AWS changes a price and the table follows, the tests follow.
#include <catch2/catch.hpp>
#include <string_view>

#include "facts/prices.h"

namespace vpcsynth::test_support {

/// The built-in price under `key`; fails the test when the table has none.
inline double tablePrice(std::string_view key) {
  for (const facts::ListPrice& row : facts::listPrices()) {
    if (row.key == key) return row.usd;
  }
  FAIL("no price " << key << " in the table");
  return 0;
}

/// `units` of `key`'s hourly price for a month.
inline double monthly(double units, std::string_view key) {
  return units * tablePrice(key) * facts::kHoursPerMonth;
}

}  // namespace vpcsynth::test_support
