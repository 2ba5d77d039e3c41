#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <vector>

#include "synth/logical_ids.h"
#include "synth/synthesize.h"
#include "synth_or_fail.h"
#include "yaml/writer.h"

using namespace vpcsynth;
using test_support::synthesizeOrFail;

namespace {

const Mapping& resources(const Value& document) { return document.find("Resources")->mapping(); }

std::vector<std::string> ids(const Value& document) {
  std::vector<std::string> names;
  for (const MappingEntry& entry : resources(document)) names.push_back(entry.key);
  return names;
}

const Value& property(const Value& document, std::string_view id, std::string_view name) {
  const Value* resource = resources(document).find(id);
  INFO(id << "." << name);
  REQUIRE(resource);
  const Value* value = resource->find("Properties")->find(name);
  REQUIRE(value);
  return *value;
}

// The target of `!Ref X` or the first argument of `!GetAtt X.Y`.
std::string_view target(const Value& value) {
  if (value.isFunction(Function::Ref)) return value.functionCall().argument->text();
  return {};
}

// The format string of `!Sub format`.
std::string_view subText(const Value& value) {
  if (value.isFunction(Function::Sub)) return value.functionCall().argument->text();
  return {};
}

void forEachScalar(const Value& value, const std::function<void(std::string_view)>& visit) {
  switch (value.kind()) {
    case Value::Kind::Scalar: visit(value.text()); break;
    case Value::Kind::Sequence:
      for (const Value& item : value.sequence()) forEachScalar(item, visit);
      break;
    case Value::Kind::Mapping:
      for (const MappingEntry& entry : value.mapping()) forEachScalar(entry.value, visit);
      break;
    case Value::Kind::Function: forEachScalar(*value.functionCall().argument, visit); break;
    case Value::Kind::Null: break;
  }
}

}  // namespace

TEST_CASE("private-only: the VPC, private subnets, security group, cluster and function") {
  CHECK(ids(synthesizeOrFail("variant: private-only\n")) ==
        std::vector<std::string>{
            "Vpc", "PrivateSubnetA", "PrivateRouteTableA", "PrivateRouteTableAssociationA",
            "PrivateSubnetB", "PrivateRouteTableB", "PrivateRouteTableAssociationB",
            "S3GatewayEndpoint", "SharedSecurityGroup", "SharedSecurityGroupSelfIngress",
            "SharedSecurityGroupHttpsEgress", "RedshiftSubnetGroup", "RedshiftCluster",
            "FunctionRole", "Function"});
}

TEST_CASE("nat-egress keeps every private-only resource unchanged and only adds") {
  const Value privateOnly = synthesizeOrFail("", Variant::PrivateOnly);
  const Value natEgress = synthesizeOrFail("", Variant::NatEgress);
  for (const MappingEntry& entry : resources(privateOnly)) {
    const Value* same = resources(natEgress).find(entry.key);
    INFO(entry.key);
    REQUIRE(same);
    CHECK(semanticallyEqual(entry.value, *same));
  }
  CHECK(resources(natEgress).size() == resources(privateOnly).size() + 15);
}

TEST_CASE("every variant: enhanced VPC routing and an S3 gateway endpoint on the private tables") {
  for (Variant variant : {Variant::PrivateOnly, Variant::NatEgress}) {
    const Value document = synthesizeOrFail("network:\n  azs: 3\n", variant);
    CHECK(property(document, "RedshiftCluster", "EnhancedVpcRouting").text() == "true");
    CHECK(property(document, "S3GatewayEndpoint", "VpcEndpointType").text() == "Gateway");
    CHECK(subText(property(document, "S3GatewayEndpoint", "ServiceName")) ==
          "com.amazonaws.${AWS::Region}.s3");
    const Sequence& tables = property(document, "S3GatewayEndpoint", "RouteTableIds").sequence();
    REQUIRE(tables.size() == 3);
    CHECK(target(tables[0]) == "PrivateRouteTableA");
    CHECK(target(tables[2]) == "PrivateRouteTableC");
    CHECK(property(document, "SharedSecurityGroupHttpsEgress", "CidrIp").text() == "0.0.0.0/0");
  }
}

