#include "config/config_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "model/scalar_type.h"
#include "pattern/problem.h"
#include "text/suggest.h"
#include "yaml/reader.h"

namespace vpcsynth {
namespace {

constexpr std::size_t kMaxConfigDepth = 16;

bool isNullValue(const Value& value) {
  return value.isNull() || (value.isScalar() && value.scalar().style == ScalarStyle::Plain &&
                            isPlainNull(value.text()));
}

std::string describeFound(const Value& value) {
  if (value.isScalar()) {
    const Scalar& scalar = value.scalar();
    if (scalar.style == ScalarStyle::Plain && plainBoolean(scalar.text)) {
      return fmt::format("the boolean {}", scalar.text);
    }
    if (scalar.style == ScalarStyle::Plain && isJsonNumber(scalar.text)) {
      return fmt::format("the number {}", scalar.text);
    }
    return fmt::format("the string '{}'", scalar.text);
  }
  return std::string(describeKind(value));
}

// One key of a section and what to do with its (non-null) value.
struct Field {
  std::string_view name;
  std::function<void(const Value& value, const std::string& key)> read;
};

class ConfigReader {
 public:
  ConfigReader(Diagnostics& diagnostics, KeyPositions& positions)
      : diagnostics_(diagnostics), positions_(positions) {}

  void readRoot(const Value& root, PatternSpec& spec) {
    if (isNullValue(root)) return;
    readSection(
        root, "",
        {
            {"variant",
             [&](const Value& v, const std::string& k) { readVariant(v, k, spec.variant); }},
            {"network",
             [&](const Value& v, const std::string& k) { readNetwork(v, k, spec.network); }},
            {"redshift",
             [&](const Value& v, const std::string& k) { readRedshift(v, k, spec.redshift); }},
            {"lambda",
             [&](const Value& v, const std::string& k) { readLambda(v, k, spec.lambda); }},
            {"on-premises",
             [&](const Value& v, const std::string& k) { readOnPremises(v, k, spec.onPremises); }},
        });
  }

 private:
  void readNetwork(const Value& section, const std::string& prefix, NetworkSpec& network) {
    readSection(section, prefix,
                {
                    {"cidr", text(network.cidr)},
                    {"azs", integer(network.azCount)},
                    {"nat",
                     [&](const Value& v, const std::string& k) {
                       choice(v, k, {"per-az", "single"}, [&](std::string_view name) {
                         network.nat = name == "single" ? NatMode::Single : NatMode::PerAz;
                       });
                     }},
                    {"private-subnets", stringList(network.privateSubnets)},
                    {"public-subnets", stringList(network.publicSubnets)},
                    {"s3-gateway-endpoint", boolean(network.s3GatewayEndpoint)},
                });
  }

  void readRedshift(const Value& section, const std::string& prefix, RedshiftSpec& redshift) {
    readSection(section, prefix,
                {
                    {"kind",
                     [&](const Value& v, const std::string& k) {
                       choice(v, k, {"provisioned", "serverless"}, [&](std::string_view name) {
                         redshift.kind = name == "serverless" ? RedshiftKind::Serverless
                                                              : RedshiftKind::Provisioned;
                       });
                     }},
                    {"create", boolean(redshift.createCluster)},
                    {"cluster-identifier", text(redshift.clusterIdentifier)},
                    {"node-type", text(redshift.nodeType)},
                    {"node-count", integer(redshift.nodeCount)},
                    {"database", text(redshift.database)},
                    {"master-username", text(redshift.masterUsername)},
                    {"port", integer(redshift.port)},
                    {"snapshot-retention-days", integer(redshift.snapshotRetentionDays)},
                    {"password-parameter", text(redshift.passwordParameter)},
                    {"password-parameter-version", integer(redshift.passwordParameterVersion)},
                    {"password-kms-key-arn", text(redshift.passwordKeyArn)},
                    {"endpoint-address", text(redshift.endpointAddress)},
                    {"enhanced-vpc-routing", boolean(redshift.enhancedVpcRouting)},
                    {"s3-buckets", stringList(redshift.s3Buckets)},
                    {"namespace-name", text(redshift.namespaceName)},
                    {"workgroup-name", text(redshift.workgroupName)},
                    {"base-capacity", integer(redshift.baseCapacity)},
                });
  }

  void readLambda(const Value& section, const std::string& prefix, LambdaSpec& lambda) {
    readSection(
        section, prefix,
        {
            {"function-name", text(lambda.functionName)},
            {"runtime", text(lambda.runtime)},
            {"handler", text(lambda.handler)},
            {"memory", integer(lambda.memoryMb)},
            {"timeout", integer(lambda.timeoutSeconds)},
            {"code",
             [&](const Value& v, const std::string& k) {
               readSection(
                   v, k,
                   {{"s3-bucket", text(lambda.codeS3Bucket)}, {"s3-key", text(lambda.codeS3Key)}});
             }},
            {"credentials",
             [&](const Value& v, const std::string& k) {
               choice(v, k, {"password", "iam", "managed-secret"}, [&](std::string_view name) {
                 lambda.credentials = *parseCredentialSource(name);
               });
             }},
        });
  }

