#include "spec/spec_file.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "spec/spec_data_source.h"

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

// The shape of @aws-cdk/aws-service-spec's db.json, cut down to what the converter reads.
constexpr std::string_view kDatabase = R"({"schema": {
  "resource": {"entities": [
    {"$id": "1", "cloudFormationType": "AWS::Z::Thing", "isStateful": true,
     "attributes": {"Endpoint.Address": {"type": {"type": "string"}}, "Arn": {}},
     "properties": {
       "Size": {"type": {"type": "integer"}, "required": true, "causesReplacement": "yes"},
       "Config": {"type": {"type": "ref", "reference": {"$ref": "10"}}},
       "Mode": {"type": {"type": "union", "types": [{"type": "boolean"}, {"type": "string"}]},
                "causesReplacement": "maybe"},
       "Policy": {"type": {"type": "ref", "reference": {"$ref": "10"}},
                  "previousTypes": [{"type": "json"}]},
       "Tags": {"type": {"type": "array", "element": {"type": "tag"}}}}},
    {"$id": "2", "cloudFormationType": "AWS::A::Thing", "attributes": {},
     "properties": {"Ids": {"type": {"type": "array", "element": {"type": "string"}}},
                    "Open": {"type": {"type": "ref", "reference": {"$ref": "11"}}}}}]},
  "typeDefinition": {"entities": [
    {"$id": "10", "name": "Config", "properties": {
       "Port": {"type": {"type": "number"}, "causesReplacement": "yes"}}},
    {"$id": "11", "name": "Open", "properties": {}}]},
  "usesType": {"forward": {"1": [{"$id": "10"}], "2": [{"$id": "11"}]}}
}})";

}  // namespace

TEST_CASE("a service-spec database becomes sorted entries in the built-in format") {
  const SpecFileResult result = convertServiceSpec(kDatabase, "db.json");
  REQUIRE(result.spec);
  const spec_data::SpecTable resources = result.spec->resourceTable();
  REQUIRE(resources.count == 2);
  CHECK(entry(resources, 0) == "AWS::A::Thing\nIds|-M||List|String|\nOpen|-M||Open||\n");
  CHECK(entry(resources, 1) ==
        "AWS::Z::Thing\n!stateful\n@Arn\n@Endpoint.Address\nConfig|-M||Config||\n"
        "Mode|-C|Boolean/String|||\nPolicy|-M|Json|||\nSize|RI|Integer|||\n"
        "Tags|-M||List||Tag\n");
  const spec_data::SpecTable properties = result.spec->propertyTable();
  REQUIRE(properties.count == 3);
  CHECK(entry(properties, 0) == "AWS::A::Thing.Open\n=|-M|Json|||\n");
  CHECK(entry(properties, 1) == "AWS::Z::Thing.Config\nPort|-I|Double|||\n");
  CHECK(entry(properties, 2) == "Tag\nKey|RM|String|||\nValue|RM|String|||\n");
}

TEST_CASE("the generated source is the same for the same database") {
  const SpecFileResult result = convertServiceSpec(kDatabase, "db.json");
  REQUIRE(result.spec);
  const std::string first = specDataSource(*result.spec, {"1.2.3", "2026-01-02"});
  CHECK(first ==
        specDataSource(*convertServiceSpec(kDatabase, "db.json").spec, {"1.2.3", "2026-01-02"}));
  CHECK(first.find("kPackageVersion = \"1.2.3\"") != std::string::npos);
  CHECK(first.find("\"AWS::Z::Thing\\n\"") != std::string::npos);
}

TEST_CASE("a database file is read with its version from the package.json beside it") {
  const std::string path = writeScratch("db.json", kDatabase);
  writeScratch("package.json", R"({"name": "@aws-cdk/aws-service-spec", "version": "9.9.9"})");
  const SpecFileResult result = loadSpecificationFile(path);
  REQUIRE(result.spec);
  CHECK(result.spec->version == "9.9.9");
}

TEST_CASE("an unusable database file says why") {
  CHECK(loadSpecificationFile("/nonexistent/db.json.gz").error.find("db.json.gz") !=
        std::string::npos);
  const SpecFileResult notSpec = loadSpecificationFile(writeScratch("other.json", "{\"a\": 1}"));
  CHECK_FALSE(notSpec.spec);
  CHECK(notSpec.error.find("aws-service-spec") != std::string::npos);
  std::string truncatedGzip("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8);
  const SpecFileResult broken =
      loadSpecificationFile(writeScratch("broken.json.gz", truncatedGzip));
  CHECK_FALSE(broken.spec);
  CHECK(broken.error.find("gzip") != std::string::npos);
}
