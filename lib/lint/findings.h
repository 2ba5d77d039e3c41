#pragma once

#include <string>

#include "diagnostic.h"
#include "lint/rule_info.h"

namespace vpcsynth::lint {

/// Where one rule adds its findings: each becomes a `Diagnostic` carrying the rule's ID and
/// severity, appended to the caller's list.
class Findings {
 public:
  /// `fallback` positions a finding whose value was not read from the file (line 0).
  Findings(const RuleInfo& rule, Diagnostics& out, Position fallback)
      : rule_(rule), out_(out), fallback_(fallback) {}

  /// Reports `message` at `position`.
  void add(const Position& position, std::string message);

 private:
  const RuleInfo& rule_;
  Diagnostics& out_;
  Position fallback_;
};

}  // namespace vpcsynth::lint
