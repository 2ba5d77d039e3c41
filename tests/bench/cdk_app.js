// The Lambda Connections stack built with AWS CDK, for tests/bench/synth.py: the same resources
// vpcsynth synthesizes, so the two synth times compare like for like.
// Usage: node cdk_app.js private-only|nat-egress OUTDIR
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const redshift = require('aws-cdk-lib/aws-redshift');

const [variant, outdir] = process.argv.slice(2);
const natEgress = variant === 'nat-egress';
const port = 5439;
const parameter = '/lambda-connections/redshift/master-password';

const app = new cdk.App({ outdir });
const stack = new cdk.Stack(app, 'LambdaConnections');

const vpc = new ec2.Vpc(stack, 'Vpc', {
  ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
  maxAzs: 2,
  natGateways: natEgress ? 2 : 0,
  subnetConfiguration: natEgress
    ? [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 22 },
       { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 19 }]
    : [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 19 }],
});
const privateSubnets = vpc.selectSubnets({
  subnetType: natEgress ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PRIVATE_ISOLATED,
});

const group = new ec2.SecurityGroup(stack, 'SharedSecurityGroup', { vpc, allowAllOutbound: false });
group.addIngressRule(group, ec2.Port.tcp(port), 'Redshift from members of this group');
group.addEgressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(port), 'Redshift inside the VPC');
group.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to S3 and AWS APIs');

const s3Endpoint = vpc.addGatewayEndpoint('S3GatewayEndpoint', {
  service: ec2.GatewayVpcEndpointAwsService.S3, subnets: [{ subnets: privateSubnets.subnets }],
});
s3Endpoint.addToPolicy(new iam.PolicyStatement({
  principals: [new iam.AnyPrincipal()],
  actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:GetObject', 's3:PutObject', 's3:DeleteObject',
    's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'],
  resources: [stack.formatArn({ service: 's3', region: '', account: '', resource: '*' })],
  conditions: { StringEquals: { 'aws:ResourceAccount': stack.account } },
}));

const subnetGroup = new redshift.CfnClusterSubnetGroup(stack, 'RedshiftSubnetGroup', {
  description: 'Private subnets of the Redshift cluster and the Lambda function',
  subnetIds: privateSubnets.subnetIds,
});
const cluster = new redshift.CfnCluster(stack, 'RedshiftCluster', {
  clusterType: 'multi-node', nodeType: 'ra3.xlplus', numberOfNodes: 2, dbName: 'dev',
  masterUsername: 'awsuser', masterUserPassword: `{{resolve:ssm-secure:${parameter}:1}}`,
  port, encrypted: true, publiclyAccessible: false, automatedSnapshotRetentionPeriod: 7,
  enhancedVpcRouting: true,
  clusterSubnetGroupName: subnetGroup.ref, vpcSecurityGroupIds: [group.securityGroupId],
});

const fn = new lambda.Function(stack, 'Function', {
  runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', memorySize: 256,
  timeout: cdk.Duration.seconds(30),
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  vpc, vpcSubnets: { subnets: privateSubnets.subnets }, securityGroups: [group],
  environment: {
    REDSHIFT_HOST: cluster.attrEndpointAddress, REDSHIFT_PORT: String(port),
    REDSHIFT_DATABASE: 'dev', REDSHIFT_USER: 'awsuser', REDSHIFT_PASSWORD_PARAMETER: parameter,
  },
});
if (natEgress) {
  fn.addToRolePolicy(new iam.PolicyStatement({
    actions: ['ssm:GetParameter'],
    resources: [stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: parameter.slice(1) })],
  }));
}

const output = (name, value) => new cdk.CfnOutput(stack, name, { value, exportName: `${stack.stackName}-${name}` });
output('VpcId', vpc.vpcId);
output('PrivateSubnetIds', cdk.Fn.join(',', privateSubnets.subnetIds));
if (natEgress) output('PublicSubnetIds', cdk.Fn.join(',', vpc.publicSubnets.map((s) => s.subnetId)));
output('SecurityGroupId', group.securityGroupId);
output('RedshiftSubnetGroupName', subnetGroup.ref);
output('RedshiftEndpointAddress', cluster.attrEndpointAddress);
output('RedshiftEndpointPort', cluster.attrEndpointPort);
output('FunctionArn', fn.functionArn);

app.synth();
