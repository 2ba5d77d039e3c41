"""The CI report formats of `vpcsynth lint` through the real binary: a golden file per format
(tests/lint/golden/), GitLab's Code Quality report checked against the JSON Schema written from
GitLab's documentation (tests/lint/gitlab_code_quality.schema.json), JUnit XML checked for
well-formedness, the attributes Jenkins' xUnit schema allows and those GitLab reads, SARIF
paths and rule help.

Microsoft's SARIF validator runs in sarif_validator_test.py. After an intended change of a
format, rewrite the goldens with VPCSYNTH_UPDATE_GOLDEN=1 and review the diff."""
import json
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN_DIR = os.path.join(HERE, "golden")
GOLDEN_INPUT = "tests/lint/golden/ci_findings.yaml"  # relative: the tests run in the source tree
SCHEMA = os.path.join(HERE, "gitlab_code_quality.schema.json")
RULE_DOCS = os.path.join(harness.SOURCE_DIR, "docs", "rules")
UPDATE = os.environ.get("VPCSYNTH_UPDATE_GOLDEN") == "1"
BODY = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    DependsOn: Missing\n"


def lint(fmt, *args, stdin=None, cwd=None):
    """Runs `vpcsynth lint --format fmt` (exit status ignored) in `cwd`; returns stdout."""
    import subprocess
    result = subprocess.run([harness.BINARY, "lint", "--format", fmt, "--non-zero-exit-code",
                             "none", *args], input=stdin, capture_output=True, text=True,
                            timeout=120, cwd=cwd or harness.SOURCE_DIR)
    if result.returncode != 0:
        raise AssertionError(f"lint --format {fmt} {args}: exit {result.returncode}\n{result.stderr}")
    return result.stdout


def rule_rationale(rule_id):
    """The first paragraph of the Why section of docs/rules/ID.md, on one line."""
    with open(os.path.join(RULE_DOCS, f"{rule_id}.md"), encoding="utf-8") as handle:
        text = handle.read()
    why = text.split("\n## Why\n", 1)[1].split("\n## ", 1)[0].strip()
    return " ".join(why.split("\n\n", 1)[0].split("\n"))


def normalized_sarif(text):
    """The SARIF report with what changes without a format change (version, resource data,
    the configured addresses, the rule pages' text) replaced by placeholders, checked first."""
    sarif = json.loads(text)
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["semanticVersion"] == driver["version"]
    assert driver["informationUri"].startswith("https://")
    driver["version"] = driver["semanticVersion"] = "<version>"
    driver["informationUri"] = "<homepage>"
    driver["properties"]["resourceData"] = "<resource data>"
    for rule in driver["rules"]:
        rule_id = rule["id"]
        assert rule["helpUri"].endswith(f"/docs/rules/{rule_id}.md"), rule["helpUri"]
        assert rule["fullDescription"]["text"].rstrip(".") == rule_rationale(rule_id).rstrip(".")
        assert rule["help"]["text"] == rule["help"]["markdown"]
        rule["helpUri"] = f"<rule docs>/{rule_id}.md"
        rule["fullDescription"]["text"] = f"<docs/rules/{rule_id}.md, Why>"
        rule["help"] = {"text": f"<docs/rules/{rule_id}.md>", "markdown": f"<docs/rules/{rule_id}.md>"}
    return json.dumps(sarif, indent=2, sort_keys=True) + "\n"


class GoldenTest(harness.ScratchDirTestCase):
    def check_golden(self, name, actual):
        path = os.path.join(GOLDEN_DIR, name)
        if UPDATE:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(actual)
        with open(path, encoding="utf-8") as handle:
            self.assertEqual(actual, handle.read(), f"{name} differs (VPCSYNTH_UPDATE_GOLDEN=1 rewrites it)")

    def test_sarif_golden(self):
        self.check_golden("ci_findings.sarif.json", normalized_sarif(lint("sarif", GOLDEN_INPUT)))

    def test_gitlab_golden(self):
        self.check_golden("ci_findings.gitlab.json", lint("gitlab", GOLDEN_INPUT))

    def test_junit_golden(self):
        self.check_golden("ci_findings.junit.xml", lint("junit", GOLDEN_INPUT))


