#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "config/load_config.h"
#include "pattern/network_plan.h"
#include "pattern/validate.h"
#include "synth/synthesize.h"

using namespace vpcsynth;

namespace {

Diagnostics load(std::string_view text, const ConfigOverrides& overrides = {}) {
  return loadConfig(text, "c.yaml", overrides).diagnostics;
}

// The one diagnostic with `ruleId`, rendered without source: "c.yaml:L:C: error ID: message".
std::string only(const Diagnostics& diagnostics, std::string_view ruleId) {
  std::string found;
  int count = 0;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.ruleId != ruleId) continue;
    found = renderDiagnostic(diagnostic);
    ++count;
  }
  INFO(ruleId);
  CHECK(count == 1);
  return found;
}

std::vector<std::string> messages(const Problems& problems) {
  std::vector<std::string> texts;
  for (const Problem& problem : problems) texts.push_back(problem.key + ": " + problem.message);
  return texts;
}

}  // namespace

TEST_CASE("the built-in default and the empty configuration are valid") {
  CHECK(validatePattern(PatternSpec{}).empty());
  LoadedConfig loaded = loadConfig("", "c.yaml");
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.spec);
  CHECK(loaded.spec->variant == Variant::NatEgress);
  CHECK(loadConfig("# only a comment\n\n", "c.yaml").spec);
}

TEST_CASE("AZ counts outside 2-6 are rejected at the key") {
  CHECK(only(load("network:\n  azs: 7\n"), "C0007") ==
        "c.yaml:2:8: error C0007: network.azs: the number of AZs must be between 2 and 6, not 7\n");
  CHECK(only(load("network:\n  azs: 1\n"), "C0007").find("not 1") != std::string::npos);
  CHECK(load("network:\n  azs: 6\n").empty());
}

TEST_CASE("a command-line override is reported at the flag") {
  ConfigOverrides overrides;
  overrides.azs = 9;
  CHECK(only(load("network:\n  azs: 3\n", overrides), "C0007") ==
        "--azs: error C0007: network.azs: the number of AZs must be between 2 and 6, not 9\n");
}

TEST_CASE("subnets outside the VPC, overlapping, too small or malformed are each reported") {
  Diagnostics d = load(
      "network:\n"
      "  cidr: 10.0.0.0/16\n"
      "  private-subnets: [10.0.0.0/24, 10.1.0.0/24, 10.0.0.128/25, 10.0.5.1/24, 10.0.9.0/29]\n"
      "  azs: 5\n");
  CHECK(only(d, "C0004") ==
        "c.yaml:3:34: error C0004: network.private-subnets[1]: subnet 10.1.0.0/24 is not inside "
        "the VPC 10.0.0.0/16\n");
  CHECK(only(d, "C0005") ==
        "c.yaml:3:47: error C0005: network.private-subnets[2]: 10.0.0.128/25 overlaps "
        "10.0.0.0/24 (network.private-subnets[0])\n");
  CHECK(only(d, "C0003") ==
        "c.yaml:3:62: error C0003: network.private-subnets[3]: '10.0.5.1/24' has host bits set; "
        "did you mean 10.0.5.0/24?\n");
  CHECK(only(d, "C0006") ==
        "c.yaml:3:75: error C0006: network.private-subnets[4]: subnet 10.0.9.0/29 must be "
        "between /16 and /28\n");
}

TEST_CASE("the number of explicit subnets must match the AZ count") {
  CHECK(only(load("network:\n  private-subnets: [10.0.0.0/24]\n"), "C0007") ==
        "c.yaml:2:20: error C0007: network.private-subnets: 1 subnet CIDRs given for 2 AZs: give "
        "exactly one per AZ, or none to carve them from network.cidr\n");
}

TEST_CASE("an explicit subnet overlapping a carved one is reported at the explicit one") {
  // Public subnets are carved from the seventh eighth: 10.0.192.0/22 and 10.0.196.0/22.
  CHECK(only(load("network:\n  private-subnets: [10.0.0.0/24, 10.0.192.0/24]\n"), "C0005") ==
        "c.yaml:2:34: error C0005: network.private-subnets[1]: 10.0.192.0/24 overlaps "
        "10.0.192.0/22 (carved for network.public-subnets[0])\n");
}

