#include "cost/stack_cost.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "facts/prices.h"
#include "lint/deploy_support.h"
#include "lint/network_model.h"
#include "lint/template_values.h"

namespace vpcsynth {
namespace {

/// Position of `key` in facts::listPrices(), so that charges keep the table's order.
std::size_t tableOrder(std::string_view key) {
  const auto& prices = facts::listPrices();
  for (std::size_t i = 0; i < prices.size(); ++i) {
    if (prices[i].key == key) return i;
  }
  return prices.size();  // not reached: the reader prices only keys of the table
}

/// A literal non-negative count, or nothing.
std::optional<long> literalCount(const Value* value) {
  const std::optional<long> count = lint::integerValue(value);
  if (!count || *count < 0) return std::nullopt;
  return count;
}

/// True when the built-in table prices `key` (a price file can only price keys the table has).
bool tablePrices(std::string_view key) {
  const auto& prices = facts::listPrices();
  return std::any_of(prices.begin(), prices.end(),
                     [&](const facts::ListPrice& row) { return row.key == key; });
}

/// Why a property's value is not known before deployment: where it comes from.
std::string origin(std::string_view property, const Value* value, const Value& templateValue) {
  if (value == nullptr) return fmt::format("{} is not set", property);
  if (value->isFunction(Function::Ref)) {
    const std::string_view name = value->functionCall().argument->text();
    const Value* parameters = templateValue.find("Parameters");
    if (parameters != nullptr && parameters->find(name) != nullptr) {
      return fmt::format("{} comes from parameter '{}'", property, name);
    }
    return fmt::format("{} is !Ref {}", property, name);
  }
  if (value->isFunction()) {
    return fmt::format("{} is computed by {}", property, longName(value->functionCall().function));
  }
  return fmt::format("{} is {}, not a literal", property, describeKind(*value));
}

std::string withCount(const std::string& logicalId, long units, std::string_view unit) {
  if (units == 1) return logicalId;
  return fmt::format("{} ({} {}s)", logicalId, units, unit);
}

class CostReader {
 public:
  explicit CostReader(const Value& templateValue) : template_(templateValue) {}

  StackCost read() {
    const Value* resources = template_.find("Resources");
    if (resources == nullptr || !resources->isMapping()) return std::move(cost_);
    for (const MappingEntry& entry : resources->mapping()) {
      readResource(entry.key, entry.value);
    }
    std::stable_sort(cost_.fixed.begin(), cost_.fixed.end(), [](const auto& a, const auto& b) {
      return tableOrder(a.priceKey) < tableOrder(b.priceKey);
    });
    std::stable_sort(cost_.usage.begin(), cost_.usage.end(), [](const auto& a, const auto& b) {
      return std::pair(tableOrder(a.priceKey), a.baseRpus) <
             std::pair(tableOrder(b.priceKey), b.baseRpus);
    });
    return std::move(cost_);
  }

 private:
  void readResource(const std::string& id, const Value& resource) {
    const auto type = lint::literalText(resource.find("Type"));
    if (!type) return;
    const Value* properties = resource.find("Properties");
    static const Value kNoProperties{Mapping()};
    const Value& props = properties != nullptr ? *properties : kNoProperties;
    condition_.clear();
    if (const auto condition = lint::literalText(resource.find("Condition")))
      condition_ = *condition;
    if (*type == "AWS::EC2::NatGateway") {
      fixed("nat-gateway-hour", 1, id, "NAT gateway");
      usage("nat-gateway-gb", id);
    } else if (*type == "AWS::EC2::EIP") {
      if (const Value* pool = props.find("PublicIpv4Pool")) {
        unknown(id, "public IPv4 address",
                fmt::format("it comes from address pool {}: free when that is your own (BYOIP) "
                            "pool",
                            lint::literalText(pool).value_or("(computed)")));
      } else {
        fixed("public-ipv4-hour", 1, id, "public IPv4 address");
      }
    } else if (*type == "AWS::EC2::VPCEndpoint") {
      readEndpoint(id, props);
    } else if (*type == "AWS::EC2::VPNConnection") {
      fixed("vpn-connection-hour", 1, id, "VPN connection");
    } else if (*type == "AWS::Redshift::Cluster") {
      readCluster(id, props);
    } else if (*type == "AWS::RedshiftServerless::Workgroup") {
      readWorkgroup(id, props);
    } else if (*type == "AWS::RedshiftServerless::Namespace") {
      usage("redshift-managed-storage-gb-month", id);
    }
  }

