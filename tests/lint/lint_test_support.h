#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/linter.h"

namespace vpcsynth::lint::testing {

/// The start of a template: a VPC with one public subnet holding a NAT gateway behind an Internet
/// Gateway, and two private subnets, PrivateA and PrivateB, whose table routes 0.0.0.0/0 to the
/// NAT. Tests append the security group and what sits in the private subnets; finding lines count
/// from this text's first line.
inline constexpr std::string_view kPrivateSubnetsBehindNat = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  Igw:
    Type: AWS::EC2::InternetGateway
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}
  Public:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
  PrivateA:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
  PrivateB:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
  PublicTable:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  PublicRoute:
    Type: AWS::EC2::Route
    DependsOn: Attach
    Properties: {RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
  PublicAssoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref Public, RouteTableId: !Ref PublicTable}
  Eip:
    Type: AWS::EC2::EIP
    DependsOn: Attach
    Properties: {Domain: vpc}
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: {AllocationId: !GetAtt Eip.AllocationId, SubnetId: !Ref Public}
  PrivateTable:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  PrivateRoute:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref PrivateTable, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat}
  AssocA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref PrivateA, RouteTableId: !Ref PrivateTable}
  AssocB:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: {SubnetId: !Ref PrivateB, RouteTableId: !Ref PrivateTable}
)";

/// Lints `text` (a template written inline in a test) with every rule, or with the rules whose
/// IDs start with `only`.
inline FileReport lintText(std::string_view text, std::string_view only = {}) {
  LintOptions options;
  if (!only.empty()) options.filter.include({std::string(only)});
  return lintSource(std::string(text), "test.yaml", options);
}

/// The IDs of the findings, in report order.
inline std::vector<std::string> ruleIds(const FileReport& report) {
  std::vector<std::string> ids;
  for (const Diagnostic& finding : report.findings) ids.push_back(finding.ruleId);
  return ids;
}

/// The lines of the findings of `rule`, in report order.
inline std::vector<std::uint32_t> linesOf(const FileReport& report, std::string_view rule) {
  std::vector<std::uint32_t> lines;
  for (const Diagnostic& finding : report.findings) {
    if (finding.ruleId == rule) lines.push_back(finding.position.line);
  }
  return lines;
}

}  // namespace vpcsynth::lint::testing
