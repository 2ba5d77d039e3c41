#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vpcsynth::lint {

/// Which rules run, chosen by ID prefix (`S` for every security rule, `S0002` for one). When
/// prefixes of both lists match an ID, the longer one decides (a tie ignores); when `include` is
/// not empty, a rule that matches neither list does not run.
class RuleFilter {
 public:
  /// Adds prefixes; repeated calls, from the configuration file and the command line, merge.
  void ignore(const std::vector<std::string>& prefixes);
  void include(const std::vector<std::string>& prefixes);

  bool enabled(std::string_view id) const;

 private:
  std::vector<std::string> ignored_;
  std::vector<std::string> included_;
};

}  // namespace vpcsynth::lint