class SarifTest(harness.ScratchDirTestCase):
    def locations(self, *args, stdin=None, cwd=None):
        sarif = json.loads(lint("sarif", *args, stdin=stdin, cwd=cwd))
        return [r["locations"][0]["physicalLocation"]["artifactLocation"]
                for r in sarif["runs"][0]["results"]]

    def test_paths_inside_the_working_directory_are_relative_to_srcroot(self):
        expected = {"uri": GOLDEN_INPUT, "uriBaseId": "%SRCROOT%"}
        self.assertEqual(self.locations(GOLDEN_INPUT)[0], expected)
        self.assertEqual(self.locations(os.path.join(harness.SOURCE_DIR, GOLDEN_INPUT))[0], expected)
        self.assertEqual(self.locations("./" + GOLDEN_INPUT)[0], expected)

    def test_paths_outside_are_file_uris_without_a_base(self):
        path = self.path("my file.yaml", BODY)
        location = self.locations(path)[0]
        self.assertEqual(location, {"uri": "file://" + path.replace(" ", "%20")})
        nested = os.path.join(self.scratch, "nested")
        os.mkdir(nested)
        self.assertEqual(self.locations("../my file.yaml", cwd=nested)[0], location)

    def test_stdin_is_reported_under_srcroot(self):
        self.assertEqual(self.locations("-", stdin=BODY)[0],
                         {"uri": "%3Cstdin%3E", "uriBaseId": "%SRCROOT%"})

    def test_rule_help_is_the_rule_page_with_absolute_links(self):
        sarif = json.loads(lint("sarif", GOLDEN_INPUT))
        for rule in sarif["runs"][0]["tool"]["driver"]["rules"]:
            markdown = rule["help"]["markdown"]
            self.assertIn("## Fix", markdown, rule["id"])
            self.assertNotIn("](../", markdown, rule["id"])
            self.assertFalse(markdown.startswith("# "), rule["id"])

    def test_fingerprints_survive_moved_lines(self):
        def prints(text):
            results = json.loads(lint("sarif", self.path("t.yaml", text)))["runs"][0]["results"]
            return [(r["ruleId"], r["partialFingerprints"]["primaryLocationLineHash"])
                    for r in results]
        self.assertEqual(prints(BODY), prints("# moved\n\n" + BODY))


class GitlabTest(harness.ScratchDirTestCase):
    def setUp(self):
        super().setUp()
        try:
            import jsonschema
        except ImportError:
            self.skipTest("python3-jsonschema is not installed (scripts/install-deps --tests)")
        with open(SCHEMA, encoding="utf-8") as handle:
            self.validator = jsonschema.Draft7Validator(json.load(handle))

    def report(self, *args, stdin=None, cwd=None):
        issues = json.loads(lint("gitlab", *args, stdin=stdin, cwd=cwd))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in self.validator.iter_errors(issues)]
        self.assertEqual(errors, [], args)
        fingerprints = [issue["fingerprint"] for issue in issues]
        self.assertEqual(len(fingerprints), len(set(fingerprints)), "fingerprints repeat")
        return issues

    def test_schema_holds_for_broken_templates_stdin_and_clean_files(self):
        cases = os.path.join("tests", "lint", "cases")
        self.assertGreater(len(self.report(cases)), 10)
        self.report(GOLDEN_INPUT)
        self.report("-", stdin=BODY)
        self.assertEqual(self.report(self.path("clean.yaml", "Resources:\n  T: {Type: AWS::SNS::Topic}\n")), [])
        self.report(self.path("broken.yaml", "Resources: [\n"), self.path("missing.yaml"))

    def test_schema_holds_on_the_corpus(self):
        if not os.path.isdir(harness.CORPUS_DIR):
            self.skipTest("no shared corpus")
        issues = self.report(harness.CORPUS_DIR)
        print(f"corpus: {len(issues)} GitLab issues, schema-valid, fingerprints unique",
              file=sys.stderr)

    def test_severity_mapping(self):
        text = BODY + "  Unknown:\n    Type: AWS::Nothing::Here\n"
        issues = self.report(self.path("t.yaml", "Parameters:\n  P: {Type: String}\n" + text))
        severities = {issue["check_name"]: issue["severity"] for issue in issues}
        self.assertEqual(severities.get("R0004"), "major")
        self.assertEqual(severities.get("R0008"), "minor")
        self.assertEqual(severities.get("D0004"), "info")

    def test_fingerprints_stable_across_runs_and_line_moves(self):
        path = self.path("t.yaml", BODY)
        first = self.report(path)
        self.assertEqual(first, self.report(path))
        self.path("t.yaml", "# a comment\n# another\n" + BODY)
        moved = self.report(path)
        self.assertNotEqual(first[0]["location"]["lines"]["begin"],
                            moved[0]["location"]["lines"]["begin"])
        self.assertEqual([i["fingerprint"] for i in first], [i["fingerprint"] for i in moved])


