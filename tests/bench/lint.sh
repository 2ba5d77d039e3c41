#!/usr/bin/env bash
# Benchmark of `vpcsynth lint` side by side with cfn-lint, in one run, on the workloads of the
# lint issue: a 34-resource template, a generated 2,000-resource template, 50 templates in one
# invocation, and 2,000 versus 4,000 resources (linearity). Prints the times, the speed-ups,
# our peak memory on the 34-resource template and the 4,000/2,000 time ratio. Given a baseline
# binary (an earlier build of vpcsynth), it also runs that on the 34-resource template in the same
# run and prints time, peak memory and binary size as ratios, to show what a change costs.
# Timing only: it asserts nothing.
#   usage: tests/bench/lint.sh [path/to/vpcsynth] [cfn-lint runs per workload (default 3)]
#                              [path/to/baseline/vpcsynth]
set -euo pipefail
cd "$(dirname "$0")/../.."
vpcsynth=${1:-build/release/cli/vpcsynth}
peer_runs=${2:-3}
baseline=${3:-}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 77; }
command -v cfn-lint >/dev/null || { echo "cfn-lint is not installed" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in 34 2000 4000; do python3 tests/bench/generate_template.py "$n" > "$work/t$n.yaml"; done
mkdir "$work/fifty"
for i in $(seq -w 1 50); do cp "$work/t34.yaml" "$work/fifty/t$i.yaml"; done

# Findings make both tools exit non-zero; only the time matters here. Both lint one process.
ours() { echo "$vpcsynth lint --format parseable $*"; }
theirs() { echo "cfn-lint --format parseable -- $*"; }
bench() {  # name, files...
  local name=$1; shift
  hyperfine -N --style none --ignore-failure --warmup 2 --runs 20 --export-json "$work/$name-ours.json" \
    "$(ours "$@")" >/dev/null
  hyperfine -N --style none --ignore-failure --runs "$peer_runs" --export-json "$work/$name-peer.json" \
    "$(theirs "$@")" >/dev/null
}
bench t34 "$work/t34.yaml"
bench t2000 "$work/t2000.yaml"
bench fifty "$work"/fifty/*.yaml
bench t4000 "$work/t4000.yaml"
if [ -n "$baseline" ]; then
  # Both in one hyperfine run, back to back, so machine noise hits them alike.
  hyperfine -N --style none --ignore-failure --warmup 5 --runs 50 \
    --export-json "$work/baseline.json" "$baseline lint --format parseable $work/t34.yaml" \
    "$(ours "$work/t34.yaml")" >/dev/null
  hyperfine -N --style none --ignore-failure --warmup 2 --runs 20 \
    --export-json "$work/baseline2000.json" "$baseline lint --format parseable $work/t2000.yaml" \
    "$(ours "$work/t2000.yaml")" >/dev/null
fi

# Peak resident memory (KiB) of one run on the 34-resource template, for both tools.
peak() { /usr/bin/time -f %M "$@" >/dev/null 2>"$work/peak" || true; tail -n 1 "$work/peak"; }
ours_kib=$(peak "$vpcsynth" lint "$work/t34.yaml")
peer_kib=$(peak cfn-lint -- "$work/t34.yaml")
baseline_kib=0
[ -n "$baseline" ] && baseline_kib=$(peak "$baseline" lint "$work/t34.yaml")

python3 - "$work" "$ours_kib" "$peer_kib" "$baseline_kib" "$vpcsynth" "$baseline" <<'PY'
import json, os, sys
work, ours_kib, peer_kib, baseline_kib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
ours_binary, baseline_binary = sys.argv[5], sys.argv[6]
def mean(name, side):
    with open(f"{work}/{name}-{side}.json") as handle:
        return json.load(handle)["results"][0]["mean"]
rows = [("34 resources", "t34"), ("2,000 resources", "t2000"), ("50 templates x 34, one run", "fifty"),
        ("4,000 resources", "t4000")]
print(f"{'workload':<28} {'vpcsynth':>10} {'cfn-lint':>10} {'speed-up':>9}")
for label, name in rows:
    ours, peer = mean(name, "ours"), mean(name, "peer")
    print(f"{label:<28} {ours * 1000:>8.1f}ms {peer:>9.2f}s {peer / ours:>8.0f}x")
print(f"peak memory, 34 resources:   vpcsynth {ours_kib / 1024:.1f} MiB, cfn-lint {peer_kib / 1024:.1f} MiB")
if baseline_binary:
    with open(f"{work}/baseline.json") as handle:
        base, this = (r["mean"] for r in json.load(handle)["results"])
    print(f"against the baseline, 34 resources: time {this * 1000:.2f} / {base * 1000:.2f} ms = "
          f"{this / base:.2f}x, peak memory {ours_kib / 1024:.1f} / {baseline_kib / 1024:.1f} MiB = "
          f"{ours_kib / baseline_kib:.2f}x, binary {os.path.getsize(ours_binary) / 1e6:.2f} / "
          f"{os.path.getsize(baseline_binary) / 1e6:.2f} MB")
    with open(f"{work}/baseline2000.json") as handle:
        base, this = (r["mean"] for r in json.load(handle)["results"])
    print(f"against the baseline, 2,000 resources: time {this * 1000:.1f} / {base * 1000:.1f} ms = "
          f"{this / base:.2f}x")
print(f"linearity: 4,000 / 2,000 resources = {mean('t4000', 'ours') / mean('t2000', 'ours'):.2f}x (vpcsynth), "
      f"{mean('t4000', 'peer') / mean('t2000', 'peer'):.2f}x (cfn-lint)")
PY