TEST_CASE("a VPC too small to carve asks for explicit subnets") {
  CHECK(only(load("network:\n  cidr: 10.0.0.0/24\n"), "C0006") ==
        "c.yaml:2:9: error C0006: network.cidr: the VPC 10.0.0.0/24 is too small to carve /30 "
        "public subnets (the smallest subnet is /28): use a VPC of /22 or larger, or list "
        "network.public-subnets\n");
  CHECK(load("variant: private-only\nnetwork:\n  cidr: 10.0.0.0/24\n").empty());
  CHECK(only(load("network:\n  cidr: 10.0.0.0/8\n"), "C0006").find("between /16 and /28") !=
        std::string::npos);
}

TEST_CASE("the Redshift port must be 1150-65535") {
  CHECK(only(load("redshift:\n  port: 80\n"), "C0008") ==
        "c.yaml:2:9: error C0008: redshift.port: the Redshift port must be between 1150 and "
        "65535, not 80\n");
  CHECK(load("redshift:\n  port: 1150\n").empty());
}

TEST_CASE("node type and node count must fit together") {
  CHECK(only(load("redshift:\n  node-type: ra3.4xlarge\n  node-count: 1\n"), "C0009") ==
        "c.yaml:3:15: error C0009: redshift.node-count: ra3.4xlarge takes 2 to 32 nodes, not 1\n");
  CHECK(only(load("redshift:\n  node-type: ra3.4xlarg\n"), "C0009") ==
        "c.yaml:2:14: error C0009: redshift.node-type: 'ra3.4xlarg' is not a current Redshift "
        "node type (did you mean 'ra3.4xlarge'?)\n");
  CHECK(load("redshift:\n  node-type: dc2.large\n  node-count: 1\n").empty());
}

TEST_CASE("names are checked against each service's rules") {
  PatternSpec spec;
  spec.redshift.clusterIdentifier = "My-Cluster";
  spec.lambda.functionName = "has space";
  spec.redshift.passwordParameter = "/aws/reserved";
  spec.redshift.database = "Dev";
  spec.redshift.masterUsername = "1user";
  CHECK(messages(validatePattern(spec)) ==
        std::vector<std::string>{
            "redshift.database: 'Dev' contains 'D', which is not allowed (use lowercase letters, "
            "digits, '_' and '$')",
            "redshift.password-parameter: '/aws/reserved' starts with a reserved prefix ('aws' or "
            "'ssm')",
            "redshift.cluster-identifier: 'My-Cluster' contains 'M', which is not allowed (use "
            "lowercase letters, digits and hyphens)",
            "redshift.master-username: '1user' must start with a letter",
            "lambda.function-name: 'has space' contains ' ', which is not allowed (use letters, "
            "digits, hyphens and underscores)",
        });
}

TEST_CASE("on-premises networks must not overlap the VPC and need a gateway address") {
  Diagnostics d = load("on-premises:\n  cidrs: [10.0.0.0/8]\n");
  CHECK(only(d, "C0011") ==
        "c.yaml:2:11: error C0011: on-premises.cidrs[0]: on-premises network 10.0.0.0/8 overlaps "
        "the VPC 10.0.0.0/16: traffic to it would never leave the VPC\n");
  CHECK(only(d, "C0013") ==
        "c.yaml:2:3: error C0013: on-premises.customer-gateway-ip: a VPN needs the customer "
        "gateway's public IPv4 address\n");
  CHECK(load("on-premises:\n  enabled: false\n").empty());
}

namespace {

// A valid on-premises section for `connection`, followed by `extra` lines of the section.
std::string onPremises(std::string_view connection, std::string_view extra = {}) {
  return "on-premises:\n  connection: " + std::string(connection) +
         "\n  cidrs: [192.168.0.0/16]\n  customer-gateway-ip: 203.0.113.10\n"
         "  transit-gateway:\n    id: tgw-0123456789abcdef0\n" +
         std::string(extra);
}

}  // namespace

