#include "pattern/gateway_ids.h"

#include <fmt/format.h>

#include <algorithm>

namespace vpcsynth {
namespace {

bool isLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

bool allLowerHex(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), isLowerHex);
}

}  // namespace

std::optional<std::string> checkDirectConnectGatewayId(std::string_view id) {
  // 8-4-4-4-12 hexadecimal digits.
  constexpr std::size_t kGroups[] = {8, 4, 4, 4, 12};
  std::string_view rest = id;
  bool valid = true;
  for (std::size_t i = 0; i < std::size(kGroups) && valid; ++i) {
    const std::string_view group = rest.substr(0, kGroups[i]);
    valid = group.size() == kGroups[i] && allLowerHex(group);
    rest.remove_prefix(group.size());
    if (i + 1 < std::size(kGroups)) {
      valid = valid && !rest.empty() && rest.front() == '-';
      if (!rest.empty()) rest.remove_prefix(1);
    }
  }
  if (valid && rest.empty()) return std::nullopt;
  return fmt::format(
      "'{}' is not a Direct Connect gateway ID (a UUID in lowercase hexadecimal, such as "
      "5f294f92-bafb-4011-916d-9b0bc6e2a1f3)",
      id);
}

std::optional<std::string> checkTransitGatewayId(std::string_view id) {
  const std::string_view digits = id.substr(std::min<std::size_t>(4, id.size()));
  if (id.starts_with("tgw-") && (digits.size() == 8 || digits.size() == 17) &&
      allLowerHex(digits)) {
    return std::nullopt;
  }
  return fmt::format(
      "'{}' is not a transit gateway ID (tgw- and 17 lowercase hexadecimal digits, such as "
      "tgw-0123456789abcdef0)",
      id);
}

}  // namespace vpcsynth
