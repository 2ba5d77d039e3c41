// One test per rule: a template that triggers it at the expected line, and one that does not.
#include <catch2/catch.hpp>

#include "lint_test_support.h"

using namespace vpcsynth::lint;
using namespace vpcsynth::lint::testing;
using Lines = std::vector<std::uint32_t>;

namespace {

bool messageContains(const FileReport& report, std::string_view rule, std::string_view text) {
  for (const auto& finding : report.findings) {
    if (finding.ruleId == rule && finding.message.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("R0001 Ref target, with one suggestion") {
  const char* text = R"(Parameters:
  Env: {Type: String}
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16, Tags: [{Key: e, Value: !Ref Env}]}
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref VPC, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Ref "AWS::Region"}
)";
  FileReport report = lintText(text, "R0001");
  REQUIRE(linesOf(report, "R0001") == Lines{9});
  REQUIRE(messageContains(report, "R0001", "did you mean 'Vpc'?"));
}

TEST_CASE("R0002 GetAtt target") {
  FileReport report = lintText(
      "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n"
      "      DisplayName: !GetAtt Topc.TopicName\n",
      "R0002");
  REQUIRE(linesOf(report, "R0002") == Lines{5});
  REQUIRE(lintText("Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n"
                   "      DisplayName: !GetAtt A.TopicName\n",
                   "R0002")
              .findings.empty());
}

TEST_CASE("R0003 Sub variables: locals, pseudo parameters, literals and spaces are fine") {
  const char* text = R"(Parameters:
  Env: {Type: String}
Resources:
  A:
    Type: AWS::SNS::Topic
    Properties:
      DisplayName: !Sub "${Env}-${AWS::Region}-${!Literal}-${ Env }-${A.TopicName}"
      TopicName: !Sub ["${Local}-${Nope}", {Local: x}]
)";
  FileReport report = lintText(text, "R0003");
  REQUIRE(linesOf(report, "R0003") == Lines{8});
  REQUIRE(messageContains(report, "R0003", "Nope"));
}

TEST_CASE("R0004 DependsOn target") {
  REQUIRE(linesOf(lintText("Resources:\n  A:\n    Type: AWS::SNS::Topic\n    DependsOn: [A2]\n"
                           "  A1:\n    Type: AWS::SNS::Topic\n",
                           "R0004"),
                  "R0004") == Lines{4});
}

TEST_CASE("R0005 condition names, in resources, Fn::If and outputs") {
  const char* text = R"(Conditions:
  IsProd: !Equals [a, b]
Resources:
  A:
    Type: AWS::SNS::Topic
    Condition: IsProd
    Properties:
      DisplayName: !If [IsPrd, a, b]
Outputs:
  O:
    Condition: Missing
    Value: x
)";
  REQUIRE(linesOf(lintText(text, "R0005"), "R0005") == Lines{8, 11});
}

TEST_CASE("R0006 mapping names") {
  REQUIRE(
      linesOf(lintText("Mappings:\n  M: {a: {b: c}}\nResources:\n  A:\n    Type: AWS::SNS::Topic\n"
                       "    Properties:\n      DisplayName: !FindInMap [N, a, b]\n",
                       "R0006"),
              "R0006") == Lines{7});
}

TEST_CASE("R0008-R0010 unused parameters, conditions and mappings") {
  const char* text = R"(Parameters:
  Used: {Type: String}
  UsedInSub: {Type: String}
  Unused: {Type: String}
Conditions:
  C1: !Equals [!Ref Used, x]
  C2: !Condition C1
Mappings:
  M: {a: {b: c}}
Resources:
  A:
    Type: AWS::SNS::Topic
    Properties:
      DisplayName: !Sub "${UsedInSub}"
)";
  FileReport report = lintText(text, "R");
  REQUIRE(linesOf(report, "R0008") == Lines{4});
  REQUIRE(linesOf(report, "R0009") == Lines{7});
  REQUIRE(linesOf(report, "R0010") == Lines{9});
}