TEST_CASE("each on-premises connection is valid with its own keys") {
  CHECK(load(onPremises("vpn")).empty());
  CHECK(load(onPremises("[direct-connect, vpn]")).empty());
  CHECK(load(onPremises("direct-connect",
                        "  direct-connect: {gateway-id: "
                        "5f294f92-bafb-4011-916d-9b0bc6e2a1f3}\n"))
            .empty());
  CHECK(load(onPremises("transit-gateway")).empty());
  // Without the VPN, its gateway address is not needed.
  CHECK(load("on-premises:\n  connection: direct-connect\n  cidrs: [192.168.0.0/16]\n").empty());
}

TEST_CASE("on-premises connections: names, repeats, none, and a transit gateway alone") {
  CHECK(only(load(onPremises("[direct-conect]")), "C0012") ==
        "c.yaml:2:16: error C0012: on-premises.connection[0]: 'direct-conect' is not 'vpn', "
        "'direct-connect' or 'transit-gateway' (did you mean 'direct-connect'?)\n");
  CHECK(only(load(onPremises("[vpn, vpn]")), "C0012") ==
        "c.yaml:2:21: error C0012: on-premises.connection[1]: 'vpn' is listed twice\n");
  CHECK(only(load(onPremises("[]")), "C0013") ==
        "c.yaml:2:15: error C0013: on-premises.connection: list at least one of vpn, "
        "direct-connect and transit-gateway\n");
  CHECK(only(load(onPremises("[transit-gateway, vpn]")), "C0012")
            .starts_with("c.yaml:2:15: error C0012: on-premises.connection: transit-gateway "
                         "cannot be combined with vpn or direct-connect"));
}

TEST_CASE("gateway IDs must have their service's format") {
  CHECK(only(load(onPremises("direct-connect", "  direct-connect: {gateway-id: dxgw-1}\n")),
             "C0010") ==
        "c.yaml:7:32: error C0010: on-premises.direct-connect.gateway-id: 'dxgw-1' is not a "
        "Direct Connect gateway ID (a UUID in lowercase hexadecimal, such as "
        "5f294f92-bafb-4011-916d-9b0bc6e2a1f3)\n");
  CHECK(only(load(onPremises(
                 "direct-connect",
                 "  direct-connect: {gateway-id: 5F294F92-BAFB-4011-916D-9B0BC6E2A1F3}\n")),
             "C0010")
            .find("is not a Direct Connect gateway ID") != std::string::npos);
  CHECK(only(load("on-premises:\n  connection: transit-gateway\n  cidrs: [192.168.0.0/16]\n"
                  "  transit-gateway: {id: tgw-12345}\n"),
             "C0010") ==
        "c.yaml:4:25: error C0010: on-premises.transit-gateway.id: 'tgw-12345' is not a transit "
        "gateway ID (tgw- and 17 lowercase hexadecimal digits, such as tgw-0123456789abcdef0)\n");
  CHECK(load("on-premises:\n  connection: transit-gateway\n  cidrs: [192.168.0.0/16]\n"
             "  transit-gateway: {id: tgw-1a2b3c4d}\n")
            .empty());
  CHECK(only(load("on-premises:\n  connection: transit-gateway\n  cidrs: [192.168.0.0/16]\n"),
             "C0013") ==
        "c.yaml:2:3: error C0013: on-premises.transit-gateway.id: a transit gateway connection "
        "needs the ID of an existing transit gateway\n");
}

TEST_CASE("a new Direct Connect gateway needs a private Amazon-side ASN") {
  auto asn = [](std::string_view value) {
    return load(onPremises("direct-connect",
                           "  direct-connect: {amazon-side-asn: " + std::string(value) + "}\n"));
  };
  CHECK(asn("64512").empty());
  CHECK(asn("65534").empty());
  CHECK(asn("4200000000").empty());
  CHECK(asn("4294967294").empty());
  CHECK(only(asn("65535"), "C0012") ==
        "c.yaml:7:37: error C0012: on-premises.direct-connect.amazon-side-asn: the Amazon-side "
        "ASN of a Direct Connect gateway must be a private ASN, 64512 to 65534 or 4200000000 to "
        "4294967294, not 65535\n");
  CHECK(only(asn("64511"), "C0012").find("not 64511") != std::string::npos);
  CHECK(only(asn("4199999999"), "C0012").find("not 4199999999") != std::string::npos);
  // An existing gateway's ASN is its own: the key is not checked then.
  CHECK(load(onPremises("direct-connect",
                        "  direct-connect: {gateway-id: 5f294f92-bafb-4011-916d-9b0bc6e2a1f3, "
                        "amazon-side-asn: 1}\n"))
            .empty());
  CHECK(only(load(onPremises("vpn", "  bgp-asn: 0\n")), "C0012").find("the BGP ASN must be") !=
        std::string::npos);
}