TEST_CASE("the endpoint policy allows COPY and UNLOAD on the account's buckets or the named ones") {
  const Value account = synthesizeOrFail("");
  const Value& statement =
      property(account, "S3GatewayEndpoint", "PolicyDocument").find("Statement")->sequence()[0];
  CHECK(subText(*statement.find("Resource")) == "arn:${AWS::Partition}:s3:::*");
  CHECK(target(*statement.find("Condition")->find("StringEquals")->find("aws:ResourceAccount")) ==
        "AWS::AccountId");
  const Value named = synthesizeOrFail("redshift:\n  s3-buckets: [landing, exports.example]\n");
  const Value& narrowed =
      property(named, "S3GatewayEndpoint", "PolicyDocument").find("Statement")->sequence()[0];
  CHECK(narrowed.find("Condition") == nullptr);
  std::vector<std::string_view> arns;
  for (const Value& arn : narrowed.find("Resource")->sequence()) arns.push_back(subText(arn));
  CHECK(arns == std::vector<std::string_view>{"arn:${AWS::Partition}:s3:::landing",
                                              "arn:${AWS::Partition}:s3:::landing/*",
                                              "arn:${AWS::Partition}:s3:::exports.example",
                                              "arn:${AWS::Partition}:s3:::exports.example/*"});
}

TEST_CASE("both can be turned off") {
  const Value document = synthesizeOrFail(
      "variant: private-only\nnetwork:\n  s3-gateway-endpoint: false\nredshift:\n"
      "  enhanced-vpc-routing: false\n");
  CHECK_FALSE(resources(document).contains("S3GatewayEndpoint"));
  CHECK_FALSE(resources(document).contains("SharedSecurityGroupHttpsEgress"));
  CHECK_FALSE(
      resources(document).find("RedshiftCluster")->find("Properties")->find("EnhancedVpcRouting"));
}

TEST_CASE("each private subnet routes to the NAT gateway of its own AZ") {
  const Value document = synthesizeOrFail("network:\n  azs: 3\n");
  CHECK(target(property(document, "PrivateDefaultRouteA", "NatGatewayId")) == "NatGatewayA");
  CHECK(target(property(document, "PrivateDefaultRouteB", "NatGatewayId")) == "NatGatewayB");
  CHECK(target(property(document, "PrivateDefaultRouteC", "NatGatewayId")) == "NatGatewayC");
  CHECK(target(property(document, "NatGatewayC", "SubnetId")) == "PublicSubnetC");
  CHECK(target(property(document, "PrivateDefaultRouteC", "RouteTableId")) == "PrivateRouteTableC");
}

TEST_CASE("a single NAT gateway serves every AZ") {
  const Value document = synthesizeOrFail("network:\n  azs: 3\n  nat: single\n");
  CHECK(resources(document).contains("NatGatewayA"));
  CHECK_FALSE(resources(document).contains("NatGatewayB"));
  CHECK_FALSE(resources(document).contains("NatEipB"));
  CHECK(target(property(document, "PrivateDefaultRouteC", "NatGatewayId")) == "NatGatewayA");
}

TEST_CASE("routes and Elastic IPs wait for the gateway attachment") {
  const Value document = synthesizeOrFail("");
  for (std::string_view id : {"PublicDefaultRoute", "PrivateDefaultRouteA", "NatEipB"}) {
    CHECK(resources(document).find(id)->find("DependsOn")->text() == "InternetGatewayAttachment");
  }
}

TEST_CASE("AZs are selected by index, up to six, and subnets get literal CIDRs") {
  const Value document = synthesizeOrFail("network:\n  azs: 6\n");
  const Value& az = property(document, "PrivateSubnetF", "AvailabilityZone");
  CHECK(writeYaml(az, FunctionForm::Short) == "!Select [5, !GetAZs '']\n");
  CHECK(property(document, "PrivateSubnetF", "CidrBlock").text() == "10.0.160.0/19");
  CHECK(property(document, "PublicSubnetF", "CidrBlock").text() == "10.0.212.0/22");
}

