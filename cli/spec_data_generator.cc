// vpcsynth-spec-data: converts the `db.json.gz` of `@aws-cdk/aws-service-spec` into the C++
// source of the built-in resource data. Run by scripts/update-resource-spec, not installed.
//   usage: vpcsynth-spec-data DB_JSON_GZ VERSION DATE OUTPUT
#include <cstdio>
#include <string>

#include "io/file_io.h"
#include "spec/spec_data_source.h"
#include "spec/spec_file.h"

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s DB_JSON_GZ VERSION DATE OUTPUT\n", argv[0]);
    return 2;
  }
  const vpcsynth::SpecFileResult converted = vpcsynth::loadSpecificationFile(argv[1]);
  if (!converted.spec) {
    std::fprintf(stderr, "%s\n", converted.error.c_str());
    return 1;
  }
  const std::string source =
      vpcsynth::specDataSource(*converted.spec, {.version = argv[2], .date = argv[3]});
  if (auto error = vpcsynth::writeFileAtomically(argv[4], source)) {
    std::fprintf(stderr, "%s\n", error->c_str());
    return 1;
  }
  return 0;
}