TEST_CASE("on-premises networks must not overlap each other") {
  CHECK(only(load("on-premises:\n  connection: direct-connect\n"
                  "  cidrs: [192.168.0.0/16, 192.168.4.0/24]\n"),
             "C0005") ==
        "c.yaml:3:27: error C0005: on-premises.cidrs[1]: 192.168.4.0/24 overlaps 192.168.0.0/16 "
        "(on-premises.cidrs[0])\n");
}

TEST_CASE("Direct Connect allowed prefixes must hold the whole VPC") {
  auto prefixes = [](std::string_view list) {
    return load(onPremises("direct-connect",
                           "  direct-connect: {allowed-prefixes: " + std::string(list) + "}\n"));
  };
  CHECK(prefixes("[10.0.0.0/16]").empty());
  CHECK(prefixes("[10.0.0.0/15]").empty());
  CHECK(only(prefixes("[10.0.0.0/19]"), "C0018") ==
        "c.yaml:7:39: error C0018: on-premises.direct-connect.allowed-prefixes[0]: 10.0.0.0/19 "
        "does not hold the VPC 10.0.0.0/16: the Direct Connect gateway advertises the VPC's whole "
        "CIDR, and only through an allowed prefix that is the same or wider, so this narrower "
        "prefix advertises nothing\n");
  CHECK(only(prefixes("[10.0.0.0/16, 22.0.0.0/24]"), "C0018")
            .ends_with("so a prefix outside it advertises nothing\n"));
  CHECK(only(prefixes("[10.0.0.1/16]"), "C0003").find("has host bits set") != std::string::npos);
}

TEST_CASE("on-premises clients must lie inside an on-premises network") {
  CHECK(load(onPremises("vpn", "  client-cidrs: [192.168.10.0/24]\n")).empty());
  // The generated stack answers them: no C0017 from the reachability check, turned off or on.
  for (std::string_view connection : {"vpn", "direct-connect", "transit-gateway"}) {
    INFO(connection);
    const std::string config = onPremises(connection, "  client-cidrs: [192.168.10.0/24]\n");
    CHECK_FALSE(hasErrors(synthesizeFromConfig(config, "c.yaml", std::nullopt).diagnostics));
    CHECK_FALSE(hasErrors(
        synthesizeFromConfig(config + "  enabled: false\n", "c.yaml", std::nullopt).diagnostics));
  }
  CHECK(
      only(load(onPremises("vpn", "  client-cidrs: [192.168.10.0/24, 10.9.0.0/24]\n")), "C0019") ==
      "c.yaml:7:35: error C0019: on-premises.client-cidrs[1]: clients in 10.9.0.0/24 are "
      "inside no network of on-premises.cidrs: the VPC would have no route back to them\n");
}

TEST_CASE("Lambda settings: runtime, memory, timeout, code") {
  CHECK(only(load("lambda:\n  runtime: python3.2\n"), "C0012") ==
        "c.yaml:2:12: error C0012: lambda.runtime: 'python3.2' is not a supported Lambda runtime "
        "(did you mean 'python3.12'?)\n");
  CHECK(only(load("lambda:\n  timeout: 901\n"), "C0012").find("between 1 and 900, not 901") !=
        std::string::npos);
  CHECK(only(load("lambda:\n  runtime: java21\n"), "C0013").find("probe function exists only") !=
        std::string::npos);
  CHECK(only(load("lambda:\n  code:\n    s3-bucket: b-1\n"), "C0013") ==
        "c.yaml:3:5: error C0013: lambda.code.s3-key: code from S3 needs both "
        "lambda.code.s3-bucket and lambda.code.s3-key\n");
  CHECK(only(load("lambda:\n  handler: main.run\n"), "C0012").find("defines index.handler") !=
        std::string::npos);
}