TEST_CASE("the security group admits only itself on the Redshift port") {
  const Value document = synthesizeOrFail("redshift:\n  port: 5440\n");
  const Value& egress = property(document, "SharedSecurityGroup", "SecurityGroupEgress");
  REQUIRE(egress.sequence().size() == 1);
  CHECK(egress.sequence()[0].find("CidrIp")->text() == "10.0.0.0/16");
  CHECK(egress.sequence()[0].find("FromPort")->text() == "5440");
  CHECK(property(document, "SharedSecurityGroupSelfIngress", "FromPort").text() == "5440");
  CHECK(semanticallyEqual(
      property(document, "SharedSecurityGroupSelfIngress", "GroupId"),
      property(document, "SharedSecurityGroupSelfIngress", "SourceSecurityGroupId")));
  CHECK(property(document, "SharedSecurityGroupHttpsEgress", "FromPort").text() == "443");
}

TEST_CASE("the cluster is private, encrypted and takes its password from SSM") {
  const Value document = synthesizeOrFail(
      "redshift:\n  password-parameter: /db/pw\n  password-parameter-version: 3\n");
  CHECK(property(document, "RedshiftCluster", "PubliclyAccessible").text() == "false");
  CHECK(property(document, "RedshiftCluster", "Encrypted").text() == "true");
  CHECK(property(document, "RedshiftCluster", "MasterUserPassword").text() ==
        "{{resolve:ssm-secure:/db/pw:3}}");
  CHECK(document.find("Parameters") == nullptr);
  const Value& variables = *property(document, "Function", "Environment").find("Variables");
  CHECK(variables.find("REDSHIFT_PASSWORD_PARAMETER")->text() == "/db/pw");
  forEachScalar(variables, [](std::string_view text) {
    CHECK(text.find("resolve") == std::string_view::npos);
  });
}

TEST_CASE("a single-node cluster has no node count") {
  const Value document = synthesizeOrFail("redshift:\n  node-type: dc2.large\n  node-count: 1\n");
  CHECK(property(document, "RedshiftCluster", "ClusterType").text() == "single-node");
  CHECK_FALSE(
      resources(document).find("RedshiftCluster")->find("Properties")->find("NumberOfNodes"));
}

TEST_CASE("the function shares the cluster's subnets and security group") {
  const Value document = synthesizeOrFail("");
  CHECK(semanticallyEqual(*property(document, "Function", "VpcConfig").find("SubnetIds"),
                          property(document, "RedshiftSubnetGroup", "SubnetIds")));
  CHECK(semanticallyEqual(*property(document, "Function", "VpcConfig").find("SecurityGroupIds"),
                          property(document, "RedshiftCluster", "VpcSecurityGroupIds")));
}

TEST_CASE("no policy uses a wildcard") {
  for (std::string_view config :
       {"", "lambda:\n  credentials: iam\n",
        "redshift:\n  password-kms-key-arn: arn:aws:kms:us-east-1:123456789012:key/abc\n"}) {
    const Value document = synthesizeOrFail(config);
    for (const MappingEntry& entry : resources(document)) {
      if (entry.value.find("Type")->text() != "AWS::IAM::Policy") continue;
      forEachScalar(entry.value, [&](std::string_view text) {
        INFO(entry.key << ": " << text);
        CHECK(text.find('*') == std::string_view::npos);
      });
    }
  }
}

