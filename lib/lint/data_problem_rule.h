#pragma once

#include <memory>

#include "lint/resource_data_check.h"
#include "lint/rule.h"

namespace vpcsynth::lint {

/// A rule that reports one kind of disagreement with the resource data (D0001-D0003, D0005):
/// the check is shared, each rule keeps the problems of its kind.
class DataProblemRule final : public Rule {
 public:
  DataProblemRule(RuleInfo info, DataProblem problem) : Rule(info), problem_(problem) {}

  void check(const LintContext& context, Findings& findings) const override {
    for (DataIssue& issue : checkResourceData(context)) {
      if (issue.problem == problem_) findings.add(issue.position, std::move(issue.message));
    }
  }

 private:
  DataProblem problem_;
};

}  // namespace vpcsynth::lint