TEST_CASE("R0011 circular dependencies print the cycle, inline security group rules included") {
  const char* text = R"(Resources:
  GroupA:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: a
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 1, ToPort: 1, SourceSecurityGroupId: !Ref GroupB}
  GroupB:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: b
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 1, ToPort: 1, SourceSecurityGroupId: !GetAtt GroupA.GroupId}
  Self:
    Type: AWS::SNS::Topic
    Properties: {DisplayName: !GetAtt Self.TopicName}
  Fine:
    Type: AWS::SNS::Topic
    DependsOn: Self
)";
  FileReport report = lintText(text, "R0011");
  REQUIRE(linesOf(report, "R0011") == Lines{2, 14});
  REQUIRE(messageContains(report, "R0011", "GroupA -> GroupB -> GroupA"));
  REQUIRE(messageContains(report, "R0011", "Self -> Self"));
}

TEST_CASE("T0011-T0015 template structure") {
  const char* text = R"(Resources:
  NoType:
    Properties: {}
  Typo:
    Type: AWS::SNS::Topic
    Propertes: {}
Output: {}
)";
  FileReport report = lintText(text, "T");
  REQUIRE(linesOf(report, "T0012") == Lines{2});
  REQUIRE(linesOf(report, "T0015") == Lines{6});
  REQUIRE(linesOf(report, "T0011") == Lines{7});
  REQUIRE(messageContains(report, "T0011", "did you mean 'Outputs'?"));
  REQUIRE(messageContains(report, "T0015", "did you mean 'Properties'?"));
}

TEST_CASE("T0013 more than 500 resources, T0014 more than 1 MB") {
  std::string text = "Resources:\n";
  for (int i = 0; i < 501; ++i) text += "  T" + std::to_string(i) + ": {Type: AWS::SNS::Topic}\n";
  REQUIRE(linesOf(lintText(text, "T0013"), "T0013") == Lines{502});
  text.resize(text.size() - 80);  // drop the last resource
  text = text.substr(0, text.rfind("  T500"));
  REQUIRE(lintText(text, "T0013").findings.empty());
  std::string large = "Description: " + std::string(1'000'001, 'x') + "\nResources: {}\n";
  REQUIRE(linesOf(lintText(large, "T0014"), "T0014") == Lines{1});
}

TEST_CASE("S0001/S0002 open ingress: error on database ports, warning elsewhere, web ports fine") {
  const char* text = R"(Resources:
  G:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: g
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 5439, ToPort: 5439, CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIpv6: "::/0", Description: d}
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: tcp, FromPort: 5439, ToPort: 5439, CidrIp: 10.0.0.0/16, Description: d}
  R:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupId: !Ref G, IpProtocol: "-1", CidrIp: 0.0.0.0/0, Description: d}
)";
  FileReport report = lintText(text, "S000");
  REQUIRE(linesOf(report, "S0001") == Lines{7, 14});
  REQUIRE(linesOf(report, "S0002") == Lines{8, 10});
  REQUIRE(messageContains(report, "S0001", "5439 (Redshift)"));
}

TEST_CASE("S0001/S0002 messages state the protocol and the ports or ICMP types a rule admits") {
  const char* text = R"(Resources:
  G:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: g
      SecurityGroupIngress:
        - {IpProtocol: "-1", CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: tcp, FromPort: 0, ToPort: 65535, CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: icmp, FromPort: 8, ToPort: -1, CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: icmpv6, FromPort: -1, ToPort: -1, CidrIpv6: "::/0", Description: d}
        - {IpProtocol: "58", FromPort: 1, ToPort: 4, CidrIpv6: "::/0", Description: d}
        - {IpProtocol: udp, FromPort: 3000, ToPort: 3100, CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: "6", FromPort: 8080, ToPort: 8080, CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: "50", CidrIp: 0.0.0.0/0, Description: d}
        - {IpProtocol: tcp, FromPort: !GetAtt Db.Endpoint.Port, ToPort: !GetAtt Db.Endpoint.Port, CidrIp: 0.0.0.0/0, Description: d}
)";
  FileReport report = lintText(text, "S000");
  REQUIRE(linesOf(report, "S0001") == Lines{7, 8});
  REQUIRE(linesOf(report, "S0002") == Lines{9, 10, 11, 12, 13, 14, 15});
  REQUIRE(messageContains(report, "S0001",
                          "admits all traffic (every protocol and port) from the whole internet, "
                          "which includes TCP port 22 (SSH)"));
  REQUIRE(messageContains(report, "S0001", "admits every TCP port from the whole internet"));
  REQUIRE(messageContains(report, "S0002", "admits ICMP type 8 (echo request) from"));
  REQUIRE(messageContains(report, "S0002", "admits all ICMPv6 messages from"));
  REQUIRE(
      messageContains(report, "S0002", "admits ICMPv6 type 1 (destination unreachable) code 4"));
  REQUIRE(messageContains(report, "S0002", "admits UDP ports 3000-3100 from"));
  REQUIRE(messageContains(report, "S0002", "admits TCP port 8080 from"));
  REQUIRE(messageContains(report, "S0002", "admits IP protocol 50 from"));
  REQUIRE(messageContains(report, "S0002", "admits TCP traffic on ports computed at deploy time"));
  REQUIRE_FALSE(messageContains(report, "S0002", "65535"));
}