TEST_CASE("IAM credentials: GetClusterCredentials on the one user and database") {
  const Value document = synthesizeOrFail(
      "lambda:\n  credentials: iam\nredshift:\n  database: sales\n", Variant::PrivateOnly);
  CHECK_FALSE(resources(document).contains("FunctionPasswordParameterPolicy"));
  const Value& statement = property(document, "FunctionClusterCredentialsPolicy", "PolicyDocument")
                               .find("Statement")
                               ->sequence()[0];
  CHECK(writeYaml(*statement.find("Resource"), FunctionForm::Short) ==
        "- !Sub "
        "arn:${AWS::Partition}:redshift:${AWS::Region}:${AWS::AccountId}:dbuser:${RedshiftCluster}/"
        "awsuser\n"
        "- !Sub "
        "arn:${AWS::Partition}:redshift:${AWS::Region}:${AWS::AccountId}:dbname:${RedshiftCluster}/"
        "sales\n");
}

TEST_CASE("a customer-managed key is decrypted only through SSM") {
  const Value document = synthesizeOrFail(
      "redshift:\n  password-kms-key-arn: arn:aws:kms:us-east-1:123456789012:key/abc\n");
  const Value& statements =
      *property(document, "FunctionPasswordParameterPolicy", "PolicyDocument").find("Statement");
  REQUIRE(statements.sequence().size() == 2);
  CHECK(
      writeYaml(statements.sequence()[1], FunctionForm::Short) ==
      "Effect: Allow\nAction: [kms:Decrypt]\nResource: arn:aws:kms:us-east-1:123456789012:key/abc\n"
      "Condition:\n  StringEquals:\n    kms:ViaService: !Sub ssm.${AWS::Region}.amazonaws.com\n");
}

TEST_CASE("an existing cluster: no cluster resource, the endpoint is a literal") {
  const Value document =
      synthesizeOrFail("redshift:\n  create: false\n  endpoint-address: db.example.com\n");
  CHECK_FALSE(resources(document).contains("RedshiftCluster"));
  CHECK(resources(document).contains("RedshiftSubnetGroup"));
  CHECK(property(document, "Function", "Environment")
            .find("Variables")
            ->find("REDSHIFT_HOST")
            ->text() == "db.example.com");
  CHECK_FALSE(document.find("Outputs")->mapping().contains("RedshiftEndpointAddress"));
}

TEST_CASE("on premises: VPN gateway, customer gateway, static routes and propagation") {
  const Value document = synthesizeOrFail(
      "on-premises:\n  customer-gateway-ip: 203.0.113.9\n  bgp-asn: 4200000000\n"
      "  cidrs: [192.168.0.0/16, 172.16.0.0/12]\n");
  CHECK(property(document, "CustomerGateway", "BgpAsnExtended").text() == "4200000000");
  CHECK(property(document, "VpnConnectionRoute2", "DestinationCidrBlock").text() ==
        "172.16.0.0/12");
  CHECK(property(document, "VpnRoutePropagation", "RouteTableIds").sequence().size() == 2);
  CHECK(resources(document).find("VpnRoutePropagation")->find("DependsOn")->text() ==
        "VpnGatewayAttachment");
}

namespace {

constexpr std::string_view kVpnOnPremises =
    "variant: private-only\non-premises:\n  customer-gateway-ip: 203.0.113.9\n"
    "  cidrs: [192.168.0.0/16, 172.16.0.0/12]\n";

std::vector<std::string> idsOfType(const Value& document, std::string_view type) {
  std::vector<std::string> names;
  for (const MappingEntry& entry : resources(document)) {
    if (entry.value.find("Type")->text() == type) names.push_back(entry.key);
  }
  return names;
}

}  // namespace