# The JUnit dialect of Jenkins' xUnit plugin (junit-10.xsd in jenkinsci/xunit-plugin), the
# strictest of the CI readers: for each element, the attributes it allows and those it requires.
JENKINS_ATTRIBUTES = {
    "testsuites": ({"name", "time", "tests", "failures", "errors"}, set()),
    "testsuite": ({"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp",
                   "hostname", "id", "package", "file", "log", "url"},
                  {"name", "tests", "failures", "errors"}),
    "testcase": ({"name", "time", "classname", "group"}, {"name"}),
    "failure": ({"type", "message"}, set()),
}


class JunitTest(harness.ScratchDirTestCase):
    def parse(self, *args):
        return ElementTree.fromstring(lint("junit", *args))

    def check_attributes(self, root):
        """The structure Jenkins' schema allows, and what GitLab reads: testcase classname (its
        suite), testcase name (unique within the classname, or GitLab drops the repeats) and the
        failure's text."""
        self.assertEqual(root.tag, "testsuites")
        for element in root.iter():
            allowed, required = JENKINS_ATTRIBUTES[element.tag]
            self.assertLessEqual(set(element.attrib), allowed, element.tag)
            self.assertLessEqual(required, set(element.attrib), element.tag)
        total_tests = total_failures = 0
        for suite in root.findall("testsuite"):
            self.assertEqual([child.tag for child in suite], ["testcase"] * len(suite))
            cases = suite.findall("testcase")
            failures = suite.findall("testcase/failure")
            self.assertEqual(int(suite.get("tests")), len(cases))
            self.assertEqual(int(suite.get("failures")), len(failures))
            total_tests += len(cases)
            total_failures += len(failures)
            names = [(case.get("classname"), case.get("name")) for case in cases]
            self.assertTrue(all(classname and name for classname, name in names))
            self.assertEqual(len(names), len(set(names)), "GitLab keeps one case per name")
            for failure in failures:
                self.assertIn(failure.get("type"), ("error", "warning", "info"))
                self.assertTrue(failure.get("message"))
                self.assertTrue(failure.text)
        self.assertEqual(int(root.get("tests")), total_tests)
        self.assertEqual(int(root.get("failures")), total_failures)

    def test_well_formed_with_the_attributes_ci_reads(self):
        self.check_attributes(self.parse(GOLDEN_INPUT, os.path.join("tests", "lint", "cases")))

    def test_the_corpus_stays_within_the_schema(self):
        if not os.path.isdir(harness.CORPUS_DIR):
            self.skipTest("no shared corpus")
        self.check_attributes(self.parse(harness.CORPUS_DIR))

    def test_hostile_names_and_messages_stay_well_formed(self):
        odd = self.path("a&b<c>\"d'.yaml", BODY.replace("Missing", "Miss\x01ing<&>"))
        root = self.parse(odd, self.path("clean.yaml", "Resources:\n  T: {Type: AWS::SNS::Topic}\n"))
        self.check_attributes(root)
        self.assertEqual(root.find("testsuite").get("name"), odd)


if __name__ == "__main__":
    harness.main()
