#include "pattern/lambda_runtimes.h"

namespace vpcsynth {

const std::vector<std::string_view>& lambdaRuntimes() {
  static const std::vector<std::string_view> runtimes = {
      "python3.11", "python3.12", "python3.13", "nodejs20.x", "nodejs22.x",      "java17",
      "java21",     "dotnet8",    "ruby3.3",    "ruby3.4",    "provided.al2023",
  };
  return runtimes;
}

bool supportsInlineCode(std::string_view runtime) {
  return runtime.rfind("python", 0) == 0 || runtime.rfind("nodejs", 0) == 0;
}

}  // namespace vpcsynth
