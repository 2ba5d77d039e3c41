#include "diff/template_diff.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "diff/diff_report.h"
#include "read_or_fail.h"
#include "yaml/reader.h"

using namespace vpcsynth;
using namespace vpcsynth::test_support;

namespace {

const ResourceChange& onlyResource(const TemplateDiff& diff) {
  REQUIRE(diff.resources.size() == 1);
  return diff.resources.front();
}

const ValueChange* findChange(const ResourceChange& change, std::string_view path) {
  for (const ValueChange& property : change.changes) {
    if (pathText(property.path) == path) return &property;
  }
  return nullptr;
}

constexpr std::string_view kSubnet = R"(
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.0.0/24
      Tags: [{Key: Name, Value: a}, {Key: Tier, Value: private}]
)";

/// The diff of a one-resource template whose properties (flow YAML) change.
TemplateDiff diffOneResource(std::string_view type, std::string_view oldProperties,
                             std::string_view newProperties) {
  auto text = [type](std::string_view properties) {
    return "Resources: {R: {Type: " + std::string(type) +
           ", Properties: " + std::string(properties) + "}}";
  };
  return diffTemplates(readTemplateOrFail(text(oldProperties)),
                       readTemplateOrFail(text(newProperties)));
}

}  // namespace

TEST_CASE("a template equals itself written differently") {
  const Value yaml = readTemplateOrFail(kSubnet);
  const Value json = readTemplateOrFail(R"({"Resources": {"Subnet": {"Properties": {
      "Tags": [{"Value": "private", "Key": "Tier"}, {"Key": "Name", "Value": "a"}],
      "CidrBlock": "10.0.0.0/24", "VpcId": {"Ref": "Vpc"}}, "Type": "AWS::EC2::Subnet"}}})");
  const TemplateDiff diff = diffTemplates(yaml, json);
  CHECK(diff.empty());
}

TEST_CASE("a subnet's CidrBlock change replaces it, which loses no data") {
  std::string edited(kSubnet);
  edited.replace(edited.find("10.0.0.0/24"), 11, "10.0.1.0/24");
  const TemplateDiff diff = diffTemplates(readTemplateOrFail(kSubnet), readTemplateOrFail(edited));
  const ResourceChange& subnet = onlyResource(diff);
  CHECK(subnet.kind == ChangeKind::Modified);
  CHECK(subnet.impact == Impact::Replaces);
  // The resource data does not mark a subnet stateful: it holds no data of its own.
  CHECK_FALSE(subnet.destructive);
  REQUIRE(subnet.changes.size() == 1);
  const ValueChange& cidr = subnet.changes.front();
  CHECK(pathText(cidr.path) == "CidrBlock");
  CHECK(cidr.updateType == UpdateType::Immutable);
  CHECK(cidr.oldValue->text() == "10.0.0.0/24");
  CHECK(cidr.newValue->text() == "10.0.1.0/24");
  CHECK_FALSE(diff.hasDestructive());
}

TEST_CASE("replacing a stateful resource is destructive, unless it is retained") {
  const TemplateDiff diff =
      diffOneResource("AWS::Redshift::Cluster", "{ClusterIdentifier: a, NodeType: ra3.large}",
                      "{ClusterIdentifier: b, NodeType: ra3.large}");
  CHECK(onlyResource(diff).impact == Impact::Replaces);
  CHECK(onlyResource(diff).destructive);
  CHECK(diff.hasDestructive());
  const TemplateDiff retained = diffTemplates(
      readTemplateOrFail("Resources: {C: {Type: AWS::Redshift::Cluster, UpdateReplacePolicy: "
                         "Retain, Properties: {ClusterIdentifier: a}}}"),
      readTemplateOrFail("Resources: {C: {Type: AWS::Redshift::Cluster, UpdateReplacePolicy: "
                         "Retain, Properties: {ClusterIdentifier: b}}}"));
  CHECK(onlyResource(retained).impact == Impact::Replaces);
  CHECK_FALSE(onlyResource(retained).destructive);
}

TEST_CASE("replacement impacts come from the current resource data") {
  // A field replaces the resource when the property it sits in does.
  CHECK(onlyResource(diffOneResource("AWS::EC2::Instance", "{CpuOptions: {CoreCount: 2}}",
                                     "{CpuOptions: {CoreCount: 4}}"))
            .impact == Impact::Replaces);
  // cfnspec 117 said this updated in place; the registry schema says it replaces.
  CHECK(onlyResource(diffOneResource("AWS::EC2::VPCGatewayAttachment", "{VpcId: v}", "{VpcId: w}"))
            .impact == Impact::Replaces);
  // A type added after 2023.
  CHECK(onlyResource(diffOneResource("AWS::IAM::RolePolicy", "{RoleName: a, PolicyName: p}",
                                     "{RoleName: b, PolicyName: p}"))
            .impact == Impact::Replaces);
}

