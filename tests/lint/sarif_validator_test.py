"""`vpcsynth lint --format sarif` checked by the program GitHub points to for validating uploads:
Microsoft's SARIF validator (`Sarif.Multitool validate`, npm @microsoft/sarif-multitool-linux,
installed by `scripts/install-deps --tests`), with its SARIF and GitHub rule sets. Every case
must give zero errors and zero warnings: relative and absolute inputs, standard input, a file
that does not parse, a file outside the working directory, a clean file, and the shared corpus.
A deliberately damaged log must fail, so a validator that checks nothing cannot pass the test.

Where the validator is not installed the whole script is skipped (exit 77), saying so."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402

TOOLS_DIR = os.environ.get("VPCSYNTH_TOOLS_DIR",
                           os.path.join(os.path.expanduser("~"), ".cache", "vpcsynth", "tools"))
BODY = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    DependsOn: Missing\n"
GOLDEN_INPUT = "tests/lint/golden/ci_findings.yaml"


def find_validator():
    installed = os.path.join(TOOLS_DIR, "node_modules", "@microsoft", "sarif-multitool-linux",
                             "Sarif.Multitool")
    if os.access(installed, os.X_OK):
        return installed
    return shutil.which("Sarif.Multitool")


VALIDATOR = find_validator()


def validate(sarif_text, scratch, name):
    """The validator's findings (level, rule ID, message) on `sarif_text`, errors and warnings
    only. The log is written to a file because the validator reads files."""
    log = os.path.join(scratch, f"{name}.sarif")
    out = os.path.join(scratch, f"{name}.validation.sarif")
    with open(log, "w", encoding="utf-8") as handle:
        handle.write(sarif_text)
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1")
    # A fresh scratch directory per test: the validator refuses to overwrite an existing output.
    result = subprocess.run([VALIDATOR, "validate", "--rule-kind", "Sarif;Gh", "--output", out, log],
                            capture_output=True, text=True, timeout=600, env=env)
    if not os.path.exists(out):
        raise AssertionError(f"validator wrote no log (exit {result.returncode}):\n"
                             f"{result.stdout}\n{result.stderr}")
    with open(out, encoding="utf-8") as handle:
        report = json.load(handle)
    findings = []
    for run in report["runs"]:
        for notification in run.get("invocations", [{}])[0].get(
                "toolExecutionNotifications", []):
            if notification.get("level", "warning") in ("error", "warning"):
                findings.append(("error", "tool", notification["message"]["text"]))
        for result_ in run.get("results", []):
            level = result_.get("level", "warning")
            if level in ("error", "warning"):
                findings.append((level, result_["ruleId"], result_["message"].get("text") or
                                 json.dumps(result_["message"])))
    return findings


def lint_sarif(*args, stdin=None, cwd=None):
    result = subprocess.run([harness.BINARY, "lint", "--format", "sarif", "--non-zero-exit-code",
                             "none", *args], input=stdin, capture_output=True, text=True,
                            timeout=600, cwd=cwd or harness.SOURCE_DIR)
    if result.returncode != 0:
        raise AssertionError(f"lint {args}: exit {result.returncode}\n{result.stderr}")
    return result.stdout


class SarifValidatorTest(harness.ScratchDirTestCase):
    def assert_valid(self, name, sarif_text):
        findings = validate(sarif_text, self.scratch, name)
        results = len(json.loads(sarif_text)["runs"][0]["results"])
        print(f"{name}: {results} results; validator: {len(findings)} errors or warnings",
              file=sys.stderr)
        self.assertEqual(findings, [], name)

    def test_relative_inputs(self):
        self.assert_valid("relative", lint_sarif(GOLDEN_INPUT, "tests/lint/cases"))

    def test_absolute_inputs(self):
        self.assert_valid("absolute", lint_sarif(os.path.join(harness.SOURCE_DIR, "tests/lint/cases")))

    def test_standard_input(self):
        self.assert_valid("stdin", lint_sarif("-", stdin=BODY))

    def test_a_file_that_does_not_parse(self):
        broken = self.path("broken.yaml", "Resources:\n  Topic: {Type: AWS::SNS::Topic\n")
        self.assert_valid("unparsable", lint_sarif(broken, self.path("missing.yaml")))

    def test_outside_the_working_directory_and_clean(self):
        clean = self.path("clean.yaml", "Resources:\n  T: {Type: AWS::SNS::Topic}\n")
        self.assert_valid("outside", lint_sarif(self.path("t.yaml", BODY), clean))
        self.assert_valid("clean", lint_sarif(clean))

    def test_corpus(self):
        if not os.path.isdir(harness.CORPUS_DIR):
            self.skipTest("no shared corpus")
        # From outside the corpus (file:// URIs) and from inside it (paths under %SRCROOT%).
        self.assert_valid("corpus-outside", lint_sarif(harness.CORPUS_DIR))
        self.assert_valid("corpus-inside", lint_sarif(".", cwd=harness.CORPUS_DIR))

    def test_a_damaged_log_fails(self):
        sarif = json.loads(lint_sarif(GOLDEN_INPUT))
        driver = sarif["runs"][0]["tool"]["driver"]
        del driver["informationUri"]
        for rule in driver["rules"]:
            del rule["fullDescription"]
        rules = {rule_id for _, rule_id, _ in validate(json.dumps(sarif), self.scratch, "damaged")}
        self.assertIn("GH2012", {r.split("/")[0] for r in rules})


if __name__ == "__main__":
    if VALIDATOR is None:
        print("SKIP: Microsoft's SARIF validator is not installed "
              "(scripts/install-deps --tests installs it with npm)", file=sys.stderr)
        sys.exit(harness.SKIP)
    harness.main()
