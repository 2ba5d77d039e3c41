#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "iam/policy_sources.h"
#include "lint/aws_services.h"
#include "lint/lint_context.h"

namespace vpcsynth::lint {

/// The AWS services each Lambda function of a template calls from its code: the services of
/// the actions its role is allowed (through the shared IAM model) and of the parameters and
/// secrets it refers to. Built once per template.
class FunctionCalls {
 public:
  explicit FunctionCalls(const LintContext& context);

  /// The services `function` calls, each once, in the order the template first shows them.
  std::vector<const AwsService*> servicesOf(const Resource& function) const;

 private:
  const LintContext& context_;
  /// Owns the texts the maps below point into; built first, never changed.
  const std::vector<iam::Policy> policies_;
  /// The allowed actions of each role, user or group (by logical ID).
  std::unordered_map<std::string_view, std::vector<std::string_view>> actionsBySubject_;
  /// The resources each resource refers to.
  std::unordered_map<std::string_view, std::vector<const Resource*>> references_;
};

}  // namespace vpcsynth::lint