TEST_CASE("a Lambda MemorySize change updates in place") {
  const TemplateDiff diff = diffTemplates(
      readTemplateOrFail(
          "Resources: {F: {Type: AWS::Lambda::Function, Properties: {MemorySize: 128}}}"),
      readTemplateOrFail(
          "Resources: {F: {Type: AWS::Lambda::Function, Properties: {MemorySize: 256}}}"));
  const ResourceChange& function = onlyResource(diff);
  CHECK(function.impact == Impact::NoReplacement);
  CHECK_FALSE(function.destructive);
  CHECK(function.changes.front().updateType == UpdateType::Mutable);
  CHECK_FALSE(diff.hasDestructive());
}

TEST_CASE("nested properties take the update type of the deepest known property") {
  const TemplateDiff diff = diffTemplates(
      readTemplateOrFail("Resources: {F: {Type: AWS::Lambda::Function, Properties: "
                         "{Environment: {Variables: {A: x}}, VpcConfig: {SubnetIds: [a, b]}}}}"),
      readTemplateOrFail(
          "Resources: {F: {Type: AWS::Lambda::Function, Properties: "
          "{Environment: {Variables: {A: y, B: z}}, VpcConfig: {SubnetIds: [b, a, c]}}}}"));
  const ResourceChange& function = onlyResource(diff);
  const ValueChange* variable = findChange(function, "Environment.Variables.A");
  REQUIRE(variable != nullptr);
  CHECK(variable->kind == ChangeKind::Modified);
  CHECK(variable->impact == Impact::NoReplacement);
  const ValueChange* added = findChange(function, "Environment.Variables.B");
  REQUIRE(added != nullptr);
  CHECK(added->kind == ChangeKind::Added);
  // SubnetIds is a set: only `c` is new, the reordering is no change.
  const ValueChange* subnet = findChange(function, "VpcConfig.SubnetIds");
  REQUIRE(subnet != nullptr);
  CHECK(subnet->kind == ChangeKind::Added);
  CHECK(subnet->newValue->text() == "c");
  CHECK(function.changes.size() == 3);
}

TEST_CASE("ordered lists compare by index") {
  const TemplateDiff diff = diffTemplates(
      readTemplateOrFail(
          "Resources: {F: {Type: AWS::Lambda::Function, Properties: {Layers: [a, b]}}}"),
      readTemplateOrFail(
          "Resources: {F: {Type: AWS::Lambda::Function, Properties: {Layers: [b, a]}}}"));
  const ResourceChange& function = onlyResource(diff);
  REQUIRE(function.changes.size() == 2);
  CHECK(pathText(function.changes[0].path) == "Layers[0]");
  CHECK(pathText(function.changes[1].path) == "Layers[1]");
}

TEST_CASE("a conditional property may replace, a type change replaces") {
  const TemplateDiff conditional = diffTemplates(
      readTemplateOrFail(
          "Resources: {I: {Type: AWS::EC2::Instance, Properties: {InstanceType: t3.micro}}}"),
      readTemplateOrFail(
          "Resources: {I: {Type: AWS::EC2::Instance, Properties: {InstanceType: t3.small}}}"));
  // causesReplacement "maybe" in the resource data.
  CHECK(onlyResource(conditional).changes.front().updateType == UpdateType::Conditional);
  CHECK(onlyResource(conditional).impact == Impact::MayReplace);
  CHECK_FALSE(onlyResource(conditional).destructive);
  const TemplateDiff retyped =
      diffTemplates(readTemplateOrFail("Resources: {Q: {Type: AWS::SQS::Queue}}"),
                    readTemplateOrFail("Resources: {Q: {Type: AWS::SNS::Topic}}"));
  CHECK(onlyResource(retyped).impact == Impact::Replaces);
  CHECK(onlyResource(retyped).oldType == "AWS::SQS::Queue");
  CHECK(onlyResource(retyped).newType == "AWS::SNS::Topic");
}

TEST_CASE("unknown types and properties have an unknown impact") {
  const TemplateDiff diff = diffTemplates(
      readTemplateOrFail("Resources: {C: {Type: Custom::Thing, Properties: {Size: 1}}}"),
      readTemplateOrFail("Resources: {C: {Type: Custom::Thing, Properties: {Size: 2}}}"));
  CHECK(onlyResource(diff).impact == Impact::Unknown);
}

