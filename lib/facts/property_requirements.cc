#include "facts/property_requirements.h"

namespace vpcsynth::facts {
namespace {

constexpr std::string_view kRedshiftCluster =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
    "aws-resource-redshift-cluster.html";
constexpr std::string_view kRdsInstance =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
    "aws-resource-rds-dbinstance.html";
constexpr std::string_view kRdsCluster =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
    "aws-resource-rds-dbcluster.html";
constexpr std::string_view kServerlessNamespace =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
    "aws-resource-redshiftserverless-namespace.html";
constexpr std::string_view kLambdaFunction =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
    "aws-resource-lambda-function.html";
constexpr std::string_view kVpc =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
    "aws-resource-ec2-vpc.html";
constexpr std::string_view kSubnet =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
    "aws-resource-ec2-subnet.html";

using enum RequirementKind;

// The next change of AWS is one row here, with the day it was checked and where.
constexpr PropertyRequirement kRequirements[] = {
    // A new cluster needs an admin password, unless Redshift manages it in Secrets Manager or
    // the cluster is restored from a snapshot (which brings its own).
    {"AWS::Redshift::Cluster",
     AtLeastOne,
     {"MasterUserPassword", "ManageMasterPassword=true", "SnapshotIdentifier", "SnapshotArn"},
     "",
     "2026-11-29",
     kRedshiftCluster},
    // "You can't use MasterUserPassword if ManageMasterPassword is true."
    {"AWS::Redshift::Cluster",
     NotTogether,
     {"MasterUserPassword", "ManageMasterPassword=true"},
     "",
     "2026-11-29",
     kRedshiftCluster},
    // "This parameter is required when the ClusterType parameter is specified as multi-node."
    {"AWS::Redshift::Cluster",
     RequiredWhen,
     {"NumberOfNodes"},
     "ClusterType=multi-node",
     "2026-11-29",
     kRedshiftCluster},
    {"AWS::RDS::DBInstance",
     NotTogether,
     {"MasterUserPassword", "ManageMasterUserPassword=true"},
     "",
     "2026-11-29",
     kRdsInstance},
    {"AWS::RDS::DBCluster",
     NotTogether,
     {"MasterUserPassword", "ManageMasterUserPassword=true"},
     "",
     "2026-11-29",
     kRdsCluster},
    {"AWS::RedshiftServerless::Namespace",
     NotTogether,
     {"AdminUserPassword", "ManageAdminPassword=true"},
     "",
     "2026-11-29",
     kServerlessNamespace},
    // A .zip function names its runtime and handler; a container image carries both.
    {"AWS::Lambda::Function",
     RequiredUnless,
     {"Runtime"},
     "PackageType=Image",
     "2026-11-29",
     kLambdaFunction},
    {"AWS::Lambda::Function",
     RequiredUnless,
     {"Handler"},
     "PackageType=Image",
     "2026-11-29",
     kLambdaFunction},
    // A VPC's or subnet's IPv4 block comes from the template or from an IPAM pool.
    {"AWS::EC2::VPC", AtLeastOne, {"CidrBlock", "Ipv4IpamPoolId"}, "", "2026-11-29", kVpc},
    {"AWS::EC2::Subnet",
     AtLeastOne,
     {"CidrBlock", "Ipv4IpamPoolId", "Ipv6Native=true"},
     "",
     "2026-11-29",
     kSubnet},
};

}  // namespace

std::span<const PropertyRequirement> propertyRequirements() { return kRequirements; }

}  // namespace vpcsynth::facts
