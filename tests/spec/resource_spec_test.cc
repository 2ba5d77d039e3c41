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
  CHECK(subnet->findProperty("Ipv6CidrBlock")->updateType == UpdateType::Conditional);
  CHECK(subnet->hasAttribute("SubnetId"));
  CHECK(subnet->findProperty("cidrblock") == nullptr);
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

TEST_CASE("list properties carry their item types and whether order matters") {
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
  CHECK(findPropertyTypeOf("AWS::EC2::SecurityGroup.Ingress", "Ingress") == ingress);
}

TEST_CASE("a property type that is a list itself has a shape") {
  const PropertyTypeSpec* queries =
      findPropertyType("AWS::CloudWatch::AnomalyDetector.MetricDataQueries");
  REQUIRE(queries != nullptr);
  CHECK(queries->properties.empty());
  CHECK(queries->shape.type == "List");
  CHECK(queries->shape.itemType == "MetricDataQuery");
}

TEST_CASE("unknown types are null and repeated lookups return the same object") {
  CHECK(findResourceType("AWS::EC2::Nothing") == nullptr);
  CHECK(findResourceType("") == nullptr);
  CHECK(findPropertyType("AWS::EC2::Subnet.Nothing") == nullptr);
  CHECK(findResourceType("AWS::EC2::VPC") == findResourceType("AWS::EC2::VPC"));
  CHECK(resourceSpecVersion() == "117.0.0");
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
