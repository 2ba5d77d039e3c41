#include "facts/lambda_runtimes.h"

#include <array>

namespace vpcsynth::facts {
namespace {

// From the "Supported runtimes" and "Deprecated runtimes" tables of the AWS Lambda Developer
// Guide (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), as reviewed on the
// date below. A date in the future is AWS's announced deprecation. The dates added on 2026-11-29
// (dotnet8, dotnet10, java21, java25, nodejs22.x, nodejs24.x, python3.12-3.14, ruby3.3, ruby3.4)
// were read from copies of that table (endoflife.date/aws-lambda), not the page itself; an empty
// date means none could be confirmed (the Amazon Linux 2 runtimes). Update both together; tests
// pin the behaviour with --as-of.
constexpr std::string_view kTableDate = "2026-11-29";

constexpr std::array<LambdaRuntime, 47> kRuntimes = {{
    {"dotnet10", "2028-11-14"},
    {"dotnet5.0", "2022-05-10"},
    {"dotnet6", "2024-12-20"},
    {"dotnet7", "2024-05-14"},
    {"dotnet8", "2026-11-10"},
    {"dotnetcore1.0", "2019-07-30"},
    {"dotnetcore2.0", "2019-05-30"},
    {"dotnetcore2.1", "2022-01-05"},
    {"dotnetcore3.1", "2023-04-03"},
    {"go1.x", "2024-01-08"},
    {"java11", ""},
    {"java17", ""},
    {"java21", "2029-06-30"},
    {"java25", "2029-06-30"},
    {"java8", "2024-01-08"},
    {"java8.al2", ""},
    {"nodejs", "2016-10-31"},
    {"nodejs10.x", "2021-07-30"},
    {"nodejs12.x", "2023-03-31"},
    {"nodejs14.x", "2023-12-04"},
    {"nodejs16.x", "2024-06-12"},
    {"nodejs18.x", "2025-09-01"},
    {"nodejs20.x", "2026-04-30"},
    {"nodejs22.x", "2027-04-30"},
    {"nodejs24.x", "2028-04-30"},
    {"nodejs4.3", "2020-03-05"},
    {"nodejs4.3-edge", "2019-04-30"},
    {"nodejs6.10", "2019-08-12"},
    {"nodejs8.10", "2020-03-06"},
    {"provided", "2024-01-08"},
    {"provided.al2", ""},
    {"provided.al2023", ""},
    {"python2.7", "2021-07-15"},
    {"python3.10", "2026-06-30"},
    {"python3.11", ""},
    {"python3.12", "2028-10-31"},
    {"python3.13", "2029-06-30"},
    {"python3.14", "2029-06-30"},
    {"python3.6", "2022-07-18"},
    {"python3.7", "2023-12-04"},
    {"python3.8", "2024-10-14"},
    {"python3.9", "2025-12-15"},
    {"ruby2.5", "2021-07-30"},
    {"ruby2.7", "2023-12-07"},
    {"ruby3.2", "2026-03-31"},
    {"ruby3.3", "2027-03-31"},
    {"ruby3.4", "2028-03-31"},
}};

}  // namespace

std::string_view runtimeTableDate() { return kTableDate; }

const LambdaRuntime* findLambdaRuntime(std::string_view runtime) {
  for (const LambdaRuntime& row : kRuntimes) {
    if (row.runtime == runtime) return &row;
  }
  return nullptr;
}

const std::vector<std::string_view>& currentLambdaRuntimes() {
  static const std::vector<std::string_view> runtimes = [] {
    std::vector<std::string_view> current;
    for (const LambdaRuntime& row : kRuntimes) {
      if (!row.deprecatedOn(kTableDate)) current.push_back(row.runtime);
    }
    return current;
  }();
  return runtimes;
}

bool supportsInlineCode(std::string_view runtime) {
  return runtime.starts_with("python") || runtime.starts_with("nodejs");
}

}  // namespace vpcsynth::facts
