#pragma once

#include <string_view>
#include <vector>

namespace vpcsynth::facts {

/// When the Lambda runtime table (lambda_runtimes.cc) was last reviewed, `YYYY-MM-DD`: the
/// default of `--as-of`, so that a result changes only when the table or the flag does.
std::string_view runtimeTableDate();

/// One row of the table: a runtime and the day AWS Lambda deprecates it (stops patching it),
/// empty when no day is announced.
struct LambdaRuntime {
  std::string_view runtime;
  std::string_view deprecated;  // YYYY-MM-DD, or empty

  /// True when the runtime is deprecated on `asOf` (YYYY-MM-DD).
  bool deprecatedOn(std::string_view asOf) const {
    return !deprecated.empty() && asOf >= deprecated;
  }
};

/// The row for `runtime`, or null for a runtime the table does not know.
const LambdaRuntime* findLambdaRuntime(std::string_view runtime);

/// The runtimes a new function may use: those not deprecated on the table's date, in a stable
/// order.
const std::vector<std::string_view>& currentLambdaRuntimes();

/// True for runtimes whose code can be given inline (`ZipFile`): Python and Node.js.
bool supportsInlineCode(std::string_view runtime);

}  // namespace vpcsynth::facts
