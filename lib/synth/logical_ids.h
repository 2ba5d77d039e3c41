#pragma once

#include <string>
#include <string_view>

// The logical IDs of the synthesized stack. They name what a resource is, never an index or a
// hash, and a resource keeps its ID in every variant and for any AZ count, so that moving a
// stack from private-only to nat-egress or private-endpoints only adds resources.
namespace vpcsynth::logical_id {

inline constexpr std::string_view kVpc = "Vpc";
inline constexpr std::string_view kSecurityGroup = "SharedSecurityGroup";
inline constexpr std::string_view kSelfIngress = "SharedSecurityGroupSelfIngress";
inline constexpr std::string_view kHttpsEgress = "SharedSecurityGroupHttpsEgress";
inline constexpr std::string_view kS3GatewayEndpoint = "S3GatewayEndpoint";
inline constexpr std::string_view kSubnetGroup = "RedshiftSubnetGroup";
inline constexpr std::string_view kCluster = "RedshiftCluster";
inline constexpr std::string_view kNamespace = "RedshiftNamespace";
inline constexpr std::string_view kWorkgroup = "RedshiftWorkgroup";
inline constexpr std::string_view kFunctionRole = "FunctionRole";
inline constexpr std::string_view kFunction = "Function";
inline constexpr std::string_view kPasswordPolicy = "FunctionPasswordParameterPolicy";
inline constexpr std::string_view kIamCredentialsPolicy = "FunctionClusterCredentialsPolicy";
inline constexpr std::string_view kWorkgroupCredentialsPolicy =
    "FunctionWorkgroupCredentialsPolicy";
inline constexpr std::string_view kSecretPolicy = "FunctionMasterSecretPolicy";
inline constexpr std::string_view kEndpointSecurityGroup = "EndpointSecurityGroup";
inline constexpr std::string_view kEndpointEgress = "SharedSecurityGroupEndpointEgress";
inline constexpr std::string_view kSsmEndpoint = "SsmEndpoint";
inline constexpr std::string_view kRedshiftEndpoint = "RedshiftApiEndpoint";
inline constexpr std::string_view kRedshiftServerlessEndpoint = "RedshiftServerlessApiEndpoint";
inline constexpr std::string_view kSecretsManagerEndpoint = "SecretsManagerEndpoint";
inline constexpr std::string_view kInternetGateway = "InternetGateway";
inline constexpr std::string_view kInternetGatewayAttachment = "InternetGatewayAttachment";
inline constexpr std::string_view kPublicRouteTable = "PublicRouteTable";
inline constexpr std::string_view kPublicDefaultRoute = "PublicDefaultRoute";
inline constexpr std::string_view kVpnGateway = "VpnGateway";
inline constexpr std::string_view kVpnGatewayAttachment = "VpnGatewayAttachment";
inline constexpr std::string_view kCustomerGateway = "CustomerGateway";
inline constexpr std::string_view kVpnConnection = "VpnConnection";
inline constexpr std::string_view kVpnRoutePropagation = "VpnRoutePropagation";
inline constexpr std::string_view kDirectConnectGateway = "DirectConnectGateway";
inline constexpr std::string_view kDirectConnectAssociation = "DirectConnectGatewayAssociation";
inline constexpr std::string_view kTransitGatewayAttachment = "TransitGatewayAttachment";

/// "A" for the first AZ, "B" for the second, ...
std::string azLetter(int az);

// Per-AZ resources: the name followed by the AZ letter, privateSubnet(1) is "PrivateSubnetB".
std::string privateSubnet(int az);
std::string privateRouteTable(int az);
std::string privateRouteTableAssociation(int az);
std::string privateDefaultRoute(int az);
std::string publicSubnet(int az);
std::string publicRouteTableAssociation(int az);
std::string natEip(int az);
std::string natGateway(int az);

/// "VpnConnectionRoute1", "VpnConnectionRoute2", ... for the on-premises CIDRs in order.
std::string vpnConnectionRoute(int index);
/// "TransitGatewayRouteA1": AZ A's private route table to the first on-premises CIDR.
std::string transitGatewayRoute(int az, int index);
/// "SharedSecurityGroupOnPremisesIngress1", ... for the on-premises client CIDRs in order.
std::string onPremisesClientIngress(int index);

}  // namespace vpcsynth::logical_id