TEST_CASE("added and removed resources, removing stateful ones destructive unless retained") {
  const TemplateDiff diff = diffTemplates(
      readTemplateOrFail(
          "Resources: {Db: {Type: AWS::Redshift::Cluster}, Kept: {Type: AWS::S3::Bucket, "
          "DeletionPolicy: Retain}, Topic: {Type: AWS::SNS::Topic}}"),
      readTemplateOrFail(
          "Resources: {Topic: {Type: AWS::SNS::Topic}, Queue: {Type: AWS::SQS::Queue}}"));
  REQUIRE(diff.resources.size() == 3);
  CHECK(diff.resources[0].logicalId == "Queue");
  CHECK(diff.resources[0].kind == ChangeKind::Added);
  CHECK(diff.resources[1].logicalId == "Db");
  CHECK(diff.resources[1].kind == ChangeKind::Removed);
  CHECK(diff.resources[1].destructive);
  CHECK(diff.resources[2].logicalId == "Kept");
  CHECK_FALSE(diff.resources[2].destructive);
  const DiffCounts counts = countChanges(diff);
  CHECK(counts.resourcesAdded == 1);
  CHECK(counts.resourcesRemoved == 2);
  CHECK(counts.destructive == 1);
}

TEST_CASE("resource attributes are compared, DependsOn as a set") {
  const TemplateDiff same =
      diffTemplates(readTemplateOrFail("Resources: {A: {Type: AWS::SNS::Topic, DependsOn: B}}"),
                    readTemplateOrFail("Resources: {A: {Type: AWS::SNS::Topic, DependsOn: [B]}}"));
  CHECK(same.empty());
  const TemplateDiff diff = diffTemplates(
      readTemplateOrFail(
          "Resources: {A: {Type: AWS::SNS::Topic, DependsOn: [B, C], Condition: X}}"),
      readTemplateOrFail(
          "Resources: {A: {Type: AWS::SNS::Topic, DependsOn: [C, B, D], DeletionPolicy: "
          "Retain, Metadata: {k: v}}}"));
  const ResourceChange& topic = onlyResource(diff);
  CHECK(topic.impact == Impact::NoReplacement);
  REQUIRE(topic.changes.size() == 4);
  CHECK(std::all_of(topic.changes.begin(), topic.changes.end(),
                    [](const ValueChange& change) { return change.attribute; }));
  CHECK(findChange(topic, "DependsOn")->newValue->text() == "D");
  CHECK(findChange(topic, "Condition")->kind == ChangeKind::Removed);
  CHECK(findChange(topic, "DeletionPolicy")->kind == ChangeKind::Added);
  CHECK(findChange(topic, "Metadata")->kind == ChangeKind::Added);
}

TEST_CASE("other sections are compared entry by entry") {
  const TemplateDiff diff = diffTemplates(
      readTemplateOrFail("Description: one\nParameters: {A: {Type: String}, B: {Type: String}}\n"
                         "Resources: {}\nOutputs: {O: {Value: !Ref A}}"),
      readTemplateOrFail(
          "Description: two\nParameters: {A: {Type: String, Default: x}, C: {Type: Number}}\n"
          "Resources: {}\nOutputs: {O: {Value: {Ref: A}}}"));
  REQUIRE(diff.sections.size() == 4);
  CHECK(diff.sections[0].section == "Description");
  CHECK(diff.sections[0].name.empty());
  CHECK(diff.sections[0].kind == ChangeKind::Modified);
  CHECK(diff.sections[1].name == "A");
  CHECK(pathText(diff.sections[1].changes.front().path) == "Default");
  CHECK(diff.sections[2].name == "C");
  CHECK(diff.sections[2].kind == ChangeKind::Added);
  CHECK(diff.sections[3].name == "B");
  CHECK(diff.sections[3].kind == ChangeKind::Removed);
}

TEST_CASE("a replaced resource changes the references to it, which may replace their holders") {
  const std::string_view before = R"(
Resources:
  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: v, CidrBlock: 10.0.0.0/24}}
  Association:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref Subnet, RouteTableId: !Ref Table}
  Function:
    Type: AWS::Lambda::Function
    Properties: {VpcConfig: {SubnetIds: [!Ref Subnet]}, Description: !Sub "in ${Subnet}"}
  Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: v}}
)";
  std::string after(before);
  after.replace(after.find("10.0.0.0/24"), 11, "10.0.8.0/24");
  const TemplateDiff diff = diffTemplates(readTemplateOrFail(before), readTemplateOrFail(after));
  REQUIRE(diff.resources.size() == 3);
  CHECK(diff.resources[0].logicalId == "Subnet");
  const ResourceChange& association = diff.resources[1];
  CHECK(association.logicalId == "Association");
  CHECK(association.impact == Impact::Replaces);
  REQUIRE(association.changes.size() == 1);
  CHECK(association.changes[0].replacedReference == "Subnet");
  CHECK(pathText(association.changes[0].path) == "SubnetId");
  const ResourceChange& function = diff.resources[2];
  CHECK(function.logicalId == "Function");
  CHECK(function.impact == Impact::NoReplacement);
  CHECK(function.changes.size() == 2);
  CHECK_FALSE(function.destructive);
}
