"""The reachability engine on twin templates: each case of tests/lint/reachability/cases.json
takes a working template (a base file, with the case's `given` edits), checks that the path rules
(A0008, A0010) say nothing about it, then makes one mistake and checks the exact findings: rule,
line and message, which names the hop that breaks. A case whose mistake leaves the path open, or
makes a hop unknown, expects no finding: the engine must stay silent rather than guess.

Run with --show to print what each broken twin gives (for writing a new case)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402

FOLDER = os.path.join(harness.SOURCE_DIR, "tests", "lint", "reachability")
PATH_RULES = "A0008,A0010,A0012"
MINIMUM_CASES = 40


def apply(text, edit):
    """One edit: replace a text that occurs exactly once, delete a resource, or append resources."""
    if "replace" in edit:
        old, new = edit["replace"]
        if text.count(old) != 1:
            raise ValueError(f"{old!r} occurs {text.count(old)} times, not once")
        return text.replace(old, new)
    if "delete" in edit:
        pattern = re.compile(r"^  " + re.escape(edit["delete"]) + r":\n(?:    .*\n|\n)*", re.M)
        if len(pattern.findall(text)) != 1:
            raise ValueError(f"no single resource {edit['delete']!r} to delete")
        return pattern.sub("", text)
    if "append" in edit:
        return text + edit["append"]
    raise ValueError(f"unknown edit {edit}")


def findings(text):
    result = harness.run("lint", "--format", "json", "--include", PATH_RULES, "-", stdin=text)
    if result.returncode == 1 or result.returncode > 15:
        raise RuntimeError(f"vpcsynth lint exited {result.returncode}: {result.stderr.strip()}")
    return [{"rule": f["rule"], "line": f["line"], "message": f["message"]}
            for f in json.loads(result.stdout)["findings"]]


def main():
    if not os.path.exists(harness.BINARY):
        print(f"SKIP: no vpcsynth binary at {harness.BINARY}", file=sys.stderr)
        return harness.SKIP
    show = "--show" in sys.argv
    with open(os.path.join(FOLDER, "cases.json"), encoding="utf-8") as handle:
        cases = json.load(handle)
    failures = []
    names = set()
    for case in cases:
        name = case["name"]
        if name in names:
            failures.append(f"{name}: the name is used twice")
        names.add(name)
        try:
            with open(os.path.join(FOLDER, case["base"]), encoding="utf-8") as handle:
                working = handle.read()
            for edit in case.get("given", []):
                working = apply(working, edit)
            broken = apply(working, case["mistake"])
            before, after = findings(working), findings(broken)
        except (ValueError, RuntimeError, OSError) as error:
            failures.append(f"{name}: {error}")
            continue
        if show:
            print(f"{name}:\n  " + json.dumps(after, indent=2).replace("\n", "\n  "))
        if before:
            failures.append(f"{name}: the working twin has findings: {before}")
        if after != case["expect"]:
            failures.append(f"{name}: expected {case['expect']}\n  got {after}")
    if len(cases) < MINIMUM_CASES:
        failures.append(f"only {len(cases)} cases; at least {MINIMUM_CASES} are kept")
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print(f"{len(cases)} twin cases, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