TEST_CASE("S0003 rule descriptions, S0004 allow-all egress") {
  const char* text = R"(Resources:
  G:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: g
      SecurityGroupEgress:
        - {IpProtocol: "-1", CidrIp: 0.0.0.0/0}
        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0, Description: AWS APIs}
)";
  FileReport report = lintText(text, "S000");
  REQUIRE(linesOf(report, "S0003") == Lines{7});
  REQUIRE(linesOf(report, "S0004") == Lines{7});
}

TEST_CASE("S0005-S0008 Redshift public, unencrypted, hard-coded and plain-parameter passwords") {
  const char* text = R"(Parameters:
  Plain: {Type: String}
  Hidden: {Type: String, NoEcho: true}
  HiddenDefault: {Type: String, NoEcho: true, Default: hunter2}
Resources:
  Literal:
    Type: AWS::Redshift::Cluster
    Properties: {PubliclyAccessible: true, MasterUserPassword: Secret123}
  FromPlain:
    Type: AWS::Redshift::Cluster
    Properties: {Encrypted: true, MasterUserPassword: !Ref Plain}
  FromHidden:
    Type: AWS::Redshift::Cluster
    Properties: {Encrypted: true, MasterUserPassword: !Ref Hidden}
  FromDefault:
    Type: AWS::Redshift::Cluster
    Properties: {Encrypted: true, MasterUserPassword: !Ref HiddenDefault}
  Resolved:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: false
      MasterUserPassword: "{{resolve:secretsmanager:db:SecretString:password}}"
)";
  FileReport report = lintText(text, "S000");
  REQUIRE(linesOf(report, "S0005") == Lines{8});
  // Since 2025-01-10 a cluster without `Encrypted` is encrypted; `Encrypted: false` is refused.
  REQUIRE(linesOf(report, "S0006") == Lines{21});
  REQUIRE(messageContains(report, "S0006", "refuses since 2025-01-10"));
  REQUIRE(linesOf(report, "S0007") == Lines{4, 8});
  REQUIRE(linesOf(report, "S0008") == Lines{11});
}

TEST_CASE("S0006 judges Redshift encryption by the as-of date and the key policy asked for") {
  const char* text = R"(Resources:
  Default:
    Type: AWS::Redshift::Cluster
    Properties: {NodeType: ra3.large}
  CustomerKey:
    Type: AWS::Redshift::Cluster
    Properties: {NodeType: ra3.large, KmsKeyId: !Ref Key}
  Off:
    Type: AWS::Redshift::Cluster
    Properties: {NodeType: ra3.large, Encrypted: false}
)";
  LintOptions options;
  options.filter.include({"S0006"});
  REQUIRE(linesOf(lintSource(text, "t.yaml", options), "S0006") == Lines{10});
  options.settings.customerManagedKeys = true;
  REQUIRE(linesOf(lintSource(text, "t.yaml", options), "S0006") == Lines{2, 10});
  options.settings.customerManagedKeys = false;
  options.settings.asOf = "2025-01-09";
  REQUIRE(linesOf(lintSource(text, "t.yaml", options), "S0006") == Lines{2, 5, 10});
}

