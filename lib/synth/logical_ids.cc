#include "synth/logical_ids.h"

#include <fmt/format.h>

namespace vpcsynth::logical_id {

std::string azLetter(int az) { return std::string(1, static_cast<char>('A' + az)); }

std::string perAz(std::string_view base, int az) { return fmt::format("{}{}", base, azLetter(az)); }

std::string vpnConnectionRoute(int index) { return fmt::format("VpnConnectionRoute{}", index + 1); }

}  // namespace vpcsynth::logical_id
