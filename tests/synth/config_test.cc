#include <catch2/catch.hpp>

#include "config/config_reader.h"
#include "config/starter_config.h"

using namespace vpcsynth;

namespace {

ConfigResult read(std::string_view text) { return readConfig(text, "c.yaml"); }

std::vector<std::string> rendered(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const Diagnostic& diagnostic : diagnostics) lines.push_back(renderDiagnostic(diagnostic));
  return lines;
}

}  // namespace

TEST_CASE("every section and key is read into the pattern model") {
  ConfigResult result = read(
      "variant: private-only\n"
      "network: {cidr: 10.9.0.0/16, azs: 3, nat: single, private-subnets: [a, b], "
      "public-subnets: [c], s3-gateway-endpoint: false}\n"
      "redshift: {create: false, cluster-identifier: c1, node-type: dc2.large, node-count: 4, "
      "database: db, master-username: u, port: 5440, snapshot-retention-days: 3, "
      "password-parameter: /p, password-parameter-version: 2, password-kms-key-arn: k, "
      "endpoint-address: h, enhanced-vpc-routing: false, s3-buckets: [b1, b2]}\n"
      "lambda: {function-name: f, runtime: nodejs22.x, handler: h.x, memory: 512, timeout: 5, "
      "code: {s3-bucket: b, s3-key: k}, credentials: iam}\n"
      "on-premises: {customer-gateway-ip: 1.2.3.4, bgp-asn: 65001, cidrs: [192.168.0.0/16]}\n");
  CHECK(result.diagnostics.empty());
  REQUIRE(result.spec);
  const PatternSpec& spec = *result.spec;
  CHECK(spec.variant == Variant::PrivateOnly);
  CHECK(spec.network.cidr == "10.9.0.0/16");
  CHECK(spec.network.azCount == 3);
  CHECK(spec.network.nat == NatMode::Single);
  CHECK(spec.network.privateSubnets == std::vector<std::string>{"a", "b"});
  CHECK(spec.network.publicSubnets == std::vector<std::string>{"c"});
  CHECK_FALSE(spec.network.s3GatewayEndpoint);
  CHECK_FALSE(spec.redshift.createCluster);
  CHECK(spec.redshift.clusterIdentifier == "c1");
  CHECK(spec.redshift.nodeType == "dc2.large");
  CHECK(spec.redshift.nodeCount == 4);
  CHECK(spec.redshift.database == "db");
  CHECK(spec.redshift.masterUsername == "u");
  CHECK(spec.redshift.port == 5440);
  CHECK(spec.redshift.snapshotRetentionDays == 3);
  CHECK(spec.redshift.passwordParameter == "/p");
  CHECK(spec.redshift.passwordParameterVersion == 2);
  CHECK(spec.redshift.passwordKeyArn == "k");
  CHECK(spec.redshift.endpointAddress == "h");
  CHECK_FALSE(spec.redshift.enhancedVpcRouting);
  CHECK(spec.redshift.s3Buckets == std::vector<std::string>{"b1", "b2"});
  CHECK(spec.lambda.functionName == "f");
  CHECK(spec.lambda.runtime == "nodejs22.x");
  CHECK(spec.lambda.handler == "h.x");
  CHECK(spec.lambda.memoryMb == 512);
  CHECK(spec.lambda.timeoutSeconds == 5);
  CHECK(spec.lambda.codeS3Bucket == "b");
  CHECK(spec.lambda.codeS3Key == "k");
  CHECK(spec.lambda.credentials == CredentialSource::IamCredentials);
  CHECK(spec.onPremises.enabled);
  CHECK(spec.onPremises.customerGatewayIp == "1.2.3.4");
  CHECK(spec.onPremises.bgpAsn == 65001);
  CHECK(spec.onPremises.cidrs == std::vector<std::string>{"192.168.0.0/16"});
}

