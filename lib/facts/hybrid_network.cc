#include "facts/hybrid_network.h"

namespace vpcsynth::facts {

const std::vector<HybridNetworkFact>& hybridNetworkFacts() {
  static const std::vector<HybridNetworkFact> kFacts = {
      {"A Direct Connect gateway's Amazon-side ASN is private: 64,512 to 65,534 or "
       "4,200,000,000 to 4,294,967,294 (default 64512).",
       "AWS Direct Connect API Reference, CreateDirectConnectGateway, amazonSideAsn", "2026-11-30"},
      {"A virtual private gateway association's allowed prefixes only filter: the VPC's whole "
       "CIDR is advertised, and only through a prefix that is the same or wider (10.0.0.0/24 "
       "advertises nothing for a 10.0.0.0/16 VPC).",
       "AWS Direct Connect User Guide, Allowed prefixes interactions for Direct Connect gateways",
       "2026-11-30"},
      {"A transit gateway VPC attachment takes one subnet per Availability Zone, and resources "
       "in an Availability Zone without an attachment subnet cannot reach the transit gateway.",
       "Amazon VPC Transit Gateways guide, Amazon VPC attachments in AWS Transit Gateway "
       "(Limits); EC2 API Reference, CreateTransitGatewayVpcAttachment, SubnetIds",
       "2026-11-30"},
      {"A Direct Connect gateway ID is a UUID in lowercase hexadecimal.",
       "CloudFormation registry schema of AWS::DirectConnect::DirectConnectGateway "
       "(DirectConnectGatewayId pattern), as bundled with cfn-lint 1.51.0",
       "2026-11-30"},
  };
  return kFacts;
}

bool isPrivateAmazonSideAsn(std::int64_t asn) {
  return (asn >= 64512 && asn <= 65534) || (asn >= 4'200'000'000 && asn <= 4'294'967'294);
}

}  // namespace vpcsynth::facts