TEST_CASE("D0002 and D0005 apply the requirements the resource data cannot express") {
  const char* text = R"(Resources:
  NoPassword:
    Type: AWS::Redshift::Cluster
    Properties: {ClusterType: single-node, NodeType: ra3.large, DBName: d, MasterUsername: a}
  Managed:
    Type: AWS::Redshift::Cluster
    Properties: {ClusterType: single-node, NodeType: ra3.large, DBName: d, MasterUsername: a,
                 ManageMasterPassword: true}
  Both:
    Type: AWS::Redshift::Cluster
    Properties: {ClusterType: single-node, NodeType: ra3.large, DBName: d, MasterUsername: a,
                 ManageMasterPassword: true, MasterUserPassword: "{{resolve:ssm-secure:p}}"}
  MultiNode:
    Type: AWS::Redshift::Cluster
    Properties: {ClusterType: multi-node, NodeType: ra3.large, DBName: d, MasterUsername: a,
                 SnapshotIdentifier: s}
  FromParameter:
    Type: AWS::Redshift::Cluster
    Properties: {ClusterType: !Ref T, NodeType: ra3.large, DBName: d, MasterUsername: a,
                 ManageMasterPassword: !Ref M}
  Image:
    Type: AWS::Lambda::Function
    Properties: {PackageType: Image, Role: r, Code: {ImageUri: u}}
  Zip:
    Type: AWS::Lambda::Function
    Properties: {Role: r, Code: {ZipFile: x}, Runtime: python3.13}
  IpamVpc:
    Type: AWS::EC2::VPC
    Properties: {Ipv4IpamPoolId: p, Ipv4NetmaskLength: 24}
  BareVpc:
    Type: AWS::EC2::VPC
    Properties: {EnableDnsSupport: true}
  Instance:
    Type: AWS::RDS::DBInstance
    Properties: {MasterUserPassword: x, ManageMasterUserPassword: "true"}
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties: {NamespaceName: n, AdminUserPassword: x, ManageAdminPassword: false}
)";
  FileReport report = lintText(text, "D000");
  REQUIRE(linesOf(report, "D0002") == Lines{2, 13, 24, 30});
  REQUIRE(messageContains(report, "D0002", "'ManageMasterPassword: true'"));
  REQUIRE(messageContains(report, "D0002", "required when ClusterType is multi-node"));
  REQUIRE(messageContains(report, "D0002", "'Handler', required unless PackageType is Image"));
  REQUIRE(linesOf(report, "D0005") == Lines{9, 33});
}

TEST_CASE("S0009/S0010 secrets in Lambda environment variables, by name and by value") {
  const char* text = R"(Parameters:
  Token: {Type: String, NoEcho: true}
Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
  F:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          DB_PASSWORD: hunter2
          DB_PASSWORD_PARAMETER: /prod/db/password
          SECRET_ARN: !Ref Secret
          API_TOKEN: !Ref Secret
          KEY: AKIAIOSFODNN7EXAMPLE
          RESOLVED: "{{resolve:secretsmanager:db}}"
          FROM_PARAM: !Ref Token
)";
  FileReport report = lintText(text, "S00");
  REQUIRE(linesOf(report, "S0009") == Lines{11});
  REQUIRE(linesOf(report, "S0010") == Lines{15, 16, 17});
}

TEST_CASE("S0009 settings of the Parameters and Secrets extension and timeouts are not secrets") {
  const char* text = R"(Resources:
  F:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED: "true"
          PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: "2773"
          SECRETS_MANAGER_TIMEOUT_MILLIS: "0"
          SECRETS_MANAGER_TTL: "300"
          TOKEN_CACHE_SIZE: "100"
          API_TOKEN: abc123
)";
  REQUIRE(linesOf(lintText(text, "S0009"), "S0009") == Lines{12});
}

