#include "pattern/variant.h"

namespace vpcsynth {

std::optional<Variant> parseVariant(std::string_view name) {
  if (name == "private-only") return Variant::PrivateOnly;
  if (name == "nat-egress") return Variant::NatEgress;
  return std::nullopt;
}

std::string_view variantName(Variant variant) {
  return variant == Variant::PrivateOnly ? "private-only" : "nat-egress";
}

}  // namespace vpcsynth
