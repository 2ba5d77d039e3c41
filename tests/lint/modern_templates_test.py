"""vpcsynth lint knows current CloudFormation: on every template of tests/lint/modern (properties,
attributes and resource types added in 2023-2026, checked against the CloudFormation resource
reference) it reports no resource-data finding (D...) and no reference finding (R...). When cfn-lint
is installed, every template still passes it with zero findings, and vpcsynth reports no error on
any of them (the templates follow the project's security rules)."""
import glob
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402

MINIMUM_TEMPLATES = 45


def templates():
    folder = os.path.join(harness.SOURCE_DIR, "tests", "lint", "modern")
    return sorted(glob.glob(os.path.join(folder, "*.yaml")) + glob.glob(os.path.join(folder, "*.json")))


def lint(path):
    """vpcsynth's findings on one template, or an error message when it could not lint it."""
    result = harness.run("lint", "--format", "json", path)
    if result.returncode == 1 or result.returncode > 15:
        return None, f"vpcsynth lint exited {result.returncode}: {result.stderr.strip()}"
    try:
        return json.loads(result.stdout)["findings"], None
    except (ValueError, KeyError) as error:
        return None, f"unreadable JSON report ({error}): {result.stdout[:200]}"


def main():
    if not os.path.exists(harness.BINARY):
        print(f"SKIP: no vpcsynth binary at {harness.BINARY}", file=sys.stderr)
        return harness.SKIP
    files = templates()
    failures = []
    if len(files) < MINIMUM_TEMPLATES:
        failures.append(f"expected at least {MINIMUM_TEMPLATES} templates, found {len(files)}")
    with_cfn_lint = shutil.which("cfn-lint") is not None
    for path in files:
        name = os.path.relpath(path, harness.SOURCE_DIR)
        findings, error = lint(path)
        if error:
            failures.append(f"{name}: {error}")
            continue
        for finding in findings:
            line = f"{name}:{finding['line']}: {finding['severity']} {finding['rule']}: {finding['message']}"
            print(line)
            if finding["rule"].startswith(("D", "R")):
                failures.append(f"{line}  (resource data or reference finding)")
            elif with_cfn_lint and finding["severity"] == "error":
                failures.append(f"{line}  (error on a template that passes cfn-lint)")
    if with_cfn_lint and files:
        # One cfn-lint process for all templates: it costs ~2 s to start.
        result = subprocess.run(["cfn-lint", "--", *files], capture_output=True, text=True,
                                timeout=600)
        if result.returncode != 0 or result.stdout.strip():
            failures.append(f"cfn-lint exited {result.returncode}:\n{result.stdout}{result.stderr}")
    else:
        print("cfn-lint is not installed (pip install cfn-lint): its checks were skipped")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    print(f"{len(files)} templates, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