  void readOnPremises(const Value& section, const std::string& prefix, OnPremisesSpec& onPremises) {
    // The section's presence turns on-premises connectivity on; `enabled: false` keeps the
    // settings but turns it off.
    onPremises.enabled = true;
    DirectConnectSpec& directConnect = onPremises.directConnect;
    TransitGatewaySpec& transitGateway = onPremises.transitGateway;
    readSection(
        section, prefix,
        {
            {"enabled", boolean(onPremises.enabled)},
            {"connection", [&](const Value& v,
                               const std::string& k) { readLinks(v, k, onPremises.connections); }},
            {"cidrs", stringList(onPremises.cidrs)},
            {"customer-gateway-ip", text(onPremises.customerGatewayIp)},
            {"bgp-asn", integer(onPremises.bgpAsn)},
            {"direct-connect",
             [&](const Value& v, const std::string& k) {
               readSection(v, k,
                           {{"gateway-id", text(directConnect.gatewayId)},
                            {"amazon-side-asn", integer(directConnect.amazonSideAsn)},
                            {"allowed-prefixes", stringList(directConnect.allowedPrefixes)}});
             }},
            {"transit-gateway",
             [&](const Value& v, const std::string& k) {
               readSection(v, k,
                           {{"id", text(transitGateway.id)},
                            {"appliance-mode", boolean(transitGateway.applianceMode)},
                            {"dns-support", boolean(transitGateway.dnsSupport)}});
             }},
            {"client-cidrs", stringList(onPremises.clientCidrs)},
        });
  }

  // `connection`: one name or a list of names, each at most once.
  void readLinks(const Value& value, const std::string& key, std::vector<OnPremisesLink>& links) {
    std::vector<std::string_view> names;
    for (OnPremisesLink link :
         {OnPremisesLink::Vpn, OnPremisesLink::DirectConnect, OnPremisesLink::TransitGateway}) {
      names.push_back(onPremisesLinkName(link));
    }
    auto readOne = [&](const Value& item, const std::string& itemKey) {
      choice(item, itemKey, names, [&](std::string_view name) {
        const OnPremisesLink link = *parseOnPremisesLink(name);
        if (std::find(links.begin(), links.end(), link) != links.end()) {
          return error(config_rule::kInvalidValue, item.position(),
                       fmt::format("{}: '{}' is listed twice", itemKey, name));
        }
        links.push_back(link);
      });
    };
    links.clear();
    if (!value.isSequence()) return readOne(value, key);
    for (std::size_t i = 0; i < value.sequence().size(); ++i) {
      const std::string itemKey = fmt::format("{}[{}]", key, i);
      positions_.record(itemKey, value.sequence()[i].position());
      readOne(value.sequence()[i], itemKey);
    }
  }

  void readVariant(const Value& value, const std::string& key, Variant& variant) {
    choice(value, key, {std::begin(kVariantNames), std::end(kVariantNames)},
           [&](std::string_view name) { variant = *parseVariant(name); });
  }

  // Reads a mapping whose keys must be `fields`; null means "all defaults".
  void readSection(const Value& section, const std::string& prefix,
                   const std::vector<Field>& fields) {
    if (isNullValue(section)) return;
    if (!section.isMapping()) {
      wrongType(section, prefix.empty() ? "the configuration" : prefix, "a mapping");
      return;
    }
    std::vector<std::string_view> names;
    for (const Field& field : fields) names.push_back(field.name);
    for (const MappingEntry& entry : section.mapping()) {
      const std::string key = prefix.empty() ? entry.key : fmt::format("{}.{}", prefix, entry.key);
      auto field = std::find_if(fields.begin(), fields.end(),
                                [&](const Field& f) { return f.name == entry.key; });
      if (field == fields.end()) {
        error(config_rule::kUnknownKey, entry.keyPosition,
              fmt::format("{}: unknown key{}", key, didYouMean(entry.key, names)));
        continue;
      }
      positions_.record(key, entry.value.position());
      if (!isNullValue(entry.value)) field->read(entry.value, key);
    }
  }

  std::function<void(const Value&, const std::string&)> text(std::string& target) {
    return [this, &target](const Value& value, const std::string& key) {
      if (!value.isScalar()) return wrongType(value, key, "a string");
      target = value.text();
    };
  }

