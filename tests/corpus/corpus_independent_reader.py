"""An independent reader sees the same data in `vpcsynth fmt` output as in the original.

For every corpus file vpcsynth reads as a template, cfn-lint's own decoder (a different YAML and
JSON stack, PyYAML and Python's json) reads the original, our YAML output and our JSON output;
the three must hold the same data.
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
import harness  # noqa: E402

try:
    from cfnlint.decode import decode
except ImportError:
    print("SKIP: cfn-lint's Python package is not installed (pip install cfn-lint); "
          "the independent-reader comparison needs its decoder", file=sys.stderr)
    sys.exit(harness.SKIP)


def canonical(value):
    """Plain Python data with the differences that carry no meaning removed: the string form of
    GetAtt (`A.B`) becomes its list form, mapping keys are strings (YAML may read `80:` as an
    integer; CloudFormation keys are strings)."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key == "Fn::GetAtt" and isinstance(item, str):
                item = item.split(".", 1)
            result[str(key)] = canonical(item)
        return result
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return value
    return str(value)


def decoded(path):
    template, matches = decode(path)
    if matches or template is None:
        return None
    return canonical(template)


def first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: present on one side only"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for index, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{index}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


def main():
    files = harness.corpus_files()
    if not files:
        print("SKIP: the shared corpus is not beside the checkout", file=sys.stderr)
        return harness.SKIP
    failures = []
    compared = 0
    with tempfile.TemporaryDirectory(prefix="vpcsynth-corpus-") as scratch:
        for path in files:
            original = decoded(path)
            if not isinstance(original, dict) or not isinstance(original.get("Resources"), dict):
                continue  # not a template to cfn-lint either
            for to in ("yaml", "json"):
                result = harness.run("fmt", "--to", to, path)
                if result.returncode != 0:
                    failures.append(f"{path}: cfn-lint reads it but `fmt --to {to}` fails:\n"
                                    f"{result.stderr}")
                    continue
                out = os.path.join(scratch, f"out.{to}")
                with open(out, "w", encoding="utf-8") as handle:
                    handle.write(result.stdout)
                ours = decoded(out)
                difference = ("cfn-lint cannot read the output" if ours is None
                              else first_difference(original, ours))
                if difference:
                    failures.append(f"{path} (--to {to}): {difference}")
                compared += 1
    print(f"compared {compared} outputs of {len(files)} corpus files")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