TEST_CASE("A0007 an Elastic IP needs the attachment only when it is associated") {
  const std::string network = R"(Resources:
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
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}
  NatAddress:
    Type: AWS::EC2::EIP
    Properties: {Domain: vpc}
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: {AllocationId: !GetAtt NatAddress.AllocationId, SubnetId: !Ref Public}
  Web:
    Type: AWS::EC2::Instance
    Properties: {ImageId: ami-12345678, SubnetId: !Ref Public}
  WebAddress:
    Type: AWS::EC2::EIP
    Properties: {Domain: vpc, InstanceId: !Ref Web}
  AppAddress:
    Type: AWS::EC2::EIP
    Properties: {Domain: vpc}
  AppAssociation:
    Type: AWS::EC2::EIPAssociation
    Properties: {AllocationId: !GetAtt AppAddress.AllocationId, InstanceId: !Ref Web}
)";
  FileReport report = lintText(network, "A0007");
  REQUIRE(linesOf(report, "A0007") == Lines{22, 25});
  REQUIRE(messageContains(report, "A0007", "associated with instance 'Web' but"));
  REQUIRE(messageContains(report, "A0007", "instance 'Web' through 'AppAssociation'"));
  std::string fixed = network;
  for (std::string_view type :
       {"AWS::EC2::EIP\n    Properties: {Domain: vpc, InstanceId", "AWS::EC2::EIPAssociation\n"}) {
    const std::size_t at = fixed.find(type);
    REQUIRE(at != std::string::npos);
    fixed.insert(fixed.find('\n', at) + 1, "    DependsOn: Attach\n");
  }
  REQUIRE(lintText(fixed, "A0007").findings.empty());
}

TEST_CASE("A0007 an associated Elastic IP needs the attachment of its host's VPC") {
  // Two VPCs, each with its own gateway; the interface is in the second one (as in the AWS CDK's
  // integ.network-interface test), and the address waits for the first one's attachment only.
  const std::string network = R"(Resources:
  VpcA:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  IgwA:
    Type: AWS::EC2::InternetGateway
  AttachA:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref VpcA, InternetGatewayId: !Ref IgwA}
  VpcB:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.1.0.0/16}
  IgwB:
    Type: AWS::EC2::InternetGateway
  AttachB:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref VpcB, InternetGatewayId: !Ref IgwB}
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref VpcB, CidrBlock: 10.1.0.0/24}
  Interface:
    Type: AWS::EC2::NetworkInterface
    Properties: {SubnetId: !Ref SubnetB}
  Address:
    Type: AWS::EC2::EIP
    DependsOn: AttachA
  Association:
    Type: AWS::EC2::EIPAssociation
    Properties: {AllocationId: !GetAtt Address.AllocationId, NetworkInterfaceId: !GetAtt Interface.Id}
)";
  FileReport report = lintText(network, "A0007");
  REQUIRE(linesOf(report, "A0007") == Lines{24});
  REQUIRE(messageContains(report, "A0007", "network interface 'Interface' through 'Association'"));
  REQUIRE(messageContains(report, "A0007", "add DependsOn: AttachB"));
  std::string fixed = network;
  fixed.replace(fixed.find("DependsOn: AttachA"), 18, "DependsOn: AttachB");
  REQUIRE(lintText(fixed, "A0007").findings.empty());
}

TEST_CASE("S0011/S0012 IAM wildcards") {
  const char* text = R"(Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - {Effect: Allow, Action: "*", Resource: "*"}
              - {Effect: Allow, Action: ["s3:GetObject", "s3:PutObject"], Resource: "*"}
              - {Effect: Allow, Action: ["s3:Get*", "ec2:CreateNetworkInterface", "cloudformation:ValidateTemplate"], Resource: "*"}
              - {Effect: Allow, Action: "s3:PutObject", Resource: "arn:aws:s3:::b/*"}
              - {Effect: Deny, Action: "*", Resource: "*"}
)";
  FileReport report = lintText(text, "S001");
  REQUIRE(linesOf(report, "S0011") == Lines{10});
  REQUIRE(linesOf(report, "S0012") == Lines{11});
}

TEST_CASE("V0001 malformed CIDRs and VPC prefix lengths") {
  const char* text = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/8}
  Vpc2:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.1/16}
  G:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {IpProtocol: tcp, FromPort: 1, ToPort: 1, CidrIp: 10.0.0.300/32, GroupId: x}
  H:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {IpProtocol: tcp, FromPort: 1, ToPort: 1, CidrIp: "{{resolve:ssm:cidr}}", GroupId: x}
)";
  REQUIRE(linesOf(lintText(text, "V0001"), "V0001") == Lines{4, 7, 10});
}

