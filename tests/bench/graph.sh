#!/usr/bin/env bash
# Benchmark of `vpcsynth graph`, whole process, against the targets of the graph issue: a
# generated 2,000-resource template under 200 ms and a 34-resource one under 20 ms, in each
# format, with `vpcsynth fmt` of the same template beside it (reading and writing it back) to
# show what the reading alone costs. Also the Markdown diff of the 34- and 2,000-resource
# templates, which draws the changed network of both. Timing only: it asserts nothing.
#   usage: tests/bench/graph.sh [path/to/vpcsynth]   (default: build/release/cli/vpcsynth)
set -euo pipefail
cd "$(dirname "$0")/../.."
vpcsynth=${1:-build/release/cli/vpcsynth}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 34 2000; do python3 tests/bench/generate_template.py "$n" > "$work/t$n.yaml"; done

bench() {  # name, command...
  local name=$1; shift
  hyperfine -N --style none --warmup 3 --runs 30 --export-json "$work/$name.json" "$*" >/dev/null
}
for n in 34 2000; do
  for format in svg mermaid dot; do bench "graph-$format-$n" "$vpcsynth graph $work/t$n.yaml --format $format"; done
  bench "fmt-$n" "$vpcsynth fmt $work/t$n.yaml"
done
# CPU time (user + system, the least of 10 runs) of the 2,000-resource graph: on a shared machine
# wall time grows with the load, CPU time much less.
for format in svg mermaid dot; do
  for _ in $(seq 10); do
    /usr/bin/time -f "%U %S" "$vpcsynth" graph "$work/t2000.yaml" --format "$format" 2>&1 >/dev/null
  done | awk -v f="$format" '{t = ($1 + $2) * 1000; if (NR == 1 || t < m) m = t}
    END {printf "graph --format %-8s 2,000 resources: least CPU time %.0f ms\n", f, m}' >> "$work/cpu.txt"
done
hyperfine -N --style none --warmup 1 --runs 10 --ignore-failure --export-json "$work/diff.json" \
  "$vpcsynth diff $work/t34.yaml $work/t2000.yaml --format markdown" >/dev/null

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def stats(name):
    with open(f"{work}/{name}.json") as handle:
        result = json.load(handle)["results"][0]
    return result["mean"] * 1000, result["stddev"] * 1000, result["min"] * 1000
targets = {"34": 20, "2000": 200}
print(f"{'workload':<34} {'mean':>9} {'stddev':>8} {'min':>8}  target")
for n, label in (("34", "34 resources"), ("2000", "2,000 resources")):
    for fmt in ("svg", "mermaid", "dot"):
        mean, stddev, low = stats(f"graph-{fmt}-{n}")
        verdict = "met" if mean < targets[n] else "NOT met"
        print(f"graph --format {fmt:<8} {label:<10} {mean:>7.1f}ms {stddev:>6.1f}ms {low:>6.1f}ms  "
              f"< {targets[n]} ms: {verdict}")
    mean, stddev, low = stats(f"fmt-{n}")
    print(f"fmt (read + write) {label:<15} {mean:>7.1f}ms {stddev:>6.1f}ms {low:>6.1f}ms")
mean, stddev, low = stats("diff")
print(f"diff --format markdown 34 -> 2,000  {mean:>6.1f}ms {stddev:>6.1f}ms {low:>6.1f}ms")
PY
cat "$work/cpu.txt"
