"""End-to-end tests of `vpcsynth synth`, `validate` and `init` through the real binary."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402

EXAMPLES = os.path.join(harness.SOURCE_DIR, "examples")
TEMPLATES = os.path.join(harness.SOURCE_DIR, "templates")


class SynthCommandTest(harness.ScratchDirTestCase):
    def test_default_prints_the_nat_egress_stack(self):
        result = harness.run("synth")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        self.assertIn("Lambda Connections (nat-egress)", result.stdout)
        self.assertIn("  NatGatewayB:\n", result.stdout)

    def test_examples_match_the_committed_templates(self):
        for name in sorted(os.listdir(EXAMPLES)):
            result = harness.run("synth", os.path.join(EXAMPLES, name))
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(os.path.join(TEMPLATES, name), encoding="utf-8") as handle:
                self.assertEqual(result.stdout, handle.read(),
                                 f"templates/{name} is stale: run scripts/update-templates")

    def test_flags_override_the_configuration(self):
        config = self.path("c.yaml", "variant: nat-egress\nnetwork:\n  azs: 2\n")
        result = harness.run("synth", config, "--variant", "private-only", "--azs", "3")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("PrivateSubnetC:", result.stdout)
        self.assertNotIn("NatGateway", result.stdout)
        result = harness.run("synth", "--nat", "single", "--azs", "4")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("warning C0014", result.stderr)
        self.assertIn("NatGatewayA:", result.stdout)
        self.assertNotIn("NatGatewayB:", result.stdout)

    def test_json_output_is_json(self):
        result = harness.run("synth", "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        document = json.loads(result.stdout)
        self.assertEqual(document["Resources"]["PrivateDefaultRouteB"]["Properties"]["NatGatewayId"],
                         {"Ref": "NatGatewayB"})
        self.assertEqual(document["Resources"]["Function"]["Properties"]["Environment"]["Variables"]
                         ["REDSHIFT_HOST"], {"Fn::GetAtt": ["RedshiftCluster", "Endpoint.Address"]})

    def test_output_file_is_written(self):
        out = self.path("out.yaml")
        result = harness.run("synth", "--variant", "private-only", "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, "")
        with open(out, encoding="utf-8") as handle:
            self.assertIn("Lambda Connections (private-only)", handle.read())

    def test_standard_input(self):
        result = harness.run("synth", "-", stdin="variant: private-only\n")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("(private-only)", result.stdout)

    def test_invalid_configuration_exits_1_with_every_message_and_writes_nothing(self):
        config = self.path("bad.yaml", "network:\n  azs: 7\n  nta: x\nredshift:\n  port: 80\n")
        out = self.path("out.yaml")
        result = harness.run("synth", config, "-o", out)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertFalse(os.path.exists(out))
        self.assertIn(f"{config}:2:8: error C0007: network.azs:", result.stderr)
        self.assertIn(f"{config}:3:3: error C0001: network.nta: unknown key (did you mean 'nat'?)",
                      result.stderr)
        self.assertIn(f"{config}:5:9: error C0008: redshift.port:", result.stderr)
        self.assertIn("    azs: 7\n         ^\n", result.stderr)

    def test_invalid_flag_value_is_reported_at_the_flag(self):
        result = harness.run("synth", "--azs", "9")
        self.assertEqual(result.returncode, 1)
        self.assertIn("--azs: error C0007: network.azs: the number of AZs must be between 2 and 6, not 9",
                      result.stderr)

    def test_usage_errors_keep_cli11_codes(self):
        self.assertEqual(harness.run("synth", "--variant", "public").returncode, 105)
        self.assertEqual(harness.run("synth", "--format", "xml").returncode, 105)
        self.assertEqual(harness.run("synth", "--azs", "two").returncode, 104)
        self.assertEqual(harness.run("synth", "a.yaml", "b.yaml").returncode, 109)

    def test_missing_file(self):
        result = harness.run("synth", self.path("absent.yaml"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("absent.yaml", result.stderr)

    def test_yaml_syntax_error(self):
        result = harness.run("synth", self.path("broken.yaml", "network: [\n"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("error T0001", result.stderr)


class ValidateCommandTest(harness.ScratchDirTestCase):
    def test_valid(self):
        for name in sorted(os.listdir(EXAMPLES)):
            result = harness.run("validate", os.path.join(EXAMPLES, name))
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout, "")
        self.assertEqual(harness.run("validate").returncode, 0)

    def test_invalid(self):
        config = self.path("bad.yaml", "on-premises:\n  cidrs: [10.0.0.0/8]\n")
        result = harness.run("validate", config)
        self.assertEqual(result.returncode, 1)
        self.assertIn("error C0011", result.stderr)
        self.assertIn("error C0013", result.stderr)

    def test_invalid_on_premises_connections_point_into_the_file(self):
        config = self.path("bad.yaml", "on-premises:\n"
                                       "  connection: [direct-connect]\n"
                                       "  cidrs: [192.168.0.0/16]\n"
                                       "  direct-connect:\n"
                                       "    amazon-side-asn: 7224\n"
                                       "    allowed-prefixes: [10.0.0.0/24]\n")
        result = harness.run("synth", config, "-o", self.path("out.yaml"))
        self.assertEqual(result.returncode, 1)
        self.assertFalse(os.path.exists(self.path("out.yaml")), "nothing is written")
        self.assertIn(f"{config}:5:22: error C0012: on-premises.direct-connect.amazon-side-asn:",
                      result.stderr)
        self.assertIn(f"{config}:6:24: error C0018: on-premises.direct-connect.allowed-prefixes[0]:",
                      result.stderr)


class InitCommandTest(harness.ScratchDirTestCase):
    def test_writes_a_starter_that_synthesizes_the_default(self):
        target = self.path("vpcsynth.yaml")
        result = harness.run("init", target)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(target, encoding="utf-8") as handle:
            self.assertIn("# ", handle.read())
        self.assertEqual(harness.run("synth", target).stdout, harness.run("synth").stdout)

    def test_refuses_to_overwrite_without_force(self):
        target = self.path("vpcsynth.yaml", "keep me\n")
        result = harness.run("init", target)
        self.assertEqual(result.returncode, 1)
        self.assertIn("already exists", result.stderr)
        with open(target, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), "keep me\n")
        self.assertEqual(harness.run("init", target, "--force").returncode, 0)

    def test_standard_output(self):
        result = harness.run("init", "-")
        self.assertEqual(result.returncode, 0)
        self.assertIn("variant: nat-egress", result.stdout)


class DocumentationTest(harness.ScratchDirTestCase):
    """The documentation keeps up with the code: every rule ID and every configuration key."""

    def read(self, *parts):
        with open(os.path.join(harness.SOURCE_DIR, *parts), encoding="utf-8") as handle:
            return handle.read()

    def test_every_configuration_rule_is_documented(self):
        rule_ids = re.findall(r'"(C\d{4})"', self.read("lib", "pattern", "problem.h"))
        self.assertGreaterEqual(len(rule_ids), 14)
        synth_doc = self.read("docs", "synth.md")
        for rule_id in rule_ids:
            self.assertIn(f"| {rule_id} |", synth_doc)

    def test_every_key_of_the_starter_configuration_is_documented(self):
        starter = harness.run("init", "-").stdout
        keys = re.findall(r"^#?\s*([a-z0-9-]+):", starter, re.MULTILINE)
        self.assertIn("password-parameter-version", keys)
        self.assertIn("customer-gateway-ip", keys)
        reference = self.read("docs", "configuration.md")
        for key in keys:
            self.assertTrue(re.search(rf"`(\w+\.)?{re.escape(key)}`", reference),
                            f"docs/configuration.md does not document `{key}`")


if __name__ == "__main__":
    harness.main()