TEST_CASE("V0002/V0003 subnets outside the VPC or overlapping, computed with Fn::Cidr") {
  const char* text = R"(Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  A:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]}
  B:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.128/25}
  C:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.1.0.0/24}
  D:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: !Select [1, !Cidr [10.0.0.0/16, 4, 8]]}
)";
  FileReport report = lintText(text, "V000");
  REQUIRE(linesOf(report, "V0002") == Lines{13});
  REQUIRE(linesOf(report, "V0003") == Lines{10});
  REQUIRE(
      messageContains(report, "V0003", "'B' (10.0.0.128/25) overlaps subnet 'A' (10.0.0.0/24)"));
}

TEST_CASE("V0004 protocols and port ranges") {
  const char* text = R"(Resources:
  G:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: g
      SecurityGroupIngress:
        - {IpProtocol: tcpp, FromPort: 1, ToPort: 1, CidrIp: 10.0.0.0/8}
        - {IpProtocol: tcp, FromPort: 90, ToPort: 80, CidrIp: 10.0.0.0/8}
        - {IpProtocol: udp, FromPort: 1, ToPort: 70000, CidrIp: 10.0.0.0/8}
        - {IpProtocol: "50", CidrIp: 10.0.0.0/8}
        - {IpProtocol: icmp, FromPort: 8, ToPort: -1, CidrIp: 10.0.0.0/8}
)";
  REQUIRE(linesOf(lintText(text, "V0004"), "V0004") == Lines{7, 8, 9});
}

TEST_CASE("V0005 hard-coded availability zones") {
  const char* text = R"(Resources:
  S:
    Type: AWS::EC2::Subnet
    Properties: {AvailabilityZone: us-east-1a, VpcId: v, CidrBlock: 10.0.0.0/24}
  T:
    Type: AWS::EC2::Subnet
    Properties: {AvailabilityZone: !Select [0, !GetAZs ""], VpcId: v, CidrBlock: 10.0.0.0/24}
)";
  REQUIRE(linesOf(lintText(text, "V0005"), "V0005") == Lines{4});
}

TEST_CASE("V0006 deprecated runtimes, judged as of a fixed date") {
  const char* text =
      "Resources:\n  F:\n    Type: AWS::Lambda::Function\n"
      "    Properties: {Runtime: python3.9}\n";
  REQUIRE(linesOf(lintText(text, "V0006"), "V0006") == Lines{4});
  LintOptions options;
  options.filter.include({"V0006"});
  options.settings.asOf = "2025-01-01";
  REQUIRE(lintSource(text, "t.yaml", options).findings.empty());
}

TEST_CASE("R0007 GetAtt attributes the type does not have") {
  const char* text = R"(Resources:
  Cluster:
    Type: AWS::Redshift::Cluster
  Custom:
    Type: Custom::Thing
Outputs:
  A: {Value: !GetAtt Cluster.Endpoint.Address}
  B: {Value: !GetAtt Cluster.Endpoint.Adress}
  C: {Value: !GetAtt Custom.Anything}
  D: {Value: !Sub "${Cluster.Arn}"}
)";
  FileReport report = lintText(text, "R0007");
  REQUIRE(linesOf(report, "R0007") == Lines{8, 10});
  REQUIRE(messageContains(report, "R0007", "did you mean 'Endpoint.Address'?"));
}

TEST_CASE("D0001-D0004 properties checked against the resource data") {
  const char* text = R"(Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcID: !Ref Vpc
      CidrBlock: [10.0.0.0/24]
      MapPublicIpOnLaunch: maybe
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
      EnableDnsSupport: !If [C, true, false]
      Tags: [{Key: a}]
  Thing:
    Type: AWS::Unknown::Thing
  Custom:
    Type: Custom::Anything
    Properties: {Whatever: 1}
Conditions:
  C: !Equals [a, a]
)";
  FileReport report = lintText(text, "D");
  REQUIRE(linesOf(report, "D0001") == Lines{5});
  REQUIRE(messageContains(report, "D0001", "did you mean 'VpcId'?"));
  REQUIRE(linesOf(report, "D0002") == Lines{5, 13});
  REQUIRE(linesOf(report, "D0003") == Lines{6, 7});
  REQUIRE(linesOf(report, "D0004") == Lines{15});
}