  void readEndpoint(const std::string& id, const Value& props) {
    const Value* typeValue = props.find("VpcEndpointType");
    // CloudFormation's default type is Gateway (S3 and DynamoDB), which AWS does not charge for.
    const std::string_view endpointType = lint::endpointType(typeValue);
    if (endpointType == "Gateway") return;
    if (endpointType.empty()) {
      unknown(id, "interface endpoint",
              origin("VpcEndpointType", typeValue, template_) + ", so its type is not known");
      return;
    }
    if (endpointType != "Interface") {
      unknown(id, fmt::format("{} endpoint", endpointType),
              "the cost model has no price for this endpoint type");
      return;
    }
    usage("interface-endpoint-gb", id);
    const Value* subnets = props.find("SubnetIds");
    const bool countable =
        subnets != nullptr && subnets->isSequence() &&
        std::none_of(subnets->sequence().begin(), subnets->sequence().end(),
                     [](const Value& subnet) { return subnet.isFunction(Function::If); });
    if (!countable) {
      unknown(id, "interface endpoint AZs",
              origin("SubnetIds", subnets, template_) +
                  ": an interface endpoint is billed per AZ, one subnet each");
      return;
    }
    const long azs = static_cast<long>(subnets->sequence().size());
    fixed("interface-endpoint-az-hour", azs, id, "interface endpoint AZs", "AZ");
  }

  void readCluster(const std::string& id, const Value& props) {
    const Value* nodeTypeValue = props.find("NodeType");
    const auto nodeType = lint::literalText(nodeTypeValue);
    if (!nodeType || nodeType->empty()) {
      unknown(id, "Redshift nodes", origin("NodeType", nodeTypeValue, template_));
      return;
    }
    if (nodeType->starts_with("ra3.")) usage("redshift-managed-storage-gb-month", id);
    const std::string what = fmt::format("Redshift {} nodes", *nodeType);
    std::string priceKey = fmt::format("{}{}", facts::kRedshiftNodeHourPrefix, *nodeType);
    if (!tablePrices(priceKey)) {
      // Not a line of the fixed total: the total stays the sum of what is known, and this
      // cluster is listed with the other unknowns.
      unknown(id, what, fmt::format("the price table has no node type '{}'", *nodeType));
      return;
    }
    const Value* clusterType = props.find("ClusterType");
    const Value* numberOfNodes = props.find("NumberOfNodes");
    std::optional<long> nodes;
    if (lint::literalText(clusterType) == "single-node") {
      nodes = 1;
    } else if (lint::literalText(clusterType) == "multi-node") {
      nodes = literalCount(numberOfNodes);
      if (!nodes) {
        const auto text = lint::literalText(numberOfNodes);
        unknown(id, what,
                text ? fmt::format("NumberOfNodes '{}' is not a count of nodes", *text)
                     : origin("NumberOfNodes", numberOfNodes, template_));
        return;
      }
      if (*nodes > facts::kRedshiftMaxNodesPerCluster) {
        unknown(id, what,
                fmt::format("NumberOfNodes {} is out of range: above {}, AWS's default quota of "
                            "nodes in one cluster",
                            *nodes, facts::kRedshiftMaxNodesPerCluster));
        return;
      }
    } else {
      unknown(id, what, origin("ClusterType", clusterType, template_));
      return;
    }
    fixed(std::move(priceKey), *nodes, id, what, "node");
  }

  void readWorkgroup(const std::string& id, const Value& props) {
    const Value* base = props.find("BaseCapacity");
    int rpus = 0;  // not fixed by the template
    if (base == nullptr) {
      rpus = facts::kServerlessDefaultBaseRpus;
    } else if (const auto count = literalCount(base); count && *count > 0 && *count < 100000) {
      rpus = static_cast<int>(*count);
    }
    usage("serverless-rpu-hour", id, rpus);
  }

  /// Adds `units` of `key`'s price for resource `id`; `unitName` names one unit when a resource
  /// can hold several ("AZ", "node").
  void fixed(std::string key, long units, const std::string& id, std::string_view what,
             std::string_view unitName = "") {
    if (!condition_.empty()) {
      unknown(id, std::string(what),
              fmt::format("created only when condition '{}' holds", condition_));
      return;
    }
    auto found = std::find_if(cost_.fixed.begin(), cost_.fixed.end(),
                              [&](const FixedCharge& charge) { return charge.priceKey == key; });
    if (found == cost_.fixed.end()) {
      cost_.fixed.push_back({std::move(key), 0, {}});
      found = std::prev(cost_.fixed.end());
    }
    found->units += static_cast<double>(units);
    found->resources.push_back(unitName.empty() ? id : withCount(id, units, unitName));
  }

  /// Adds resource `id` to the users of `key`'s price; a resource under a condition is listed
  /// with it, as it may not exist.
  void usage(std::string key, const std::string& id, int baseRpus = 0) {
    auto found = std::find_if(cost_.usage.begin(), cost_.usage.end(), [&](const UsageCharge& c) {
      return c.priceKey == key && c.baseRpus == baseRpus;
    });
    if (found == cost_.usage.end()) {
      cost_.usage.push_back({std::move(key), baseRpus, {}});
      found = std::prev(cost_.usage.end());
    }
    found->resources.push_back(
        condition_.empty() ? id : fmt::format("{} (only if condition '{}' holds)", id, condition_));
  }

  void unknown(std::string id, std::string what, std::string reason) {
    cost_.unknown.push_back({std::move(id), std::move(what), std::move(reason)});
  }

  const Value& template_;
  StackCost cost_;
  std::string condition_;  // of the resource being read
};

}  // namespace

StackCost stackCost(const Value& templateValue) { return CostReader(templateValue).read(); }

}  // namespace vpcsynth
