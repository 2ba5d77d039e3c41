#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spec/resource_spec_data.h"

namespace vpcsynth {

/// A resource database converted to the built-in data's form, owning its text.
struct LoadedSpec {
  std::string version;  // the package version, or "unknown"
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

/// Converts the text of a `@aws-cdk/aws-service-spec` database (`db.json`, decompressed) into
/// the built-in form; `fileName` positions errors.
SpecFileResult convertServiceSpec(std::string_view json, std::string_view fileName);

/// Reads `db.json.gz` (or `db.json`) of the npm package `@aws-cdk/aws-service-spec`. The version
/// comes from the `package.json` beside it, when there is one.
SpecFileResult loadSpecificationFile(const std::string& path);

}  // namespace vpcsynth
