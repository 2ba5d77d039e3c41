"""`vpcsynth graph` through the real binary: the three kinds of input (template, configuration,
variant), standard input, output files, and the exit codes of docs/exit-codes.md."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

TEMPLATES = os.path.join(harness.SOURCE_DIR, "templates")
EXAMPLES = os.path.join(harness.SOURCE_DIR, "examples")


class GraphCliTest(harness.ScratchDirTestCase):
    def test_a_variant_a_configuration_and_its_template_draw_the_same_network(self):
        from_template = run("graph", os.path.join(TEMPLATES, "nat-egress.yaml"), "--format", "dot")
        from_config = run("graph", os.path.join(EXAMPLES, "nat-egress.yaml"), "--format", "dot")
        from_variant = run("graph", "nat-egress", "--format", "dot")
        default = run("graph", "--format", "dot")
        for result in (from_template, from_config, from_variant, default):
            self.assertEqual(result.returncode, 0, result.stderr)
        # Only the title (the file name or the variant) differs.
        body = lambda text: text.split("\n", 2)[2]  # noqa: E731
        self.assertEqual(body(from_template.stdout), body(from_config.stdout))
        self.assertEqual(body(from_template.stdout), body(from_variant.stdout))
        self.assertEqual(body(from_template.stdout), body(default.stdout))
        self.assertIn("NatGatewayA", from_variant.stdout)

    def test_standard_input(self):
        with open(os.path.join(TEMPLATES, "private-only.yaml"), encoding="utf-8") as handle:
            result = run("graph", "-", "--format", "mermaid", stdin=handle.read())
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.startswith("flowchart TB\n"))

    def test_output_file(self):
        out = self.path("net.svg")
        result = run("graph", "private-only", "-o", out)
        self.assertEqual((result.returncode, result.stdout), (0, ""), result.stderr)
        with open(out, encoding="utf-8") as handle:
            self.assertIn("<svg", handle.read())

    def test_a_bad_template_exits_2_names_the_place_and_writes_nothing(self):
        bad = self.path("bad.yaml", "Resources:\n  A: [\n")
        out = self.path("out.svg", "before")
        result = run("graph", bad, "-o", out)
        self.assertEqual(result.returncode, 2)
        self.assertIn("bad.yaml:", result.stderr)
        self.assertRegex(result.stderr, r"bad\.yaml:\d+:\d+: error")
        with open(out, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), "before")

    def test_an_invalid_configuration_exits_2(self):
        config = self.path("config.yaml", "variant: nat-egress\nnetwork:\n  azs: 9\n")
        result = run("graph", config)
        self.assertEqual(result.returncode, 2)
        self.assertIn("config.yaml:3:", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_a_missing_file_exits_2(self):
        result = run("graph", self.path("missing.yaml"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("missing.yaml", result.stderr)

    def test_an_unwritable_output_exits_1(self):
        result = run("graph", "private-only", "-o", os.path.join(self.scratch, "no", "dir.svg"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("vpcsynth graph:", result.stderr)

    def test_an_unknown_format_is_a_usage_error(self):
        result = run("graph", "private-only", "--format", "png")
        self.assertEqual(result.returncode, 105)

    def test_the_markdown_diff_report_has_the_network_and_fits_one_comment(self):
        report = run("diff", "private-only", "nat-egress", "--format", "markdown")
        self.assertEqual(report.returncode, 0, report.stderr)
        self.assertIn("#### Network", report.stdout)
        self.assertIn("[+] NAT gateway", report.stdout)
        # A change too large for one comment is cut, with a note, under GitHub's limit.
        generator = os.path.join(harness.SOURCE_DIR, "tests", "bench", "generate_template.py")
        large = self.path("large.yaml")
        with open(large, "w", encoding="utf-8") as handle:
            subprocess.run([sys.executable, generator, "2000"], check=True, stdout=handle,
                           timeout=60)
        small = os.path.join(TEMPLATES, "private-only.yaml")
        result = run("diff", small, large, "--format", "markdown")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertLessEqual(len(result.stdout), 65536)
        self.assertIn("**Report truncated**", result.stdout)
        self.assertIn("```mermaid\n", result.stdout)

    def test_inputs_that_once_crashed_draw_in_every_format(self):
        # A NAT gateway whose SubnetId names a VPC, a gateway or itself; a literal zone that
        # reads like a GetAZs index.
        seeds = os.path.join(harness.SOURCE_DIR, "tests", "fuzz", "seeds", "graph")
        for name, expected in (("nat-subnet-is-vpc.yaml", "SubnetId names Vpc, not a subnet"),
                               ("nat-subnet-is-gateway.yaml", "SubnetId names Igw, not a subnet"),
                               ("nat-subnet-is-itself.yaml", "SubnetId names Nat, not a subnet"),
                               ("literal-getazs-zone.yaml", "getazs:x")):
            for output in ("svg", "mermaid", "dot"):
                with self.subTest(name=name, format=output):
                    result = run("graph", os.path.join(seeds, name), "--format", output)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertIn(expected, result.stdout)
            empty = self.path("empty.yaml", "Resources:\n  Bucket: {Type: AWS::S3::Bucket}\n")
            result = run("diff", empty, os.path.join(seeds, name), "--format", "markdown")
            self.assertIn(result.returncode, (0, 1), result.stderr)
            self.assertIn("```mermaid", result.stdout)

    def test_a_mermaid_diagram_too_long_even_collapsed_becomes_a_summary(self):
        lines = ["Resources:"]
        for v in range(40):
            lines.append(f"  Vpc{v:03}WithAName: {{Type: AWS::EC2::VPC, Properties: "
                         f"{{CidrBlock: 10.{v}.0.0/16}}}}")
            for z in range(10):
                lines.append(f"  SubnetOfVpc{v:03}InZone{z:02}WithLongName: {{Type: AWS::EC2::Subnet, "
                             f"Properties: {{VpcId: !Ref Vpc{v:03}WithAName, "
                             f"CidrBlock: 10.{v}.{z}.0/24, AvailabilityZone: zone-{z:02}-az}}}}")
        many = self.path("many.yaml", "\n".join(lines) + "\n")
        result = run("graph", many, "--format", "mermaid")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertLessEqual(len(result.stdout), 50000)
        self.assertIn('s0["400 subnets"]', result.stdout)
        empty = self.path("empty.yaml", "Resources:\n  Bucket: {Type: AWS::S3::Bucket}\n")
        diff = run("diff", empty, many, "--format", "markdown")
        self.assertIn('["[+] 400 subnets"]:::added', diff.stdout)
        self.assertEqual(diff.stdout.count("```mermaid"), 1)

    def test_help_lists_the_command(self):
        self.assertIn("graph", run("--help").stdout)
        self.assertIn("--format", run("graph", "--help").stdout)


if __name__ == "__main__":
    harness.main()
