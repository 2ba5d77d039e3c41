// The deploy-time rules (P....): for each, a broken template in tests/lint/deploy/ that AWS
// refuses, found at the line that causes it, and its corrected twin, which the rule passes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lint_test_support.h"

using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;
using Lines = std::vector<std::uint32_t>;

namespace {

std::string readTwin(const std::string& name) {
  const std::filesystem::path path =
      std::filesystem::path(VPCSYNTH_SOURCE_DIR) / "tests/lint/deploy" / name;
  std::ifstream in(path);
  INFO(path.string());
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Lints `p00NN_<kind>.yaml` with the rules whose IDs start with `only` (the twin's own rule when
// empty).
FileReport lintTwin(const std::string& rule, const std::string& kind, std::string only = {}) {
  std::string lower = rule;
  lower[0] = 'p';
  return lintText(readTwin(lower + "_" + kind + ".yaml"), only.empty() ? rule : only);
}

struct Twin {
  const char* rule;
  std::uint32_t line;   // where the broken template's finding points
  const char* excerpt;  // a part of its message
};

// One row per rule; the broken template has exactly one mistake.
const Twin kTwins[] = {
    {"P0001", 15, "contains '''"},
    {"P0002", 8, "starts with 'sg-'"},
    {"P0003", 22, "belong to different networks"},
    {"P0004", 17, "RouteAlreadyExists"},
    {"P0005", 20, "DuplicateSubnetsInSameZone"},
    {"P0006", 28, "must coexist"},
    {"P0007", 31, "CreateNetworkInterface"},
    {"P0008", 7, "greater than or equal to 2"},
    {"P0009", 5, "fully qualified"},
    {"P0010", 10, "accepts only 5431-5455 and 8191-8215"},
    {"P0011", 20, "ExcludeCharacters"},
    {"P0012", 10, "service-role/AWSLambdaVPCAccessExecutionRole"},
    {"P0013", 12, "already has an internet gateway attached"},
    {"P0014", 31, "is already associated"},
    {"P0015", 34, "does not exist in VPC"},
    {"P0016", 16, "cannot be specified with a private NAT gateway"},
    {"P0017", 21, "belong to different networks"},
    {"P0018", 8, "maximum parameter value of 4096 characters"},
    {"P0019", 5, "two consecutive hyphens"},
    {"P0020", 8, "Only lowercase Database names are supported"},
    {"P0021", 18, "DuplicateSubnetsInSameZone"},
};

}  // namespace

TEST_CASE("each deploy-time rule finds its broken twin and passes the corrected one") {
  for (const Twin& twin : kTwins) {
    INFO(twin.rule);
    FileReport broken = lintTwin(twin.rule, "broken");
    REQUIRE(linesOf(broken, twin.rule) == Lines{twin.line});
    REQUIRE(broken.findings.front().message.find(twin.excerpt) != std::string::npos);
    REQUIRE(linesOf(lintTwin(twin.rule, "correct"), twin.rule).empty());
  }
}

TEST_CASE("each broken twin breaks only its own deploy-time rule, each corrected twin none") {
  for (const Twin& twin : kTwins) {
    INFO(twin.rule);
    REQUIRE(ruleIds(lintTwin(twin.rule, "broken", "P")) == std::vector<std::string>{twin.rule});
    REQUIRE(lintTwin(twin.rule, "correct", "P").findings.empty());
  }
}

TEST_CASE("deploy-time rules stay silent on what only the deployment decides") {
  // P0003: the attachment's VPC comes from a parameter.
  REQUIRE(lintText(R"(Parameters:
  OtherVpc: {Type: String}
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Gateway: {Type: AWS::EC2::InternetGateway}
  Attachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref OtherVpc, InternetGatewayId: !Ref Gateway}
  Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
  Route:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Gateway}
)",
                   "P0003")
              .findings.empty());
  // P0004: one of the two routes exists only under a condition.
  REQUIRE(lintText(R"(Conditions:
  Never: !Equals [a, b]
Resources:
  Table: {Type: AWS::EC2::RouteTable, Properties: {VpcId: vpc-1}}
  First:
    Type: AWS::EC2::Route
    Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: igw-1}
  Second:
    Type: AWS::EC2::Route
    Condition: Never
    Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-1}
)",
                   "P0004")
              .findings.empty());
  // P0005: the zones come from parameters.
  REQUIRE(lintText(R"(Parameters:
  ZoneA: {Type: String}
  ZoneB: {Type: String}
Resources:
  A: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Ref ZoneA}}
  B: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Ref ZoneB}}
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: vpc-1, ServiceName: x, VpcEndpointType: Interface, SubnetIds: [!Ref A, !Ref B]}
)",
                   "P0005")
              .findings.empty());
  // P0005: a literal zone name that reads like a Fn::GetAZs index is a name, not that index.
  REQUIRE(lintText(R"(Resources:
  A: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24, AvailabilityZone: "getazs:1"}}
  B: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [1, !GetAZs '']}}
  C: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.2.0/24, AvailabilityZoneId: us-east-1a}}
  D: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.3.0/24, AvailabilityZone: us-east-1a}}
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties: {VpcId: vpc-1, ServiceName: x, VpcEndpointType: Interface, SubnetIds: [!Ref A, !Ref B, !Ref C, !Ref D]}
)",
                   "P0005")
              .findings.empty());
  // P0006: the security groups are a list parameter.
  REQUIRE(lintText(R"(Parameters:
  Groups: {Type: "List<AWS::EC2::SecurityGroup::Id>"}
Resources:
  Query:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/query
      Code: {ZipFile: x}
      VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: !Ref Groups}
)",
                   "P0006")
              .findings.empty());
  // P0007: a managed policy whose content the template does not show.
  REQUIRE(lintText(R"(Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}
      ManagedPolicyArns: [!Sub "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"]
  Query:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
      Code: {ZipFile: x}
      VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}
)",
                   "P0007")
              .findings.empty());
  // P0011: a generator without punctuation cannot produce a refused character.
  REQUIRE(lintText(R"(Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties: {GenerateSecretString: {PasswordLength: 32, ExcludePunctuation: true}}
  Cluster:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: dev
      MasterUsername: admin
      MasterUserPassword: !Sub "{{resolve:secretsmanager:${Secret}:SecretString:password}}"
)",
                   "P0011")
              .findings.empty());
}

