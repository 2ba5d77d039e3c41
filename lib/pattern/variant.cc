#include "pattern/variant.h"

namespace vpcsynth {

std::optional<Variant> parseVariant(std::string_view name) {
  if (name == "private-only") return Variant::PrivateOnly;
  if (name == "nat-egress") return Variant::NatEgress;
  if (name == "private-endpoints") return Variant::PrivateEndpoints;
  return std::nullopt;
}

std::string_view variantName(Variant variant) {
  switch (variant) {
    case Variant::PrivateOnly: return "private-only";
    case Variant::NatEgress: return "nat-egress";
    case Variant::PrivateEndpoints: return "private-endpoints";
  }
  return "nat-egress";
}

}  // namespace vpcsynth
