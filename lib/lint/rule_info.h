#pragma once

#include <string_view>

#include "diagnostic.h"

namespace vpcsynth::lint {

/// What a rule is, independent of any template: the data behind `--list-rules`, the reporters'
/// rule tables and the documentation page `docs/rules/<id>.md`.
struct RuleInfo {
  /// Stable identifier: a letter for the family, four digits. Never reused once published.
  std::string_view id;
  Severity severity = Severity::Error;
  /// One line, no final period.
  std::string_view title;
  /// The cfn-lint rule IDs that check the same thing, comma-separated; a resource's
  /// `Metadata: cfn-lint: config: ignore_checks` naming one of them suppresses this rule too.
  std::string_view cfnLintIds;
};

}  // namespace vpcsynth::lint
