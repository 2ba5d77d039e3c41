"""End-to-end tests of the security summary of `vpcsynth diff`, running the real binary:
IAM statements compared by meaning and judged by containment, and EC2's default egress rule."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

PERMISSION = """\
Resources:
  Invoke:
    Type: AWS::Lambda::Permission
    Properties: {FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: PRINCIPAL}
"""

ROLE = """\
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}}
      Policies:
        - PolicyName: p
          PolicyDocument: {Statement: STATEMENTS}
"""

GROUP = """\
Resources:
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: DESCRIPTION
      VpcId: vpc-1
EGRESS"""

HTTPS = "      SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}]\n"


def group(egress="", description="g"):
    return GROUP.replace("DESCRIPTION", description).replace("EGRESS", egress)


class SecurityDiffCliTest(harness.ScratchDirTestCase):
    def security(self, old, new):
        result = run("diff", self.path("old.yaml", old), self.path("new.yaml", new),
                     "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        return report["security"], report["summary"]

    def fails_on_broadening(self, old, new):
        result = run("diff", self.path("old.yaml", old), self.path("new.yaml", new),
                     "--fail-on", "broadening")
        self.assertIn(result.returncode, (0, 1), result.stderr)
        return result.returncode == 1

    def test_a_string_a_one_element_list_and_a_reordered_list_are_no_change(self):
        old = ROLE.replace("STATEMENTS", "{Effect: Allow, Action: s3:GetObject, Resource: [b, a]}")
        new = ROLE.replace("STATEMENTS",
                           "[{Effect: Allow, Action: [s3:GetObject], Resource: [a, b]}]")
        result = run("diff", self.path("old.yaml", old), self.path("new.yaml", new),
                     "--exit-code")
        self.assertEqual(result.returncode, 0, result.stdout)

    def test_an_added_condition_narrows(self):
        old = ROLE.replace("STATEMENTS", "{Effect: Allow, Action: s3:GetObject, Resource: '*'}")
        new = ROLE.replace("STATEMENTS", "{Effect: Allow, Action: s3:GetObject, Resource: '*', "
                                         "Condition: {Bool: {aws:SecureTransport: 'true'}}}")
        _, summary = self.security(old, new)
        self.assertEqual((summary["broadening"], summary["narrowing"]), (0, 1))
        self.assertFalse(self.fails_on_broadening(old, new))

    def test_removing_a_deny_broadens(self):
        allow = "{Effect: Allow, Action: s3:*, Resource: '*'}"
        old = ROLE.replace("STATEMENTS", f"[{allow}, {{Effect: Deny, Action: s3:DeleteBucket, "
                                         "Resource: '*'}]")
        new = ROLE.replace("STATEMENTS", f"[{allow}]")
        security, _ = self.security(old, new)
        self.assertEqual([(s["change"], s["effect"], s["access"]) for s in security["iamStatements"]],
                         [("removed", "Deny", "broadening")])
        self.assertTrue(self.fails_on_broadening(old, new))

    def test_principal_star_on_a_lambda_permission_broadens(self):
        old = PERMISSION.replace("PRINCIPAL", "s3.amazonaws.com")
        new = PERMISSION.replace("PRINCIPAL", "'*'")
        security, summary = self.security(old, new)
        self.assertEqual(summary["broadening"], 1)
        added = [s for s in security["iamStatements"] if s["change"] == "added"]
        self.assertEqual([(s["principal"], s["access"]) for s in added], [("*", "broadening")])
        self.assertTrue(self.fails_on_broadening(old, new))

    def test_first_explicit_egress_rule_narrows(self):
        security, summary = self.security(group(), group(HTTPS))
        self.assertEqual((summary["broadening"], summary["narrowing"]), (0, 1))
        self.assertEqual([(r["change"], r["peer"], r["access"]) for r in
                          security["securityGroupRules"]],
                         [("removed", "0.0.0.0/0 (default)", "narrowing"),
                          ("added", "0.0.0.0/0", "unchanged")])
        self.assertFalse(self.fails_on_broadening(group(), group(HTTPS)))

    def test_removing_the_last_egress_rule_leaves_none(self):
        security, summary = self.security(group(HTTPS), group())
        self.assertEqual((summary["broadening"], summary["narrowing"]), (0, 1))
        self.assertEqual([(r["change"], r["ports"], r["access"]) for r in
                          security["securityGroupRules"]],
                         [("removed", "443", "narrowing")])

    def test_a_replaced_group_gets_the_default_again(self):
        # A new GroupDescription replaces the group: EC2 creates it anew, default egress and all.
        security, summary = self.security(group(HTTPS), group(description="other"))
        self.assertEqual(summary["broadening"], 1)
        self.assertIn(("added", "0.0.0.0/0 (default)", "broadening"),
                      [(r["change"], r["peer"], r["access"]) for r in
                       security["securityGroupRules"]])


if __name__ == "__main__":
    harness.main()