TEST_CASE("an existing cluster needs its endpoint, and its identifier for IAM credentials") {
  Diagnostics d = load("redshift:\n  create: false\nlambda:\n  credentials: iam\n");
  REQUIRE(d.size() == 2);
  CHECK(renderDiagnostic(d[0]) ==
        "c.yaml:2:3: error C0013: redshift.endpoint-address: redshift.create is false: give the "
        "existing cluster's endpoint address\n");
  CHECK(renderDiagnostic(d[1]) ==
        "c.yaml:2:3: error C0013: redshift.cluster-identifier: IAM credentials for an existing "
        "cluster need its cluster identifier\n");
  CHECK(load("redshift:\n  create: false\n  endpoint-address: db.example.com\n").empty());
}

TEST_CASE("a single NAT gateway is a warning, not an error, and only with NAT egress") {
  LoadedConfig loaded = loadConfig("network:\n  nat: single\n", "c.yaml");
  REQUIRE(loaded.spec);
  CHECK(only(loaded.diagnostics, "C0014") ==
        "c.yaml:2:8: warning C0014: network.nat: a single NAT gateway serves every AZ: if its AZ "
        "fails, all egress fails\n");
  CHECK(load("variant: private-only\nnetwork:\n  nat: single\n").empty());
}

TEST_CASE("S3 bucket names are checked, each at its position in the list") {
  CHECK(only(load("redshift:\n  s3-buckets: [landing, Exports]\n"), "C0010") ==
        "c.yaml:2:25: error C0010: redshift.s3-buckets[1]: 'Exports' contains 'E', which is not "
        "allowed (use lowercase letters, digits, dots and hyphens)\n");
  CHECK(only(load("redshift:\n  s3-buckets:\n    - ok-bucket\n    - -bad\n"), "C0010") ==
        "c.yaml:4:7: error C0010: redshift.s3-buckets[1]: '-bad' must start and end with a letter "
        "or digit\n");
  CHECK(only(load("redshift:\n  s3-buckets: landing\n"), "C0002") ==
        "c.yaml:2:15: error C0002: redshift.s3-buckets: expected a list of strings, found the "
        "string 'landing'\n");
  CHECK(only(load("network:\n  s3-gateway-endpoint: 'true'\n"), "C0002") ==
        "c.yaml:2:24: error C0002: network.s3-gateway-endpoint: expected a boolean (true or "
        "false), found the string 'true'\n");
}

TEST_CASE("enhanced VPC routing with no path to S3 is a warning") {
  const std::string noPath = "variant: private-only\nnetwork:\n  s3-gateway-endpoint: false\n";
  CHECK(only(load(noPath), "C0015") ==
        "c.yaml:3:24: warning C0015: network.s3-gateway-endpoint: with enhanced VPC routing and "
        "no NAT gateway, the cluster reaches S3 only through the S3 gateway endpoint: without it, "
        "COPY and UNLOAD hang\n");
  CHECK(load("network:\n  s3-gateway-endpoint: false\n").empty());
  CHECK(load(noPath + "redshift:\n  enhanced-vpc-routing: false\n").empty());
}

TEST_CASE("all problems come in one run, in file order") {
  Diagnostics d = load("lambda:\n  memory: 1\nredshift:\n  port: 1\nnetwork:\n  azs: 9\n");
  REQUIRE(d.size() == 3);
  CHECK(std::is_sorted(d.begin(), d.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.position.line < b.position.line;
  }));
}

TEST_CASE("carved subnets: eighths of the VPC, public ones in the seventh eighth") {
  PatternSpec spec;
  spec.network.azCount = 3;
  Problems problems;
  NetworkPlan plan = planNetwork(spec, problems);
  CHECK(problems.empty());
  REQUIRE(plan.privateSubnets.size() == 3);
  CHECK(formatCidr(plan.privateSubnets[2]) == "10.0.64.0/19");
  REQUIRE(plan.publicSubnets.size() == 3);
  CHECK(formatCidr(plan.publicSubnets[0]) == "10.0.192.0/22");
  CHECK(formatCidr(plan.publicSubnets[2]) == "10.0.200.0/22");
  spec.variant = Variant::PrivateOnly;
  CHECK(planNetwork(spec, problems).publicSubnets.empty());
}
