// P0004: two routes of one route table to the same destination.
#include <fmt/format.h>

#include <map>

#include "lint/deploy_support.h"
#include "lint/rule.h"
#include "net/cidr.h"

namespace vpcsynth::lint {
namespace {

constexpr std::string_view kDestinationProperties[] = {
    "DestinationCidrBlock", "DestinationIpv6CidrBlock", "DestinationPrefixListId"};

// Says which route table a `RouteTableId` names, such that equal keys are the same table for
// certain: a table of the template, a parameter, or a literal ID. Empty when unknown.
std::string tableKey(const LintContext& context, const Value* value) {
  if (!value) return {};
  if (const Resource* table = context.referencedResource(*value)) {
    return value->isFunction(Function::Ref) ? fmt::format("resource:{}", table->name)
                                            : std::string();
  }
  if (value->isFunction(Function::Ref)) {
    return fmt::format("ref:{}", value->functionCall().argument->text());
  }
  if (auto text = literalText(value)) return fmt::format("id:{}", *text);
  return {};
}

// The destination a route is identified by, normalised ("10.0.0.0/8" for "10.0.0.0/08").
std::string destinationKey(const Resource& route) {
  for (std::string_view property : kDestinationProperties) {
    auto text = literalText(route.property(property));
    if (!text) continue;
    if (auto cidr = net::parseCidr(*text))
      return fmt::format("{}:{}", property, net::formatCidr(*cidr));
    return fmt::format("{}:{}", property, *text);
  }
  return {};
}

class DuplicateRouteRule final : public Rule {
 public:
  DuplicateRouteRule()
      : Rule({"P0004", Severity::Error, "Two routes of one route table to the same destination",
              ""}) {}

  void check(const LintContext& context, Findings& findings) const override {
    std::map<std::pair<std::string, std::string>, const Resource*> first;
    for (const Resource* route : context.resourcesOfType("AWS::EC2::Route")) {
      if (isConditional(*route)) continue;
      std::string table = tableKey(context, route->property("RouteTableId"));
      std::string destination = destinationKey(*route);
      if (table.empty() || destination.empty()) continue;
      auto [it, inserted] = first.emplace(std::pair{table, destination}, route);
      if (inserted) continue;
      findings.add(route->keyPosition,
                   fmt::format("route '{}' has the same route table and destination as route "
                               "'{}'; EC2 refuses the second: \"RouteAlreadyExists: The route "
                               "identified by {} already exists\"",
                               route->name, it->second->name,
                               destination.substr(destination.find(':') + 1)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeDuplicateRouteRule() { return std::make_unique<DuplicateRouteRule>(); }

}  // namespace vpcsynth::lint
