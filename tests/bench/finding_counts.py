#!/usr/bin/env python3
"""Counts the resource-data findings (D0001-D0005, R0007) of one or more vpcsynth binaries on the
shared corpus and on cfn-lint's known-good fixtures, side by side: the before-and-after table of a
resource data update.

usage: tests/bench/finding_counts.py BINARY [BINARY...]
"""
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
SETS = {
    "corpus (aws-cloudformation-templates)": os.path.join(CORPUS, "aws-cloudformation-templates"),
    "cfn-lint good fixtures": os.path.join(CORPUS, "cfn-lint-fixtures", "test", "fixtures",
                                           "templates", "good"),
}
RULES = ["D0001", "D0002", "D0003", "D0004", "D0005", "R0007"]


def templates(folder):
    for directory, _, names in os.walk(folder):
        for name in sorted(names):
            if name.endswith((".yaml", ".yml", ".json", ".template")):
                yield os.path.join(directory, name)


def counts(binary, folder):
    found = collections.Counter()
    files = list(templates(folder))
    # One process for the whole set, as CI would run it.
    result = subprocess.run([binary, "lint", "--format", "json", *files], capture_output=True,
                            text=True, check=False)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        sys.exit(f"{binary}: no JSON report ({result.stderr.strip()[:200]})")
    for finding in report["findings"]:
        found[finding["rule"]] += 1
    return len(files), found


def main():
    binaries = sys.argv[1:]
    if not binaries:
        sys.exit(__doc__)
    for label, folder in SETS.items():
        if not os.path.isdir(folder):
            print(f"{label}: {folder} is missing", file=sys.stderr)
            continue
        results = [counts(binary, folder) for binary in binaries]
        print(f"{label} ({results[0][0]} files)")
        print(f"  {'rule':<6}" + "".join(f"{os.path.basename(os.path.dirname(os.path.dirname(b))) + '/' + os.path.basename(b):>28}" for b in binaries))
        for rule in RULES:
            print(f"  {rule:<6}" + "".join(f"{found[rule]:>28}" for _, found in results))


if __name__ == "__main__":
    main()
