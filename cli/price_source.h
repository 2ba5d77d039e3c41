#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cost/price_list.h"

namespace vpcsynth::cli {

/// The built-in prices when `path` is empty, else the region price file at `path`; nothing after
/// printing every problem of the file (`file:line:column: error K...`) to standard error.
std::optional<PriceList> loadPrices(std::string_view command, const std::string& path);

}  // namespace vpcsynth::cli