TEST_CASE("unknown keys are reported with a suggestion, at the key") {
  ConfigResult result = read("netwrok:\n  azs: 2\nnetwork:\n  private-subnet: []\n  zones: 3\n");
  CHECK(rendered(result.diagnostics) ==
        std::vector<std::string>{
            "c.yaml:1:1: error C0001: netwrok: unknown key (did you mean 'network'?)\n",
            "c.yaml:4:3: error C0001: network.private-subnet: unknown key (did you mean "
            "'private-subnets'?)\n",
            "c.yaml:5:3: error C0001: network.zones: unknown key\n",
        });
}

TEST_CASE("wrong value types name what was expected and what was found") {
  ConfigResult result = read(
      "network:\n  azs: two\n  private-subnets: 10.0.0.0/24\nredshift:\n  port: '5439'\n"
      "  create: maybe\nlambda: []\non-premises:\n  cidrs: [[x]]\n");
  CHECK(rendered(result.diagnostics) ==
        std::vector<std::string>{
            "c.yaml:2:8: error C0002: network.azs: expected an integer, found the string 'two'\n",
            "c.yaml:3:20: error C0002: network.private-subnets: expected a list of strings, found "
            "the string '10.0.0.0/24'\n",
            "c.yaml:5:9: error C0002: redshift.port: expected an integer, found the string "
            "'5439'\n",
            "c.yaml:6:11: error C0002: redshift.create: expected a boolean (true or false), found "
            "the string 'maybe'\n",
            "c.yaml:7:9: error C0002: lambda: expected a mapping, found a list\n",
            "c.yaml:9:11: error C0002: on-premises.cidrs[0]: expected a string, found a list\n",
        });
}

TEST_CASE("enumerated values list the choices and suggest the closest") {
  ConfigResult result = read("network:\n  nat: per_az\nlambda:\n  credentials: IAM\n");
  CHECK(rendered(result.diagnostics) ==
        std::vector<std::string>{
            "c.yaml:2:8: error C0012: network.nat: 'per_az' is not 'per-az' or 'single' (did you "
            "mean 'per-az'?)\n",
            "c.yaml:4:16: error C0012: lambda.credentials: 'IAM' is not 'password', 'iam' or "
            "'managed-secret' (did you mean 'iam'?)\n",
        });
}

TEST_CASE("null values and empty sections keep the defaults") {
  ConfigResult result = read("network:\nredshift:\n  cluster-identifier:\n  port: ~\n");
  CHECK(result.diagnostics.empty());
  REQUIRE(result.spec);
  CHECK(result.spec->redshift.port == 5439);
  CHECK(result.spec->network.azCount == 2);
}

TEST_CASE("integers out of range are reported, not wrapped") {
  ConfigResult result = read("network:\n  azs: 99999999999\n");
  CHECK(rendered(result.diagnostics) ==
        std::vector<std::string>{
            "c.yaml:2:8: error C0012: network.azs: 99999999999 is out of range\n"});
}

TEST_CASE("YAML errors come from the reader") {
  ConfigResult result = read("network: [\n");
  CHECK_FALSE(result.spec);
  REQUIRE_FALSE(result.diagnostics.empty());
  CHECK(result.diagnostics[0].ruleId == "T0001");
}

TEST_CASE("the starter configuration reads as the built-in default") {
  ConfigResult result = read(starterConfig());
  CHECK(result.diagnostics.empty());
  REQUIRE(result.spec);
  const PatternSpec defaults;
  CHECK(result.spec->variant == defaults.variant);
  CHECK(result.spec->network.cidr == defaults.network.cidr);
  CHECK(result.spec->network.azCount == defaults.network.azCount);
  CHECK(result.spec->redshift.nodeType == defaults.redshift.nodeType);
  CHECK(result.spec->redshift.nodeCount == defaults.redshift.nodeCount);
  CHECK(result.spec->redshift.port == defaults.redshift.port);
  CHECK(result.spec->redshift.snapshotRetentionDays == defaults.redshift.snapshotRetentionDays);
  CHECK(result.spec->redshift.passwordParameter == defaults.redshift.passwordParameter);
  CHECK(result.spec->lambda.runtime == defaults.lambda.runtime);
  CHECK(result.spec->lambda.memoryMb == defaults.lambda.memoryMb);
  CHECK(result.spec->lambda.timeoutSeconds == defaults.lambda.timeoutSeconds);
  CHECK_FALSE(result.spec->onPremises.enabled);
}

