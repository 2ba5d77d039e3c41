#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "spec/resource_spec_data.h"

namespace vpcsynth {

/// A full `specification.json` converted to the built-in data's form, owning its text.
struct LoadedSpec {
  std::string version;
  std::string resourceText;
  std::vector<std::uint32_t> resourceOffsets;
  std::string propertyText;
  std::vector<std::uint32_t> propertyOffsets;

  spec_data::SpecTable resourceTable() const;
  spec_data::SpecTable propertyTable() const;
};

struct SpecFileResult {
  std::optional<LoadedSpec> spec;
  std::string error;  // why the file could not be used, when `spec` is empty
};

/// Reads a CloudFormation resource specification (the `specification.json` of
/// `@aws-cdk/cfnspec`, or any file of that layout).
SpecFileResult loadSpecificationFile(const std::string& path);

}  // namespace vpcsynth
