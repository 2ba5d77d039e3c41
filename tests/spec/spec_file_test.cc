#include "spec/spec_file.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace vpcsynth;
namespace fs = std::filesystem;

namespace {

std::string writeScratch(std::string_view name, std::string_view contents) {
  const fs::path directory =
      fs::temp_directory_path() / ("vpcsynth-spec-test-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  const fs::path path = directory / name;
  std::ofstream(path) << contents;
  return path.string();
}

std::string_view entry(const spec_data::SpecTable& table, std::size_t index) {
  return std::string_view(table.text + table.offsets[index],
                          table.offsets[index + 1] - table.offsets[index]);
}

}  // namespace

TEST_CASE("a specification file becomes sorted entries in the built-in format") {
  const std::string path = writeScratch("spec.json", R"({
    "ResourceSpecificationVersion": "1.2.3",
    "ResourceTypes": {
      "AWS::Z::Thing": {"Properties": {"Size": {"PrimitiveType": "Integer", "Required": true,
                                                "UpdateType": "Immutable"}}},
      "AWS::A::Thing": {"Attributes": {"Arn": {}, "Endpoint.Address": {}},
                        "Properties": {"Ids": {"Type": "List", "PrimitiveItemType": "String",
                                               "DuplicatesAllowed": false, "UpdateType": "Mutable"}}}
    },
    "PropertyTypes": {"AWS::A::Thing.List": {"Type": "List", "ItemType": "Item"}}
  })");
  const SpecFileResult result = loadSpecificationFile(path);
  REQUIRE(result.spec);
  CHECK(result.spec->version == "1.2.3");
  const spec_data::SpecTable resources = result.spec->resourceTable();
  REQUIRE(resources.count == 2);
  CHECK(entry(resources, 0) == "AWS::A::Thing\n@Arn\n@Endpoint.Address\nIds|-MU||List|String|\n");
  CHECK(entry(resources, 1) == "AWS::Z::Thing\nSize|RI-|Integer|||\n");
  const spec_data::SpecTable properties = result.spec->propertyTable();
  REQUIRE(properties.count == 1);
  CHECK(entry(properties, 0) == "AWS::A::Thing.List\n=|---||List||Item\n");
}

TEST_CASE("an unusable specification file says why") {
  CHECK(loadSpecificationFile("/nonexistent/spec.json").error.find("spec.json") !=
        std::string::npos);
  const SpecFileResult notSpec = loadSpecificationFile(writeScratch("other.json", "{\"a\": 1}"));
  CHECK_FALSE(notSpec.spec);
  CHECK(notSpec.error.find("ResourceTypes") != std::string::npos);
}
