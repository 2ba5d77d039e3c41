#include "synth/path_check.h"

#include <fmt/format.h>

#include <algorithm>

#include "lint/function_calls.h"
#include "lint/reachability.h"
#include "lint/redshift_topology.h"
#include "net/cidr.h"
#include "synth/logical_ids.h"

namespace vpcsynth {
namespace {

using lint::AwsService;
using lint::PathVerdict;

// The service the function calls to authenticate, and what for.
struct CredentialsCall {
  const AwsService* service;
  std::string_view purpose;
};

CredentialsCall credentialsCall(CredentialSource credentials, RedshiftKind kind) {
  if (credentials == CredentialSource::IamCredentials && kind == RedshiftKind::Serverless) {
    return {lint::serviceCalledFor("redshift-serverless:GetCredentials"),
            "get temporary database credentials"};
  }
  if (credentials == CredentialSource::IamCredentials) {
    return {lint::serviceCalledFor("redshift:GetClusterCredentials"),
            "get temporary database credentials"};
  }
  if (credentials == CredentialSource::ManagedSecret) {
    return {lint::serviceCalledFor("secretsmanager:GetSecretValue"),
            "read the master password's secret"};
  }
  return {lint::serviceCalledFor("ssm:GetParameter"), "read the database password"};
}

}  // namespace

Problems checkPaths(const PatternSpec& spec, const Value& document) {
  Problems problems;
  const lint::LintContext context(document, {}, "<generated>");
  const lint::Resource* function = context.resource(logical_id::kFunction);
  if (!function) return problems;
  const lint::Reachability reachability(context);
  const lint::NetworkSource source = lint::functionSource(context, *function);

  // The credentials service is what the variant must give a path to; any other service the
  // generator grants must be reachable, or the generator is wrong.
  const CredentialsCall needed = credentialsCall(spec.lambda.credentials, spec.redshift.kind);
  std::vector<const AwsService*> calls = lint::FunctionCalls(context).servicesOf(*function);
  if (std::find(calls.begin(), calls.end(), needed.service) == calls.end()) {
    calls.push_back(needed.service);
  }
  for (const AwsService* service : calls) {
    const PathVerdict verdict = reachability.toService(source, *service);
    if (!verdict.isBlocked()) continue;
    if (service == needed.service) {
      // A managed secret has no other way in: the stack would be useless, so it is an error. A
      // password or IAM credentials may still come through the user's own endpoint.
      const Severity severity = spec.lambda.credentials == CredentialSource::ManagedSecret
                                    ? Severity::Error
                                    : Severity::Warning;
      problems.push_back(
          {severity, config_rule::kNoCredentialsPath, "lambda.credentials",
           fmt::format("in variant {} the function cannot reach {} to {}: blocked by {}; use "
                       "variant private-endpoints or nat-egress",
                       variantName(spec.variant), service->name, needed.purpose, verdict.hop)});
    } else {
      problems.push_back({Severity::Error, config_rule::kGeneratedPathBlocked, "variant",
                          fmt::format("the generated function calls {} but cannot reach it: "
                                      "blocked by {}",
                                      service->name, verdict.hop)});
    }
  }
  for (const lint::ClusterTopology& cluster : lint::clusterTopologies(context)) {
    // On-premises clients the cluster admits must get its replies (A0012's question).
    const std::vector<std::string> noClients;
    for (const std::string& clients :
         spec.onPremises.enabled ? spec.onPremises.clientCidrs : noClients) {
      const std::optional<net::Cidr> range = net::parseIpv4Network(clients).cidr;
      if (!range) continue;
      const PathVerdict back = reachability.routesTo(cluster.subnets, *range);
      if (!back.isBlocked()) continue;
      problems.push_back({Severity::Error, config_rule::kGeneratedPathBlocked,
                          "on-premises.client-cidrs",
                          fmt::format("the generated cluster cannot answer clients in {}: blocked "
                                      "by {}",
                                      clients, back.hop)});
    }
    const lint::ListeningTarget target{cluster.targetName(), cluster.subnets,
                                       cluster.securityGroups, cluster.port};
    const PathVerdict verdict = reachability.toListener(source, target);
    if (!verdict.isBlocked()) continue;
    problems.push_back({Severity::Error, config_rule::kGeneratedPathBlocked, "redshift",
                        fmt::format("the generated function cannot connect to {}: blocked by {}",
                                    target.name, verdict.hop)});
  }
  return problems;
}

}  // namespace vpcsynth