TEST_CASE("every on-premises key is read, and a connection may be one name or a list") {
  ConfigResult result = read(
      "on-premises:\n  connection: [direct-connect, vpn]\n  cidrs: [192.168.0.0/16]\n"
      "  customer-gateway-ip: 1.2.3.4\n  bgp-asn: 65001\n"
      "  direct-connect: {gateway-id: g, amazon-side-asn: 64600, allowed-prefixes: [p1, p2]}\n"
      "  transit-gateway: {id: t, appliance-mode: true, dns-support: false}\n"
      "  client-cidrs: [c1]\n");
  CHECK(result.diagnostics.empty());
  REQUIRE(result.spec);
  const OnPremisesSpec& onPremises = result.spec->onPremises;
  CHECK(onPremises.enabled);
  CHECK(onPremises.connections ==
        std::vector<OnPremisesLink>{OnPremisesLink::DirectConnect, OnPremisesLink::Vpn});
  CHECK(onPremises.uses(OnPremisesLink::Vpn));
  CHECK(onPremises.usesVpnGateway());
  CHECK_FALSE(onPremises.uses(OnPremisesLink::TransitGateway));
  CHECK(onPremises.directConnect.gatewayId == "g");
  CHECK(onPremises.directConnect.amazonSideAsn == 64600);
  CHECK(onPremises.directConnect.allowedPrefixes == std::vector<std::string>{"p1", "p2"});
  CHECK(onPremises.transitGateway.id == "t");
  CHECK(onPremises.transitGateway.applianceMode);
  CHECK_FALSE(onPremises.transitGateway.dnsSupport);
  CHECK(onPremises.clientCidrs == std::vector<std::string>{"c1"});

  ConfigResult single = read("on-premises: {connection: transit-gateway}\n");
  REQUIRE(single.spec);
  CHECK(single.spec->onPremises.connections ==
        std::vector<OnPremisesLink>{OnPremisesLink::TransitGateway});
  CHECK_FALSE(single.spec->onPremises.usesVpnGateway());
  // Without the key, a VPN as before; with `enabled: false`, nothing is used.
  ConfigResult vpn = read("on-premises: {cidrs: [192.168.0.0/16]}\n");
  REQUIRE(vpn.spec);
  CHECK(vpn.spec->onPremises.uses(OnPremisesLink::Vpn));
  ConfigResult off = read("on-premises: {enabled: false}\n");
  REQUIRE(off.spec);
  CHECK_FALSE(off.spec->onPremises.uses(OnPremisesLink::Vpn));
}

TEST_CASE("on-premises connection of the wrong type") {
  ConfigResult result = read(
      "on-premises:\n  connection: {vpn: true}\n"
      "  transit-gateway: {appliance-mode: 'yes'}\n");
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].message ==
        "on-premises.connection: expected a string, found a mapping");
  CHECK(result.diagnostics[1].message ==
        "on-premises.transit-gateway.appliance-mode: expected a boolean (true or false), found "
        "the string 'yes'");
}

TEST_CASE("overrides replace the configuration's values") {
  ConfigResult result = read("variant: private-only\nnetwork:\n  azs: 2\n");
  REQUIRE(result.spec);
  ConfigOverrides overrides;
  overrides.variant = Variant::NatEgress;
  overrides.azs = 4;
  overrides.nat = NatMode::Single;
  applyOverrides(overrides, *result.spec, result.positions);
  CHECK(result.spec->variant == Variant::NatEgress);
  CHECK(result.spec->network.azCount == 4);
  CHECK(result.spec->network.nat == NatMode::Single);
  CHECK(result.positions.find("network.azs").fileName() == "--azs");
}