  template <typename Integer>
  std::function<void(const Value&, const std::string&)> integer(Integer& target) {
    return [this, &target](const Value& value, const std::string& key) {
      std::string_view text = value.text();
      std::int64_t parsed = 0;
      auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), parsed);
      const bool isInteger = value.isScalar() && value.scalar().style == ScalarStyle::Plain &&
                             !text.empty() && status == std::errc() &&
                             end == text.data() + text.size();
      if (!isInteger) {
        if (status == std::errc::result_out_of_range) {
          return error(config_rule::kInvalidValue, value.position(),
                       fmt::format("{}: {} is out of range", key, text));
        }
        return wrongType(value, key, "an integer");
      }
      if (parsed < std::numeric_limits<Integer>::min() ||
          parsed > std::numeric_limits<Integer>::max()) {
        return error(config_rule::kInvalidValue, value.position(),
                     fmt::format("{}: {} is out of range", key, text));
      }
      target = static_cast<Integer>(parsed);
    };
  }

  std::function<void(const Value&, const std::string&)> boolean(bool& target) {
    return [this, &target](const Value& value, const std::string& key) {
      std::optional<bool> parsed;
      if (value.isScalar() && value.scalar().style == ScalarStyle::Plain) {
        parsed = plainBoolean(value.text());
      }
      if (!parsed) return wrongType(value, key, "a boolean (true or false)");
      target = *parsed;
    };
  }

  std::function<void(const Value&, const std::string&)> stringList(
      std::vector<std::string>& target) {
    return [this, &target](const Value& value, const std::string& key) {
      if (!value.isSequence()) return wrongType(value, key, "a list of strings");
      target.clear();
      for (std::size_t i = 0; i < value.sequence().size(); ++i) {
        const Value& item = value.sequence()[i];
        const std::string itemKey = fmt::format("{}[{}]", key, i);
        positions_.record(itemKey, item.position());
        if (!item.isScalar() || isNullValue(item)) {
          wrongType(item, itemKey, "a string");
          continue;
        }
        target.emplace_back(item.text());
      }
    };
  }

  void choice(const Value& value, const std::string& key, std::vector<std::string_view> allowed,
              const std::function<void(std::string_view)>& apply) {
    if (!value.isScalar()) return wrongType(value, key, "a string");
    std::string_view text = value.text();
    if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
      // "'a' or 'b'", "'a', 'b' or 'c'".
      std::string list;
      for (std::size_t i = 0; i < allowed.size(); ++i) {
        const std::string_view separator = i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ";
        list += fmt::format("{}'{}'", separator, allowed[i]);
      }
      std::string hint = didYouMean(text, allowed);
      return error(config_rule::kInvalidValue, value.position(),
                   fmt::format("{}: '{}' is not {}{}", key, text, list, hint));
    }
    apply(text);
  }

  void wrongType(const Value& value, std::string_view key, std::string_view expected) {
    error(config_rule::kWrongType, value.position(),
          fmt::format("{}: expected {}, found {}", key, expected, describeFound(value)));
  }

  void error(std::string_view ruleId, Position position, std::string message) {
    diagnostics_.push_back({Severity::Error, std::string(ruleId), std::move(message), position});
  }

  Diagnostics& diagnostics_;
  KeyPositions& positions_;
};

// True when `text` holds nothing but blank lines and comments: a configuration of defaults.
bool isBlank(std::string_view text) {
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, end);
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#') return false;
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return true;
}

}  // namespace

ConfigResult readConfig(std::string_view text, std::string_view fileName) {
  ConfigResult result{std::nullopt, {}, KeyPositions(fileName)};
  if (isBlank(text)) {
    result.spec = PatternSpec{};
    return result;
  }
  ReadLimits limits;
  limits.maxBytes = kMaxConfigBytes;
  limits.maxDepth = kMaxConfigDepth;
  ReadResult read = readDocument(text, fileName, limits);
  result.diagnostics = std::move(read.diagnostics);
  if (!read.ok()) return result;
  PatternSpec spec;
  ConfigReader reader(result.diagnostics, result.positions);
  reader.readRoot(*read.document, spec);
  // Keys in error keep their defaults, so validation can still report the other problems.
  result.spec = std::move(spec);
  return result;
}

void applyOverrides(const ConfigOverrides& overrides, PatternSpec& spec, KeyPositions& positions) {
  auto fromFlag = [&](std::string key, std::string_view flag) {
    Position position;
    position.file = internFileName(flag);
    positions.record(std::move(key), position);
  };
  if (overrides.variant) {
    spec.variant = *overrides.variant;
    fromFlag("variant", "--variant");
  }
  if (overrides.azs) {
    spec.network.azCount = *overrides.azs;
    fromFlag("network.azs", "--azs");
  }
  if (overrides.nat) {
    spec.network.nat = *overrides.nat;
    fromFlag("network.nat", "--nat");
  }
}

}  // namespace vpcsynth
