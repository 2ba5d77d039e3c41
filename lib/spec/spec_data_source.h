#pragma once

#include <string>
#include <string_view>

#include "spec/spec_file.h"

namespace vpcsynth {

/// The package a built-in resource data file was converted from.
struct SpecDataOrigin {
  std::string_view version;  // "0.1.216"
  std::string_view date;     // the day npm published that version, "2026-09-29"
};

/// The C++ source of `lib/spec/resource_spec_data.cc` holding `spec`: the same bytes for the
/// same input, so that a re-run of `scripts/update-resource-spec` changes nothing.
std::string specDataSource(const LoadedSpec& spec, const SpecDataOrigin& origin);

}  // namespace vpcsynth
