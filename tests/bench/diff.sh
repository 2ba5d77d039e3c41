#!/usr/bin/env bash
# Benchmark of `vpcsynth diff` side by side with `cdk diff --template`, in one run, on the variant
# diff of the Lambda Connections stack. CDK synthesizes its own pair of templates from
# tests/bench/cdk_app.js (the synth benchmark's app); `cdk diff --app <nat-egress assembly>
# --template <private-only template>` then compares them without any AWS account. We run:
#   1. vpcsynth diff private-only nat-egress      (both variants synthesized, then compared)
#   2. vpcsynth diff <CDK pair>                   (the very templates cdk diff compares)
#   3. cdk diff on the CDK pair
# and print the times, the speed-ups and the peak memory of each. Timing only: it asserts nothing.
#   usage: tests/bench/diff.sh [path/to/vpcsynth] [cdk diff runs (default 5)] [cdk folder]
#   The cdk folder is one where `npm install aws-cdk aws-cdk-lib constructs` was run; without it
#   they are installed into a temporary folder (needs npm and the registry).
set -euo pipefail
cd "$(dirname "$0")/../.."
vpcsynth=$(realpath "${1:-build/release/cli/vpcsynth}")
peer_runs=${2:-5}
cdk_dir=${3:-}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 77; }
command -v node >/dev/null || { echo "node is not installed" >&2; exit 77; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is not installed (apt-get install time)" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "$cdk_dir" ]; then
  cdk_dir="$work/cdk"
  mkdir -p "$cdk_dir"
  echo "installing aws-cdk, aws-cdk-lib and constructs into $cdk_dir ..." >&2
  (cd "$cdk_dir" && npm init -y >/dev/null && \
   npm install --no-audit --no-fund aws-cdk aws-cdk-lib constructs >/dev/null)
fi
cdk_dir=$(realpath "$cdk_dir")
cp tests/bench/cdk_app.js "$cdk_dir/app.js"
(cd "$cdk_dir" && CDK_VALIDATION=false node app.js private-only "$work/private" && \
 CDK_VALIDATION=false node app.js nat-egress "$work/nat")
old="$work/private/LambdaConnections.template.json"
cdk="$cdk_dir/node_modules/.bin/cdk"
ours_variants="$vpcsynth diff private-only nat-egress"
ours_pair="$vpcsynth diff $old $work/nat/LambdaConnections.template.json"
theirs="$cdk diff --no-notices --app $work/nat --template $old"
echo "vpcsynth: $vpcsynth"
echo "cdk: $("$cdk" --version 2>/dev/null), node $(node --version)"

hyperfine --style none -N --warmup 5 --runs 200 --export-json "$work/variants.json" \
  "$ours_variants" >/dev/null
hyperfine --style none -N --warmup 5 --runs 200 --export-json "$work/pair.json" "$ours_pair" \
  >/dev/null
# cdk reads ./cdk.json: run it where no file of that name is written.
(cd "$work" && CDK_DISABLE_VERSION_CHECK=1 hyperfine --style none --warmup 1 --runs "$peer_runs" \
  --export-json "$work/peer.json" "$theirs" >/dev/null)

peak() { /usr/bin/time -f %M "$@" >/dev/null 2>"$work/peak"; tail -n 1 "$work/peak"; }
variants_kib=$(peak $ours_variants)
pair_kib=$(peak $ours_pair)
cdk_kib=$(cd "$work" && CDK_DISABLE_VERSION_CHECK=1 peak $theirs)

python3 - "$work" "$variants_kib" "$pair_kib" "$cdk_kib" <<'PY'
import json, sys
work, variants_kib, pair_kib, cdk_kib = sys.argv[1], *map(int, sys.argv[2:])
def stats(name):
    with open(f"{work}/{name}.json") as handle:
        result = json.load(handle)["results"][0]
    return result["mean"], result["stddev"] or 0.0
cdk, cdk_sd = stats("peer")
print(f"{'command':<52} {'mean':>11} {'sd':>10} {'peak':>10} {'cdk diff / this':>16}")
for label, name, kib in [("vpcsynth diff private-only nat-egress", "variants", variants_kib),
                         ("vpcsynth diff <CDK's pair of templates>", "pair", pair_kib),
                         ("cdk diff --app <nat-egress> --template <private-only>", "peer", cdk_kib)]:
    mean, sd = stats(name)
    print(f"{label:<52} {mean * 1000:>9.2f}ms {sd * 1000:>8.2f}ms {kib / 1024:>6.1f} MiB {cdk / mean:>15.0f}x")
PY
