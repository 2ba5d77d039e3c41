"""End-to-end tests of `vpcsynth lint`: inputs, formats, exit codes, configuration, the broken
templates of tests/lint/cases, the committed templates and the shared corpus."""
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ElementTree

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CLEAN = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"
WARNING_ONLY = "Parameters:\n  Unused: {Type: String}\n" + CLEAN
ERROR = CLEAN + "    DependsOn: Missing\n"


def expectations(path):
    """The `# expect: RULE LINE` lines of a case file."""
    with open(path, encoding="utf-8") as handle:
        return [(m.group(1), int(m.group(2))) for m in
                re.finditer(r"^# expect: ([A-Z]\d{4}) (\d+)$", handle.read(), re.M)]


def known_findings(name):
    """`file rule line` entries of a test-data file (comment lines explain why)."""
    entries = set()
    with open(os.path.join(HERE, name), encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                file, rule, number = line.split()[:3]
                entries.add((file, rule, int(number)))
    return entries


def findings_json(*args):
    result = harness.run("lint", "--format", "json", *args)
    return result, json.loads(result.stdout)["findings"]


class LintCliTest(harness.ScratchDirTestCase):
    def test_exit_codes_are_cfn_lint_bitmasks(self):
        clean, warning, error = (self.path(n, t) for n, t in
                                 [("c.yaml", CLEAN), ("w.yaml", WARNING_ONLY), ("e.yaml", ERROR)])
        self.assertEqual(harness.run("lint", clean).returncode, 0)
        self.assertEqual(harness.run("lint", warning).returncode, 4)
        self.assertEqual(harness.run("lint", error).returncode, 2)
        self.assertEqual(harness.run("lint", error, warning).returncode, 6)
        self.assertEqual(harness.run("lint", "--non-zero-exit-code", "error", warning).returncode, 0)
        self.assertEqual(harness.run("lint", "--non-zero-exit-code", "none", error).returncode, 0)

    def test_usage_errors_exit_1_with_a_message(self):
        for args in (["--format", "bogus", "x"], ["--bogus"], [], ["--as-of", "someday", "x"]):
            result = harness.run("lint", *args)
            self.assertEqual(result.returncode, 1, args)
            self.assertTrue(result.stderr.strip(), args)

    def test_text_output_has_location_source_line_caret_and_summary(self):
        result = harness.run("lint", "--color", "never", self.path("e.yaml", ERROR))
        lines = result.stdout.splitlines()
        self.assertRegex(lines[0], r"e\.yaml:4:16: error R0004: DependsOn 'Missing'")
        self.assertEqual(lines[1], "      DependsOn: Missing")
        self.assertEqual(lines[2], "                 ^")
        self.assertEqual(lines[-1], "Linted 1 file: 1 error, 0 warnings, 0 informational")
        colored = harness.run("lint", "--color", "always", self.path("e.yaml"))
        self.assertIn("\x1b[1;31merror R0004:", colored.stdout)
        env = dict(os.environ, NO_COLOR="1")
        self.assertNotIn("\x1b", harness.run("lint", self.path("e.yaml"), env=env).stdout)

    def test_machine_formats(self):
        error = self.path("e.yaml", ERROR)
        result, findings = findings_json(error)
        self.assertEqual([(f["rule"], f["line"], f["severity"]) for f in findings],
                         [("R0004", 4, "error")])
        sarif = json.loads(harness.run("lint", "--format", "sarif", error).stdout)
        self.assertEqual(sarif["version"], "2.1.0")
        run = sarif["runs"][0]
        self.assertEqual(run["tool"]["driver"]["rules"][0]["id"], "R0004")
        region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
        self.assertEqual((region["startLine"], region["startColumn"]), (4, 16))
        junit = ElementTree.fromstring(harness.run("lint", "--format", "junit", error).stdout)
        self.assertEqual(junit.get("failures"), "1")
        github = harness.run("lint", "--format", "github", error).stdout
        self.assertTrue(github.startswith(f"::error file={error},line=4,col=16,title=R0004::"))
        parseable = harness.run("lint", "--format", "parseable", error).stdout
        self.assertTrue(parseable.startswith(f"{error}:4:16:error:R0004:"))

    def test_stdin_directories_and_globs(self):
        result = harness.run("lint", "--format", "parseable", "-", stdin=ERROR)
        self.assertTrue(result.stdout.startswith("<stdin>:4:16:error:R0004"))
        os.makedirs(os.path.join(self.scratch, "d", "sub"))
        self.path("d/sub/a.yml", ERROR)
        self.path("d/b.template", ERROR)
        self.path("d/notes.txt", "not linted")
        _, findings = findings_json(os.path.join(self.scratch, "d"))
        self.assertEqual(sorted(os.path.basename(f["file"]) for f in findings), ["a.yml", "b.template"])
        _, findings = findings_json(os.path.join(self.scratch, "d", "**", "*.yml"))
        self.assertEqual([os.path.basename(f["file"]) for f in findings], ["a.yml"])
        result, findings = findings_json(os.path.join(self.scratch, "nothing-*.yaml"))
        self.assertEqual(findings[0]["rule"], "T0010")
        self.assertEqual(result.returncode, 2)

    def test_not_a_template_and_unreadable_are_findings(self):
        _, findings = findings_json(self.path("list.yaml", "- a\n- b\n"), self.path("none.yaml"))
        self.assertEqual([f["rule"] for f in findings], ["T0007", "T0010"])

    def test_hostile_inputs_end_in_findings_in_bounded_time(self):
        bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
            f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
            for i in range(9))
        cases = {
            "deep.yaml": ("Resources: " + "[" * 100000 + "\n", "T0004"),
            "bomb.yaml": (bomb, "T0003"),
            "utf8.yaml": (None, "T0005"),
            "huge.yaml": (CLEAN + "# " + "x" * (50 << 20) + "\n", "T0014"),
        }
        with open(self.path("utf8.yaml"), "wb") as handle:
            handle.write(b"Resources:\n  A: {Type: AWS::SNS::Topic, Note: caf\xe9}\n")
        for name, (text, rule) in cases.items():
            path = self.path(name, text) if text is not None else self.path(name)
            start = time.monotonic()
            result, findings = findings_json(path)
            self.assertLess(time.monotonic() - start, 60, name)
            self.assertEqual(result.returncode & 2, 2, name)
            self.assertIn(rule, [f["rule"] for f in findings], name)

    def test_output_order_does_not_depend_on_jobs(self):
        corpus = os.path.join(harness.CORPUS_DIR, "aws-cloudformation-templates")
        if not os.path.isdir(corpus):
            self.skipTest("no shared corpus")
        one = harness.run("lint", "-j", "1", corpus, timeout=120)
        many = harness.run("lint", "-j", "4", corpus, timeout=120)
        self.assertEqual(one.stdout, many.stdout)
        self.assertEqual(one.returncode, many.returncode)

    def test_configuration_file_and_flags_merge(self):
        text = WARNING_ONLY + "    DependsOn: Missing\n"
        path = self.path("t.yaml", text)
        config = self.path("lint.yaml", "ignore: [R0008]\n")
        result, findings = findings_json("--config", config, path)
        self.assertEqual([f["rule"] for f in findings], ["R0004"])
        result, findings = findings_json("--config", config, "--ignore", "R0004", path)
        self.assertEqual(findings, [])
        self.assertEqual(result.returncode, 0)
        bad = self.path("bad.yaml", "ignroe: [R]\n")
        result = harness.run("lint", "--config", bad, path)
        self.assertEqual(result.returncode, 1)
        self.assertIn("unknown key 'ignroe'", result.stderr)

    def test_suppressed_findings_are_counted(self):
        text = CLEAN + "    DependsOn: Missing  # vpcsynth-lint: disable=R0004\n"
        result = harness.run("lint", self.path("s.yaml", text))
        self.assertEqual(result.returncode, 0)
        self.assertIn("(1 suppressed)", result.stdout)

    def test_list_rules(self):
        listing = harness.run("lint", "--list-rules").stdout
        self.assertIn("A0008", listing)
        self.assertIn("T0001", listing)

    def test_each_broken_template_triggers_its_rule_at_its_line(self):
        cases = sorted(os.listdir(CASES))
        self.assertGreater(len(cases), 10)
        for name in cases:
            path = os.path.join(CASES, name)
            wanted = expectations(path)
            self.assertTrue(wanted, f"{name} has no '# expect: RULE LINE'")
            _, findings = findings_json(path)
            found = {(f["rule"], f["line"]) for f in findings}
            for rule, line in wanted:
                self.assertIn((rule, line), found, f"{name}: {findings}")

    def test_committed_templates_lint_clean(self):
        directory = os.path.join(harness.SOURCE_DIR, "templates")
        if not os.path.isdir(directory):
            self.skipTest("no templates/ yet")
        # Lines are not compared: the templates are regenerated as the synthesizer changes.
        accepted = {(file, rule) for file, rule, _ in known_findings("templates_expected.txt")}
        _, findings = findings_json(directory)
        unexpected = [f for f in findings
                      if (os.path.basename(f["file"]), f["rule"]) not in accepted]
        self.assertEqual(unexpected, [])

    def test_corpus_never_crashes_and_each_file_is_quick(self):
        files = harness.corpus_files()
        if not files:
            self.skipTest("no shared corpus")
        slowest = 0.0
        for path in files:
            start = time.monotonic()
            result = harness.run("lint", "--format", "json", path, timeout=20)
            slowest = max(slowest, time.monotonic() - start)
            self.assertIn(result.returncode, range(0, 16), path)
            json.loads(result.stdout)
        print(f"corpus: {len(files)} files, slowest {slowest:.3f}s", file=sys.stderr)

    def test_errors_and_data_findings_on_cfn_lint_good_fixtures_are_explained(self):
        good = os.path.join(harness.CORPUS_DIR, "cfn-lint-fixtures", "test", "fixtures",
                            "templates", "good")
        if not os.path.isdir(good):
            self.skipTest("no cfn-lint fixtures")
        explained = known_findings("good_fixture_errors.txt")
        _, findings = findings_json("--non-zero-exit-code", "none", good)
        # Resource-data findings count whatever their severity: a false one means stale data.
        errors = {(os.path.relpath(f["file"], good), f["rule"], f["line"])
                  for f in findings if f["severity"] == "error" or f["rule"].startswith("D")
                  or f["rule"] == "R0007"}
        self.assertEqual(sorted(errors - explained), [])


if __name__ == "__main__":
    harness.main()