TEST_CASE("on premises over Direct Connect: a new gateway, its association and propagation") {
  const Value document = synthesizeOrFail(
      "network: {cidr: 10.60.0.0/16}\non-premises:\n  connection: direct-connect\n"
      "  cidrs: [192.168.0.0/16]\n  direct-connect: {amazon-side-asn: 4200000001}\n");
  CHECK(property(document, "DirectConnectGateway", "AmazonSideAsn").text() == "4200000001");
  CHECK(property(document, "DirectConnectGatewayAssociation", "DirectConnectGatewayId")
            .isFunction(Function::GetAtt));
  CHECK(property(document, "DirectConnectGatewayAssociation", "AssociatedGatewayId")
            .functionCall()
            .argument->text() == "VpnGateway");
  const Value& prefixes = property(document, "DirectConnectGatewayAssociation",
                                   "AllowedPrefixesToDirectConnectGateway");
  REQUIRE(prefixes.sequence().size() == 1);
  CHECK(prefixes.sequence()[0].text() == "10.60.0.0/16");
  CHECK(resources(document).find("DirectConnectGatewayAssociation")->find("DependsOn")->text() ==
        "VpnGatewayAttachment");
  CHECK(property(document, "VpnRoutePropagation", "RouteTableIds").sequence().size() == 2);
  // No VPN: no customer gateway, no static routes.
  CHECK_FALSE(resources(document).contains("CustomerGateway"));
  CHECK(idsOfType(document, "AWS::EC2::VPNConnectionRoute").empty());
}

TEST_CASE("on premises over an existing Direct Connect gateway, with wider allowed prefixes") {
  const Value document = synthesizeOrFail(
      "on-premises:\n  connection: direct-connect\n  cidrs: [192.168.0.0/16]\n"
      "  direct-connect:\n    gateway-id: 5f294f92-bafb-4011-916d-9b0bc6e2a1f3\n"
      "    allowed-prefixes: [10.0.0.0/15, 10.0.0.0/8]\n");
  CHECK_FALSE(resources(document).contains("DirectConnectGateway"));
  CHECK(property(document, "DirectConnectGatewayAssociation", "DirectConnectGatewayId").text() ==
        "5f294f92-bafb-4011-916d-9b0bc6e2a1f3");
  CHECK(
      property(document, "DirectConnectGatewayAssociation", "AllowedPrefixesToDirectConnectGateway")
          .sequence()
          .size() == 2);
}

TEST_CASE("on premises through a transit gateway: one subnet per AZ, a route per table and CIDR") {
  const Value document = synthesizeOrFail(
      "variant: private-only\nnetwork: {azs: 3}\non-premises:\n  connection: transit-gateway\n"
      "  cidrs: [192.168.0.0/16, 172.16.0.0/12]\n"
      "  transit-gateway: {id: tgw-0123456789abcdef0, appliance-mode: true, dns-support: false}\n");
  const Value& subnets = property(document, "TransitGatewayAttachment", "SubnetIds");
  REQUIRE(subnets.sequence().size() == 3);
  for (int az = 0; az < 3; ++az) {
    CHECK(subnets.sequence()[static_cast<std::size_t>(az)].functionCall().argument->text() ==
          logical_id::privateSubnet(az));
  }
  const Value& options = property(document, "TransitGatewayAttachment", "Options");
  CHECK(options.find("ApplianceModeSupport")->text() == "enable");
  CHECK(options.find("DnsSupport")->text() == "disable");
  CHECK(idsOfType(document, "AWS::EC2::Route").size() == 6);
  CHECK(property(document, "TransitGatewayRouteC2", "DestinationCidrBlock").text() ==
        "172.16.0.0/12");
  CHECK(property(document, "TransitGatewayRouteC2", "TransitGatewayId").text() ==
        "tgw-0123456789abcdef0");
  CHECK(
      property(document, "TransitGatewayRouteC2", "RouteTableId").functionCall().argument->text() ==
      "PrivateRouteTableC");
  CHECK(resources(document).find("TransitGatewayRouteA1")->find("DependsOn")->text() ==
        "TransitGatewayAttachment");
  CHECK_FALSE(resources(document).contains("VpnGateway"));
}

TEST_CASE("on-premises clients: off by default, one described rule per listed range") {
  CHECK(idsOfType(synthesizeOrFail(kVpnOnPremises), "AWS::EC2::SecurityGroupIngress") ==
        std::vector<std::string>{"SharedSecurityGroupSelfIngress"});
  const Value document = synthesizeOrFail(std::string(kVpnOnPremises) +
                                          "  client-cidrs: [192.168.10.0/24, 172.16.4.0/22]\n");
  CHECK(property(document, "SharedSecurityGroupOnPremisesIngress2", "CidrIp").text() ==
        "172.16.4.0/22");
  CHECK(property(document, "SharedSecurityGroupOnPremisesIngress2", "FromPort").text() == "5439");
  CHECK(property(document, "SharedSecurityGroupOnPremisesIngress1", "Description").text() ==
        "Redshift from on-premises clients in 192.168.10.0/24");
}

