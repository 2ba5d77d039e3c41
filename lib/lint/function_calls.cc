#include "lint/function_calls.h"

#include <algorithm>

namespace vpcsynth::lint {

FunctionCalls::FunctionCalls(const LintContext& context)
    : context_(context), policies_(iam::templatePolicies(context.root())) {
  for (const iam::Policy& policy : policies_) {
    if (policy.kind != iam::PolicyKind::Identity) continue;
    for (const iam::Statement& statement : policy.statements) {
      if (statement.effect != iam::Effect::Allow || statement.actions.negated) continue;
      for (const std::string& subject : policy.subjects) {
        for (const iam::Element& action : statement.actions.elements) {
          actionsBySubject_[subject].push_back(action.text);
        }
      }
    }
  }
  for (const Reference& reference : context.references()) {
    if (reference.fromResource.empty()) continue;
    if (const Resource* target = context.resource(reference.target)) {
      references_[reference.fromResource].push_back(target);
    }
  }
}

std::vector<const AwsService*> FunctionCalls::servicesOf(const Resource& function) const {
  std::vector<const AwsService*> services;
  const auto add = [&services](const AwsService* service) {
    if (service && std::find(services.begin(), services.end(), service) == services.end()) {
      services.push_back(service);
    }
  };
  const Value* roleValue = function.property("Role");
  const Resource* role = roleValue ? context_.referencedResource(*roleValue) : nullptr;
  if (role) {
    if (auto found = actionsBySubject_.find(role->name); found != actionsBySubject_.end()) {
      for (std::string_view action : found->second) add(serviceCalledFor(action));
    }
  }
  if (auto found = references_.find(function.name); found != references_.end()) {
    for (const Resource* target : found->second) add(serviceReading(target->type));
  }
  return services;
}

}  // namespace vpcsynth::lint