TEST_CASE("P0007 reads policies attached to the role by AWS::IAM::Policy") {
  const char* text = R"(Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}
  Network:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: network
      Roles: [!Ref Role]
      PolicyDocument: {Statement: [{Effect: Allow, Action: "ec2:*NetworkInterface*", Resource: "*"}]}
  Query:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
      Code: {ZipFile: x}
      VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}
)";
  REQUIRE(lintText(text, "P0007").findings.empty());
  std::string withoutPolicy(text);
  withoutPolicy.replace(withoutPolicy.find("ec2:*NetworkInterface*"), 22, "s3:GetObject");
  REQUIRE(linesOf(lintText(withoutPolicy, "P0007"), "P0007") == Lines{15});
}

TEST_CASE("P0013, P0014 and P0016 judge only what the template fixes") {
  // Attachments to VPCs from two parameters may name two VPCs.
  REQUIRE(lintText(R"(Parameters:
  VpcA: {Type: String}
  VpcB: {Type: String}
Resources:
  GatewayA: {Type: AWS::EC2::InternetGateway}
  GatewayB: {Type: AWS::EC2::InternetGateway}
  AttachA: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref VpcA, InternetGatewayId: !Ref GatewayA}}
  AttachB: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref VpcB, InternetGatewayId: !Ref GatewayB}}
)",
                   "P0013")
              .findings.empty());
  // Two NAT gateways on allocation IDs from two parameters.
  REQUIRE(lintText(R"(Parameters:
  AllocationA: {Type: String}
  AllocationB: {Type: String}
Resources:
  NatA: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: subnet-1, AllocationId: !Ref AllocationA}}
  NatB: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: subnet-2, AllocationId: !Ref AllocationB}}
)",
                   "P0014")
              .findings.empty());
  // The connectivity type comes from a parameter.
  REQUIRE(lintText(R"(Parameters:
  Connectivity: {Type: String}
Resources:
  Nat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: subnet-1, ConnectivityType: !Ref Connectivity}}
)",
                   "P0016")
              .findings.empty());
  // A public NAT gateway without an address is reported at the resource.
  REQUIRE(linesOf(lintText("Resources:\n  Nat:\n    Type: AWS::EC2::NatGateway\n"
                           "    Properties: {SubnetId: subnet-1}\n",
                           "P0016"),
                  "P0016") == Lines{2});
}

TEST_CASE("P0017, P0018 and P0019 judge only what the template fixes") {
  // A peering connection in the template may connect the two VPCs.
  std::string peered = readTwin("p0017_broken.yaml") +
                       "  Peering:\n    Type: AWS::EC2::VPCPeeringConnection\n"
                       "    Properties: {VpcId: !Ref Vpc, PeerVpcId: !Ref OtherVpc}\n";
  REQUIRE(lintText(peered, "P0017").findings.empty());
  // Without a Tier, the account's default tier decides.
  std::string untiered = readTwin("p0018_broken.yaml");
  untiered.erase(untiered.find("      Tier: Standard\n"), 21);
  REQUIRE(lintText(untiered, "P0018").findings.empty());
  // An identifier from a parameter.
  REQUIRE(lintText(R"(Parameters:
  Name: {Type: String}
Resources:
  Cluster:
    Type: AWS::Redshift::Cluster
    Properties: {ClusterIdentifier: !Ref Name, ClusterType: single-node, NodeType: ra3.xlplus, DBName: dev, MasterUsername: admin, ManageMasterPassword: true}
)",
                   "P0019")
              .findings.empty());
}

TEST_CASE(
    "P0001 names a line break instead of printing it, and P0007 reads a computed policy as "
    "unknown") {
  FileReport multiline = lintText(R"(Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: |
        Query
        function
)",
                                  "P0001");
  REQUIRE(linesOf(multiline, "P0001") == Lines{5});
  REQUIRE(multiline.findings.front().message.find("a line break") != std::string::npos);
  REQUIRE(lintText(R"(Conditions:
  InVpc: !Equals [a, a]
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}
      Policies:
        - PolicyName: network
          PolicyDocument:
            Statement:
              - !If [InVpc, {Effect: Allow, Action: "ec2:*", Resource: "*"}, !Ref AWS::NoValue]
  Query:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
      Code: {ZipFile: x}
      VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}
)",
                   "P0007")
              .findings.empty());
}