TEST_CASE("adding an on-premises connection only adds resources") {
  const std::string base =
      "variant: private-only\non-premises:\n  cidrs: [192.168.0.0/16]\n"
      "  customer-gateway-ip: 203.0.113.9\n";
  const Value privateOnly = synthesizeOrFail("variant: private-only\n");
  const Value vpn = synthesizeOrFail(base);
  const Value both = synthesizeOrFail(base + "  connection: [direct-connect, vpn]\n");
  const Value directConnect = synthesizeOrFail(base + "  connection: direct-connect\n");
  const Value transit = synthesizeOrFail(
      "variant: private-only\non-premises:\n  connection: transit-gateway\n"
      "  cidrs: [192.168.0.0/16]\n  transit-gateway: {id: tgw-0123456789abcdef0}\n");
  // Each later stack holds every resource of the earlier one, unchanged.
  auto onlyAdds = [](const Value& before, const Value& after) {
    for (const MappingEntry& entry : resources(before)) {
      INFO(entry.key);
      const Value* kept = resources(after).find(entry.key);
      REQUIRE(kept);
      CHECK(semanticallyEqual(*kept, entry.value));
    }
  };
  onlyAdds(privateOnly, vpn);
  onlyAdds(vpn, both);
  onlyAdds(directConnect, both);
  onlyAdds(privateOnly, directConnect);
  onlyAdds(privateOnly, transit);
}

TEST_CASE("outputs are exported under the stack name") {
  const Value document = synthesizeOrFail("");
  for (std::string_view name : {"VpcId", "PrivateSubnetIds", "PublicSubnetIds", "SecurityGroupId",
                                "RedshiftSubnetGroupName", "RedshiftEndpointAddress",
                                "RedshiftEndpointPort", "FunctionArn"}) {
    const Value* output = document.find("Outputs")->find(name);
    INFO(name);
    REQUIRE(output);
    CHECK(output->find("Export"));
  }
}

TEST_CASE("invalid configurations give no template") {
  SynthResult result = synthesizeFromConfig("network:\n  azs: 9\n", "c.yaml", std::nullopt);
  CHECK_FALSE(result.document);
  CHECK(hasErrors(result.diagnostics));
}

TEST_CASE("the same configuration always gives the same bytes") {
  CHECK(writeDocument(synthesizeOrFail("")) == writeDocument(synthesizeOrFail("")));
}

TEST_CASE("private-endpoints: one interface endpoint for the credentials mode, nothing public") {
  const std::pair<std::string_view, std::string_view> modes[] = {
      {"password", "SsmEndpoint"},
      {"iam", "RedshiftApiEndpoint"},
      {"managed-secret", "SecretsManagerEndpoint"}};
  for (const auto& [mode, endpoint] : modes) {
    const Value document =
        synthesizeOrFail(std::string("lambda:\n  credentials: ") + std::string(mode) + "\n",
                         Variant::PrivateEndpoints);
    INFO(mode);
    CHECK(writeYaml(property(document, endpoint, "PrivateDnsEnabled"), FunctionForm::Short) ==
          "true\n");
    CHECK(writeYaml(property(document, endpoint, "SubnetIds"), FunctionForm::Short) ==
          "- !Ref PrivateSubnetA\n- !Ref PrivateSubnetB\n");
    for (const std::string& id : ids(document)) {
      CHECK(id.find("Public") == std::string::npos);
      CHECK(id.find("Nat") == std::string::npos);
      CHECK(id.find("InternetGateway") == std::string::npos);
    }
    CHECK(resources(document).contains("EndpointSecurityGroup"));
    CHECK(writeYaml(
              property(document, "SharedSecurityGroupEndpointEgress", "DestinationSecurityGroupId"),
              FunctionForm::Short) == "!GetAtt EndpointSecurityGroup.GroupId\n");
  }
}

