"""End-to-end tests of `vpcsynth fmt`, running the real binary."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402
from harness import run  # noqa: E402

TEMPLATE = """\
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: {"Fn::Sub": "${AWS::StackName}-topic"}
      Enabled: "yes"
Outputs:
  Arn:
    Value: {"Fn::GetAtt": ["Topic", "TopicArn"]}
"""

FORMATTED = """\
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !Sub ${AWS::StackName}-topic
      Enabled: 'yes'
Outputs:
  Arn:
    Value: !GetAtt Topic.TopicArn
"""

BROKEN = "Resources:\n  A:\n    Type: X\n  A:\n    Type: Y\n"


class FmtTest(harness.ScratchDirTestCase):
    def test_formats_a_file_to_stdout(self):
        result = run("fmt", self.path("t.yaml", TEMPLATE))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, FORMATTED)

    def test_reads_standard_input(self):
        result = run("fmt", "-", stdin=TEMPLATE)
        self.assertEqual(result.stdout, FORMATTED)

    def test_converts_to_json_and_back(self):
        to_json = run("fmt", "--to", "json", "-", stdin=TEMPLATE)
        self.assertEqual(to_json.returncode, 0, to_json.stderr)
        data = json.loads(to_json.stdout)
        self.assertEqual(data["Resources"]["Topic"]["Properties"]["Enabled"], "yes")
        self.assertEqual(data["Outputs"]["Arn"]["Value"], {"Fn::GetAtt": ["Topic", "TopicArn"]})
        back = run("fmt", "-", stdin=to_json.stdout)
        self.assertEqual(back.stdout, FORMATTED)

    def test_long_form(self):
        result = run("fmt", "--long-form", "-", stdin=TEMPLATE)
        self.assertIn("Fn::GetAtt: [Topic, TopicArn]", result.stdout)
        self.assertNotIn("!", result.stdout)

    def test_output_file_is_written(self):
        out = self.path("out.yaml")
        result = run("fmt", self.path("t.yaml", TEMPLATE), "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), FORMATTED)

    def test_failed_run_leaves_the_output_file_untouched(self):
        out = self.path("out.yaml", "previous contents\n")
        result = run("fmt", self.path("good.yaml", TEMPLATE), self.path("bad.yaml", BROKEN),
                     "-o", out)
        self.assertEqual(result.returncode, 2)
        with open(out, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), "previous contents\n")
        self.assertEqual(sorted(os.listdir(self.scratch)), ["bad.yaml", "good.yaml", "out.yaml"])

    def test_in_place(self):
        target = self.path("t.yaml", TEMPLATE)
        result = run("fmt", "-i", target)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(target, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), FORMATTED)

    def test_in_place_keeps_a_broken_file(self):
        target = self.path("bad.yaml", BROKEN)
        result = run("fmt", "-i", target)
        self.assertEqual(result.returncode, 2)
        with open(target, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), BROKEN)

    def test_check_lists_unformatted_files(self):
        messy = self.path("messy.yaml", TEMPLATE)
        tidy = self.path("tidy.yaml", FORMATTED)
        result = run("fmt", "--check", messy, tidy)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, messy + "\n")
        self.assertEqual(run("fmt", "--check", tidy).returncode, 0)

    def test_duplicate_key_names_file_line_and_column(self):
        result = run("fmt", self.path("bad.yaml", BROKEN))
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, "")
        self.assertIn("bad.yaml:4:3: error T0002: duplicate key 'A' (first defined at line 2, "
                      "column 3)", result.stderr)
        self.assertIn("    ^", result.stderr)

    def test_hostile_inputs_end_in_clean_errors(self):
        cases = {
            "deep": ("[" * 100000, "T0004"),
            "alias": ("a: &x [1, *x]\nResources: {}\n", "T0003"),
            "bomb": ("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\nResources: {}\n", "T0003"),
            "utf8": ("Resources: {}\nx: \xff\n", "T0005"),
            "nul": ("Resources: {}\nx: a\0b\n", "T0005"),
            "two-docs": ("Resources: {}\n---\nResources: {}\n", "T0006"),
            "not-template": ("- just\n- a list\n", "T0007"),
            "open-quote": ("Resources: {}\nx: 'open\n", "T0001"),
        }
        for name, (text, rule) in cases.items():
            with self.subTest(name):
                path = os.path.join(self.scratch, name)
                with open(path, "wb") as handle:
                    handle.write(text.encode("utf-8", "surrogateescape")
                                 if name != "utf8" else b"Resources: {}\nx: \xff\n")
                result = run("fmt", path, timeout=20)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertRegex(result.stderr, rf"{name}:\d+:\d+: error {rule}: ")
                self.assertNotIn("Traceback", result.stderr)

    def test_file_over_the_size_limit_is_refused_without_reading_it(self):
        path = self.path("huge.yaml")
        with open(path, "wb") as handle:
            handle.truncate(65 << 20)
        result = run("fmt", path)
        self.assertEqual(result.returncode, 2)
        self.assertIn("more than the", result.stderr)

    def test_missing_file(self):
        result = run("fmt", os.path.join(self.scratch, "missing.yaml"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("cannot open", result.stderr)

    def test_usage_errors_keep_cli11_codes(self):
        self.assertEqual(run("fmt", "--to", "xml", "x.yaml").returncode, 105)
        self.assertEqual(run("fmt").returncode, 106)
        self.assertNotEqual(run("fmt", "-i", "-").returncode, 0)


if __name__ == "__main__":
    harness.main()
