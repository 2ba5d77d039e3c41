// A0008: a function in a VPC that reads Parameter Store or Secrets Manager has no network path
// to it: no NAT gateway on its subnets' default routes and no interface endpoint.
#include <fmt/format.h>

#include <array>
#include <unordered_map>

#include "iam/containment.h"
#include "iam/policy_sources.h"
#include "lint/lambda_functions.h"
#include "lint/network_model.h"
#include "lint/redshift_topology.h"
#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

struct Service {
  std::string_view name;          // as people say it
  std::string_view endpoint;      // the suffix of the endpoint's service name
  std::string_view action;        // what reading calls
  std::string_view resourceType;  // what a template declares for it
};

constexpr std::array<Service, 2> kServices = {{
    {"Parameter Store", ".ssm", "ssm:GetParameter", "AWS::SSM::Parameter"},
    {"Secrets Manager", ".secretsmanager", "secretsmanager:GetSecretValue",
     "AWS::SecretsManager::Secret"},
}};

// The role a function runs as, when the template declares it.
const Resource* roleOf(const LintContext& context, const Resource& function) {
  const Value* role = function.property("Role");
  return role ? context.referencedResource(*role) : nullptr;
}

// The resources each resource refers to, found in one pass over the references.
using ReferenceMap = std::unordered_map<std::string_view, std::vector<const Resource*>>;

ReferenceMap referencesByResource(const LintContext& context) {
  ReferenceMap map;
  for (const Reference& reference : context.references()) {
    if (reference.fromResource.empty()) continue;
    if (const Resource* target = context.resource(reference.target)) {
      map[reference.fromResource].push_back(target);
    }
  }
  return map;
}

// The actions each role (or user, group, managed policy) is allowed, from the identity policies
// that apply to it: inline, `AWS::IAM::Policy`, `ManagedPolicy`, `RolePolicy`, ...
using RoleActions = std::unordered_map<std::string_view, std::vector<std::string_view>>;

RoleActions actionsByRole(const std::vector<iam::Policy>& policies) {
  RoleActions actions;
  for (const iam::Policy& policy : policies) {
    if (policy.kind != iam::PolicyKind::Identity) continue;
    for (const iam::Statement& statement : policy.statements) {
      if (statement.effect != iam::Effect::Allow || statement.actions.negated) continue;
      for (const std::string& subject : policy.subjects) {
        for (const iam::Element& action : statement.actions.elements) {
          actions[subject].push_back(action.text);
        }
      }
    }
  }
  return actions;
}

bool readsService(const LintContext& context, const Resource& function, const Service& service,
                  const RoleActions& roleActions, const ReferenceMap& references) {
  if (auto found = references.find(function.name); found != references.end()) {
    for (const Resource* target : found->second) {
      if (target->type == service.resourceType) return true;
    }
  }
  const Resource* role = roleOf(context, function);
  auto allowed = role ? roleActions.find(role->name) : roleActions.end();
  if (allowed == roleActions.end()) return false;
  for (std::string_view action : allowed->second) {
    if (action != "*" && iam::patternMatches(action, service.action)) return true;
  }
  return false;
}

bool hasInterfaceEndpoint(const LintContext& context, const Service& service) {
  for (const Resource* endpoint : context.resourcesOfType("AWS::EC2::VPCEndpoint")) {
    const Value* type = endpoint->property("VpcEndpointType");
    if (!type || type->text() != "Interface") continue;
    const Value* name = endpoint->property("ServiceName");
    if (!name) continue;
    const Value* text =
        name->isFunction(Function::Sub) ? name->functionCall().argument.get() : name;
    if (text->isSequence() && !text->sequence().empty()) text = &text->sequence().front();
    if (text->isScalar() && text->text().ends_with(service.endpoint)) return true;
    if (!text->isScalar()) return true;  // computed: it may be this service's
  }
  return false;
}

class SecretStorePathRule final : public Rule {
 public:
  SecretStorePathRule()
      : Rule({"A0008", Severity::Error,
              "A function reads Parameter Store or Secrets Manager with no network path to it",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const std::vector<iam::Policy> policies = iam::templatePolicies(context.root());
    const RoleActions roleActions = actionsByRole(policies);
    const ReferenceMap references = referencesByResource(context);
    const NetworkModel network(context);
    for (const Resource* function : lambdaFunctions(context)) {
      const ResourceList subnets = functionSubnets(context, *function);
      if (subnets.resources.empty() || !subnets.complete) continue;
      bool anyNat = false;
      for (const Resource* subnet : subnets.resources) anyNat |= network.defaultRouteToNat(*subnet);
      if (anyNat) continue;
      for (const Service& service : kServices) {
        if (!readsService(context, *function, service, roleActions, references) ||
            hasInterfaceEndpoint(context, service)) {
          continue;
        }
        const Value* config = function->property("VpcConfig");
        findings.add(config ? config->position() : function->keyPosition,
                     fmt::format("function '{}' reads {} but runs in subnets with no route to a "
                                 "NAT gateway and the VPC has no interface endpoint for it: the "
                                 "call would time out; add a NAT gateway route or an interface "
                                 "VPC endpoint (com.amazonaws.<region>{})",
                                 function->name, service.name, service.endpoint));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSecretStorePathRule() { return std::make_unique<SecretStorePathRule>(); }

}  // namespace vpcsynth::lint