TEST_CASE("private-endpoints only adds to private-only") {
  const Value privateOnly = synthesizeOrFail("", Variant::PrivateOnly);
  const Value endpoints = synthesizeOrFail("", Variant::PrivateEndpoints);
  for (const MappingEntry& entry : resources(privateOnly)) {
    const Value* same = resources(endpoints).find(entry.key);
    INFO(entry.key);
    REQUIRE(same);
    CHECK(semanticallyEqual(*same, entry.value));
  }
  CHECK(resources(endpoints).contains("FunctionPasswordParameterPolicy"));
}

TEST_CASE("managed-secret: Redshift keeps the password, the function reads that secret only") {
  const Value document =
      synthesizeOrFail("lambda:\n  credentials: managed-secret\n", Variant::NatEgress);
  CHECK(writeYaml(property(document, "RedshiftCluster", "ManageMasterPassword"),
                  FunctionForm::Short) == "true\n");
  CHECK_FALSE(
      resources(document).find("RedshiftCluster")->find("Properties")->find("MasterUserPassword"));
  const Value& statements =
      *property(document, "FunctionMasterSecretPolicy", "PolicyDocument").find("Statement");
  REQUIRE(statements.sequence().size() == 1);
  CHECK(writeYaml(statements.sequence()[0], FunctionForm::Short) ==
        "Effect: Allow\nAction: [secretsmanager:GetSecretValue]\nResource: !GetAtt "
        "RedshiftCluster.MasterPasswordSecretArn\n");
  const Value& variables = *property(document, "Function", "Environment").find("Variables");
  CHECK(writeYaml(*variables.find("REDSHIFT_SECRET_ARN"), FunctionForm::Short) ==
        "!GetAtt RedshiftCluster.MasterPasswordSecretArn\n");
  CHECK_FALSE(variables.find("REDSHIFT_PASSWORD_PARAMETER"));
}

TEST_CASE(
    "managed-secret with a customer key: the secret's key, decrypted through Secrets Manager") {
  const Value document = synthesizeOrFail(
      "lambda:\n  credentials: managed-secret\nredshift:\n  password-kms-key-arn: "
      "arn:aws:kms:us-east-1:123456789012:key/abc\n",
      Variant::PrivateEndpoints);
  CHECK(property(document, "RedshiftCluster", "MasterPasswordSecretKmsKeyId").text() ==
        "arn:aws:kms:us-east-1:123456789012:key/abc");
  const Value& statements =
      *property(document, "FunctionMasterSecretPolicy", "PolicyDocument").find("Statement");
  REQUIRE(statements.sequence().size() == 2);
  CHECK(writeYaml(*statements.sequence()[1].find("Condition"), FunctionForm::Short) ==
        "StringEquals:\n  kms:ViaService: !Sub secretsmanager.${AWS::Region}.amazonaws.com\n");
}

TEST_CASE("managed-secret needs a path to Secrets Manager and a cluster the stack creates") {
  SynthResult privateOnly = synthesizeFromConfig("lambda:\n  credentials: managed-secret\n",
                                                 "c.yaml", Variant::PrivateOnly);
  CHECK_FALSE(privateOnly.document);
  REQUIRE(privateOnly.diagnostics.size() == 1);
  CHECK(privateOnly.diagnostics[0].ruleId == "C0016");
  CHECK(privateOnly.diagnostics[0].message.find("use variant private-endpoints or nat-egress") !=
        std::string::npos);
  SynthResult existing = synthesizeFromConfig(
      "lambda:\n  credentials: managed-secret\nredshift:\n  create: false\n  endpoint-address: "
      "db.example.com\n",
      "c.yaml", Variant::NatEgress);
  CHECK_FALSE(existing.document);
  REQUIRE_FALSE(existing.diagnostics.empty());
  CHECK(existing.diagnostics[0].ruleId == "C0013");
}
