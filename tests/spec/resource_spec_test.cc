#include "spec/resource_spec.h"

#include <catch2/catch.hpp>

using namespace vpcsynth;

TEST_CASE("a subnet's CidrBlock replaces it and VpcId is required") {
  const ResourceTypeSpec* subnet = findResourceType("AWS::EC2::Subnet");
  REQUIRE(subnet != nullptr);
  CHECK(subnet->name == "AWS::EC2::Subnet");
  const PropertySpec* cidr = subnet->findProperty("CidrBlock");
  REQUIRE(cidr != nullptr);
  CHECK(cidr->updateType == UpdateType::Immutable);
  CHECK(cidr->primitiveType == "String");
  CHECK_FALSE(cidr->required);
  const PropertySpec* vpcId = subnet->findProperty("VpcId");
  REQUIRE(vpcId != nullptr);
  CHECK(vpcId->required);
  CHECK(subnet->hasAttribute("SubnetId"));
  CHECK(subnet->findProperty("cidrblock") == nullptr);
  // A subnet holds no data: replacing it is not destructive.
  CHECK_FALSE(subnet->stateful);
}

TEST_CASE("properties and attributes added since 2023 are known") {
  const ResourceTypeSpec* cluster = findResourceType("AWS::Redshift::Cluster");
  REQUIRE(cluster != nullptr);
  CHECK(cluster->findProperty("ManageMasterPassword") != nullptr);
  CHECK(cluster->findProperty("MultiAZ") != nullptr);
  CHECK(cluster->hasAttribute("MasterPasswordSecretArn"));
  CHECK(cluster->stateful);
  // The registry no longer marks the admin password required: it depends on
  // ManageMasterPassword (facts/property_requirements.cc).
  CHECK_FALSE(cluster->findProperty("MasterUserPassword")->required);
  const ResourceTypeSpec* function = findResourceType("AWS::Lambda::Function");
  REQUIRE(function != nullptr);
  CHECK(function->findProperty("LoggingConfig") != nullptr);
  CHECK(function->findProperty("RecursiveLoop") != nullptr);
  CHECK(findResourceType("AWS::IAM::RolePolicy") != nullptr);
  CHECK(findResourceType("AWS::RedshiftServerless::Workgroup")->findProperty("MaxCapacity"));
  CHECK(findResourceType("AWS::EC2::VPCEndpoint")->findProperty("DnsOptions"));
}

TEST_CASE("a gateway attachment's VpcId replaces it") {
  const ResourceTypeSpec* attachment = findResourceType("AWS::EC2::VPCGatewayAttachment");
  REQUIRE(attachment != nullptr);
  CHECK(attachment->findProperty("VpcId")->updateType == UpdateType::Immutable);
  CHECK(attachment->findProperty("InternetGatewayId")->updateType == UpdateType::Mutable);
}

TEST_CASE("a Lambda function's MemorySize is updated in place") {
  const ResourceTypeSpec* function = findResourceType("AWS::Lambda::Function");
  REQUIRE(function != nullptr);
  const PropertySpec* memory = function->findProperty("MemorySize");
  REQUIRE(memory != nullptr);
  CHECK(memory->updateType == UpdateType::Mutable);
  CHECK(memory->primitiveType == "Integer");
  const PropertySpec* vpcConfig = function->findProperty("VpcConfig");
  REQUIRE(vpcConfig != nullptr);
  CHECK(vpcConfig->type == "VpcConfig");
  CHECK(vpcConfig->primitiveType.empty());
}

TEST_CASE("dotted attributes are listed") {
  const ResourceTypeSpec* cluster = findResourceType("AWS::Redshift::Cluster");
  REQUIRE(cluster != nullptr);
  CHECK(cluster->hasAttribute("Endpoint.Address"));
  CHECK(cluster->hasAttribute("Endpoint.Port"));
  CHECK_FALSE(cluster->hasAttribute("Endpoint"));
}

TEST_CASE("list properties carry their item types") {
  const ResourceTypeSpec* group = findResourceType("AWS::EC2::SecurityGroup");
  REQUIRE(group != nullptr);
  const PropertySpec* ingress = group->findProperty("SecurityGroupIngress");
  REQUIRE(ingress != nullptr);
  CHECK(ingress->type == "List");
  CHECK(ingress->itemType == "Ingress");
  const PropertySpec* subnetIds =
      findResourceType("AWS::Redshift::ClusterSubnetGroup")->findProperty("SubnetIds");
  REQUIRE(subnetIds != nullptr);
  CHECK(subnetIds->primitiveItemType == "String");
  CHECK(findResourceType("AWS::EC2::Subnet")->findProperty("Tags")->itemType == "Tag");
}

TEST_CASE("property types resolve relative to their owner, then globally") {
  const PropertyTypeSpec* ingress = findPropertyTypeOf("AWS::EC2::SecurityGroup", "Ingress");
  REQUIRE(ingress != nullptr);
  CHECK(ingress->name == "AWS::EC2::SecurityGroup.Ingress");
  CHECK(ingress->findProperty("IpProtocol")->required);
  CHECK(ingress->shape.name.empty());
  const PropertyTypeSpec* tag = findPropertyTypeOf("AWS::EC2::Subnet", "Tag");
  REQUIRE(tag != nullptr);
  CHECK(tag->name == "Tag");
  CHECK(tag->findProperty("Key")->required);
  CHECK(findPropertyTypeOf("AWS::EC2::SecurityGroup.Ingress", "Ingress") == ingress);
}

TEST_CASE("a property type without fields is an open object") {
  const PropertyTypeSpec* noDevice = findPropertyType("AWS::EC2::Instance.NoDevice");
  REQUIRE(noDevice != nullptr);
  CHECK(noDevice->properties.empty());
  CHECK(noDevice->shape.primitiveType == "Json");
}

TEST_CASE("a property that takes several kinds of scalar lists them all") {
  const ResourceTypeSpec* version = findResourceType("AWS::AppConfig::HostedConfigurationVersion");
  REQUIRE(version != nullptr);
  CHECK(version->findProperty("LatestVersionNumber")->primitiveType == "Double/Integer");
}

TEST_CASE("unknown types are null and repeated lookups return the same object") {
  CHECK(findResourceType("AWS::EC2::Nothing") == nullptr);
  CHECK(findResourceType("") == nullptr);
  CHECK(findPropertyType("AWS::EC2::Subnet.Nothing") == nullptr);
  CHECK(findResourceType("AWS::EC2::VPC") == findResourceType("AWS::EC2::VPC"));
  CHECK(resourceSpecVersion() == "0.1.216");
  CHECK(resourceSpecDescription() == "@aws-cdk/aws-service-spec 0.1.216 (2026-09-29)");
}

TEST_CASE(
    "turning on enhanced VPC routing and the S3 endpoint updates an existing stack in place") {
  // docs/synth.md says so: the cluster keeps its data, the endpoint follows new AZs, and the HTTPS
  // egress rule of a nat-egress stack only changes its description.
  CHECK(
      findResourceType("AWS::Redshift::Cluster")->findProperty("EnhancedVpcRouting")->updateType ==
      UpdateType::Mutable);
  const ResourceTypeSpec* endpoint = findResourceType("AWS::EC2::VPCEndpoint");
  CHECK(endpoint->findProperty("RouteTableIds")->updateType == UpdateType::Mutable);
  CHECK(endpoint->findProperty("PolicyDocument")->updateType == UpdateType::Mutable);
  CHECK(
      findResourceType("AWS::EC2::SecurityGroupEgress")->findProperty("Description")->updateType ==
      UpdateType::Mutable);
}
