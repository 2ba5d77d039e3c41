#include <algorithm>

#include "pattern/pattern.h"

namespace vpcsynth {

std::optional<OnPremisesLink> parseOnPremisesLink(std::string_view name) {
  if (name == "vpn") return OnPremisesLink::Vpn;
  if (name == "direct-connect") return OnPremisesLink::DirectConnect;
  if (name == "transit-gateway") return OnPremisesLink::TransitGateway;
  return std::nullopt;
}

std::string_view onPremisesLinkName(OnPremisesLink link) {
  switch (link) {
    case OnPremisesLink::Vpn: return "vpn";
    case OnPremisesLink::DirectConnect: return "direct-connect";
    case OnPremisesLink::TransitGateway: return "transit-gateway";
  }
  return "vpn";
}

bool OnPremisesSpec::uses(OnPremisesLink link) const {
  return enabled && std::find(connections.begin(), connections.end(), link) != connections.end();
}

bool OnPremisesSpec::usesVpnGateway() const {
  return uses(OnPremisesLink::Vpn) || uses(OnPremisesLink::DirectConnect);
}

}  // namespace vpcsynth
