"""vpcsynth lint is precise on templates that AWS itself deploys (tests/corpus/deployed: AWS CDK
integration-test snapshots). Every error, warning and informational finding must be listed, with
a verdict and a reason, in tests/corpus/deployed/expected_findings.txt; the test fails on a finding
not listed there and on a listed one that no longer appears. Every error must be true, and at
least 95% of the warnings must be true (each one that is not says why it is kept).
"""
import collections
import glob
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402

FOLDER = os.path.join(harness.SOURCE_DIR, "tests", "corpus", "deployed")
EXPECTED = os.path.join(FOLDER, "expected_findings.txt")
SOURCES = os.path.join(FOLDER, "SOURCES.tsv")
MINIMUM_TEMPLATES = 100
MINIMUM_TRUE_SHARE = 0.95
# The Lambda runtime rule (V0006) judges deprecation dates against this day, so that the list
# does not change when a runtime reaches its end of support.
AS_OF = "2026-11-29"
VERDICTS = ("true", "kept")

Key = collections.namedtuple("Key", "path rule line resource")


def logical_resource(lines, line_number):
    """The logical ID of the resource whose text holds `line_number` (1-based), or '-'.

    The templates are JSON as the CDK writes them: one key per line, so the resource is the
    nearest key above the line at the indentation of the first key of `Resources`."""
    start = next((i for i, text in enumerate(lines) if text.strip() == '"Resources": {'), None)
    if start is None or start + 1 >= len(lines):
        return "-"
    indent = len(lines[start + 1]) - len(lines[start + 1].lstrip())
    for text in reversed(lines[start + 1:line_number]):
        stripped = text.lstrip()
        if len(text) - len(stripped) == indent and stripped.startswith('"'):
            return stripped.split('"')[1]
    return "-"


def read_expected():
    """The listed findings: {Key: (verdict, reason)}, and format problems."""
    listed, problems = {}, []
    with open(EXPECTED, encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            text = text.strip()
            if not text or text.startswith("#"):
                continue
            head, _, reason = text.partition("|")
            fields = head.split()
            where = f"expected_findings.txt:{number}"
            if len(fields) != 5 or not fields[2].isdigit() or not reason.strip():
                problems.append(f"{where}: expected 'path rule line resource verdict | why'")
                continue
            if fields[4] not in VERDICTS:
                problems.append(f"{where}: verdict '{fields[4]}' is none of {', '.join(VERDICTS)}")
                continue
            key = Key(fields[0], fields[1], int(fields[2]), fields[3])
            if key in listed:
                problems.append(f"{where}: listed twice")
            listed[key] = (fields[4], fields[1], reason.strip())
    return listed, problems


def lint():
    """The findings on the folder as {Key: finding}, the number of templates, or an error."""
    result = harness.run("lint", "--as-of", AS_OF, "--format", "json", FOLDER, timeout=600)
    if result.returncode == 1 or result.returncode > 15:
        return None, 0, f"vpcsynth lint exited {result.returncode}: {result.stderr.strip()}"
    try:
        report = json.loads(result.stdout)
    except ValueError as error:
        return None, 0, f"unreadable JSON report ({error}): {result.stdout[:200]}"
    texts, found = {}, {}
    for finding in report["findings"]:
        path = os.path.relpath(finding["file"], FOLDER)
        if path not in texts:
            with open(os.path.join(FOLDER, path), encoding="utf-8") as handle:
                texts[path] = handle.read().split("\n")
        key = Key(path, finding["rule"], finding["line"],
                  logical_resource(texts[path], finding["line"]))
        found[key] = finding
    return found, report["summary"]["files"], None


def check_sources():
    """Problems with SOURCES.tsv: every template must have its source, and every source a file."""
    paths = glob.glob(os.path.join(FOLDER, "*", "*.json"))
    templates = {os.path.relpath(path, FOLDER) for path in paths}
    listed, problems = set(), []
    with open(SOURCES, encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            if text.startswith("#") or not text.strip():
                continue
            fields = text.rstrip("\n").split("\t")
            if len(fields) != 4 or len(fields[3]) != 40:
                problems.append(f"SOURCES.tsv:{number}: expected 'path repository path commit'")
                continue
            listed.add(fields[0])
    problems += [f"{path} has no line in SOURCES.tsv" for path in sorted(templates - listed)]
    problems += [f"SOURCES.tsv lists {path}: no such file" for path in sorted(listed - templates)]
    return problems


def share(verdicts):
    return sum(1 for verdict in verdicts if verdict == "true") / len(verdicts) if verdicts else 1.0


def main():
    if not os.path.exists(harness.BINARY):
        print(f"SKIP: no vpcsynth binary at {harness.BINARY}", file=sys.stderr)
        return harness.SKIP
    listed, failures = read_expected()
    failures += check_sources()
    found, templates, error = lint()
    if error:
        failures.append(error)
        found = {}
    if templates < MINIMUM_TEMPLATES:
        failures.append(f"expected at least {MINIMUM_TEMPLATES} templates, linted {templates}")

    for key, finding in sorted(found.items()):
        if key not in listed:
            failures.append(f"unlisted finding {key.path} {key.rule} {key.line} {key.resource}: "
                            f"{finding['severity']}: {finding['message']}  (judge it and list it)")
    for key in sorted(listed):
        if key not in found:
            failures.append(f"listed finding no longer raised: {key.path} {key.rule} {key.line} "
                            f"{key.resource}  (remove its line if that is right)")

    by_severity = collections.defaultdict(list)
    for key, finding in found.items():
        if key in listed:
            by_severity[finding["severity"]].append((key, listed[key][0]))
    for key, verdict in sorted(by_severity["error"]):
        if verdict != "true":
            failures.append(f"error {key.rule} on {key.path}:{key.line} is not true ({verdict})")
    warnings = by_severity["warning"]
    verdicts = [verdict for _, verdict in warnings]
    counts = collections.Counter(key.rule for key, _ in warnings)
    print(f"{templates} templates; {len(by_severity['error'])} errors, {len(warnings)} warnings "
          f"({', '.join(f'{rule} {n}' for rule, n in sorted(counts.items()))}), "
          f"{len(by_severity['info'])} informational")
    print(f"true warnings: {share(verdicts):.1%} of {len(warnings)}")
    if share(verdicts) < MINIMUM_TRUE_SHARE:
        failures.append(f"only {share(verdicts):.1%} of the warnings are true (at least "
                        f"{MINIMUM_TRUE_SHARE:.0%} required)")

    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
