#pragma once

#include "lint/findings.h"
#include "lint/lint_context.h"
#include "lint/rule_info.h"

namespace vpcsynth::lint {

/// One check over a parsed template. Rules are stateless: the registry holds one instance of
/// each and several files may be checked with it at once.
class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(info) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  /// Adds a finding to `findings` for each problem this rule sees in `context`.
  virtual void check(const LintContext& context, Findings& findings) const = 0;

 private:
  RuleInfo info_;
};

}  // namespace vpcsynth::lint
