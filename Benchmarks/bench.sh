#!/usr/bin/env bash
# Verity benchmark: times `generate` against Hugo and against a one-thread cmark-gfm "floor" on synthetic sites.
#
#   Benchmarks/bench.sh [--counts "1000 10000"] [--runs 3] [--with-100k] [--generate PATH]
#                       [--tools "generate hugo floor incremental"] [--baseline DIR] [--seed S] [--workdir DIR] [--keep]
#
# It prints figures; it is not a test. See Benchmarks/README.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")

COUNTS="1000 10000"
RUNS=3
WITH_100K=0
TOOLS="generate hugo floor incremental"
GENERATE=""
BASELINE=""
SEED=1
WORKDIR=""
KEEP=0

usage() {
    sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<'EOF'
Options:
  --counts "N ..."  site sizes in fact checks (default "1000 10000")
  --runs R          timed runs per tool and size, alternating generate, hugo, floor (default 3)
  --with-100k       also run 100000 fact checks (and print the 100k/10k wall-time ratio of generate)
  --generate PATH   use this generate binary instead of building a release one into .build-bench/
  --tools "T ..."   which of generate, hugo, floor, incremental to time (default: all four)
  --baseline DIR    also time the generate of another checkout (e.g. `git worktree add DIR <commit>`), built
                    release into DIR/.build-bench and run with DIR/templates, as the tool "baseline"
  --seed S          seed for make_site.py (default 1)
  --workdir DIR     write the sites and outputs here instead of a new temporary folder
  --keep            keep the work folder at the end (default: removed)
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --counts) COUNTS="$2"; shift 2 ;;
        --counts=*) COUNTS="${1#*=}"; shift ;;
        --runs) RUNS="$2"; shift 2 ;;
        --runs=*) RUNS="${1#*=}"; shift ;;
        --with-100k) WITH_100K=1; shift ;;
        --generate) GENERATE="$2"; shift 2 ;;
        --generate=*) GENERATE="${1#*=}"; shift ;;
        --tools) TOOLS="$2"; shift 2 ;;
        --tools=*) TOOLS="${1#*=}"; shift ;;
        --baseline) BASELINE="$2"; shift 2 ;;
        --baseline=*) BASELINE="${1#*=}"; shift ;;
        --seed) SEED="$2"; shift 2 ;;
        --seed=*) SEED="${1#*=}"; shift ;;
        --workdir) WORKDIR="$2"; shift 2 ;;
        --workdir=*) WORKDIR="${1#*=}"; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "bench: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

for tool in $TOOLS; do
    case "$tool" in generate|hugo|floor|incremental) ;; *) echo "bench: --tools takes generate, hugo, floor, incremental, not '$tool'" >&2; exit 2 ;; esac
done
uses() { [[ " $TOOLS " == *" $1 "* ]]; }

case "$RUNS" in ''|*[!0-9]*|0) echo "bench: --runs must be a positive whole number" >&2; exit 2 ;; esac
for n in $COUNTS; do
    case "$n" in ''|*[!0-9]*|0) echo "bench: --counts must be positive whole numbers, not '$n'" >&2; exit 2 ;; esac
done
if [ "$WITH_100K" = 1 ] && ! [[ " $COUNTS " == *" 100000 "* ]]; then COUNTS="$COUNTS 100000"; fi

say() { printf '%s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }
apt_install() {
    say "bench: installing $* (apt-get)"
    as_root apt-get install -y "$@" >/dev/null 2>&1 || { as_root apt-get update >/dev/null 2>&1 && as_root apt-get install -y "$@" >/dev/null; }
}

# ---- tools ---------------------------------------------------------------------------------------------------
[ -x /usr/bin/time ] || apt_install time
command -v hugo >/dev/null || apt_install hugo
command -v python3 >/dev/null || { echo "bench: python3 is required" >&2; exit 1; }
pkg-config --exists libcmark-gfm || apt_install libcmark-gfm-dev libcmark-gfm-extensions-dev
pkg-config --exists librsvg-2.0 || apt_install librsvg2-dev libfontconfig-dev fonts-dejavu-core

# build_release PACKAGE: builds PACKAGE's generate (release) into PACKAGE/.build-bench and prints its path.
build_release() {
    local build_log
    say "bench: building generate (release) into $1/.build-bench …" >&2
    if ! build_log=$(swift build -c release --product generate --package-path "$1" --scratch-path "$1/.build-bench" 2>&1); then
        printf '%s\n' "$build_log" | tail -30 >&2
        echo "bench: swift build failed in $1" >&2
        exit 1
    fi
    echo "$(swift build -c release --package-path "$1" --scratch-path "$1/.build-bench" --show-bin-path)/generate"
}

if [ -z "$GENERATE" ]; then
    GENERATE=$(build_release "$ROOT")
fi
[ -x "$GENERATE" ] || { echo "bench: no executable generate at '$GENERATE'" >&2; exit 1; }
BASELINE_BIN=""
if [ -n "$BASELINE" ]; then
    BASELINE=$(cd "$BASELINE" && pwd)
    BASELINE_BIN=$(build_release "$BASELINE")
fi
GENERATE=$(cd "$(dirname "$GENERATE")" && pwd)/$(basename "$GENERATE")

if [ -n "$WORKDIR" ]; then
    mkdir -p "$WORKDIR"
    WORK=$(cd "$WORKDIR" && pwd)
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/verity-bench.XXXXXX")
fi
cleanup() { if [ "$KEEP" = 0 ]; then rm -rf "$WORK"; else say "bench: work folder kept: $WORK"; fi; }
trap cleanup EXIT

FLOOR="$WORK/floor"
# shellcheck disable=SC2046
if ! cc -O2 -o "$FLOOR" "$HERE/floor.c" $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions; then
    echo "bench: cannot build floor.c" >&2; exit 1
fi

# Hugo reads the site's own content/ folder (--contentDir); its layouts and config come from this copy.
HUGO_SITE="$WORK/hugo-site"
rm -rf "$HUGO_SITE"
cp -R "$HERE/hugo" "$HUGO_SITE"
mkdir -p "$HUGO_SITE/static/assets"
cp "$ROOT/templates/assets/"* "$HUGO_SITE/static/assets/" 2>/dev/null || true

# ---- machine ---------------------------------------------------------------------------------------------------
cpu_model=$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | sed 's/^[^:]*: *//')
mem_total=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
say ""
say "Verity benchmark · $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
say "machine:  $(nproc) cores · ${cpu_model:-unknown CPU} · ${mem_total:-? GiB} RAM · $(uname -sr)"
say "load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (1, 5, 15 min) at start"
say "generate: $GENERATE"
[ -z "$BASELINE_BIN" ] || say "baseline: $BASELINE_BIN ($(git -C "$BASELINE" log -1 --format='%h %s' 2>/dev/null || echo "$BASELINE"))"
say "hugo:     $(hugo version 2>/dev/null | head -1)"
say "floor:    cmark-gfm $(pkg-config --modversion libcmark-gfm), $(cc --version | head -1), 1 thread"
say "sizes:    $COUNTS fact checks · $RUNS runs each · seed $SEED · work folder $WORK"
say ""

RESULTS="$WORK/results.tsv"
: > "$RESULTS"

# settle N: after output folders were deleted, lets the next run start as on a machine that did not just delete
# tens of thousands of files. On an ext4 file system without a journal, the kernel skips inodes deleted in the
# last minute while their inode-table blocks are cached (`recently_deleted`), and a run that creates 20,000
# files right after such a deletion spends seconds of system time scanning past them. As root, the bench writes
# back and drops the page cache, then reads the inputs and the tools again, so that every run is a warm-cache
# run that does not pay for the previous run's deletion; otherwise it says so once.
settle() {
    sync
    if [ -w /proc/sys/vm/drop_caches ]; then
        echo 1 > /proc/sys/vm/drop_caches
        # find … -exec, not a glob: 100,000 file names are too many for one command line.
        find "$WORK/site-$1/content" "$GENERATE" "$FLOOR" "$(command -v hugo || echo /dev/null)" \
            /opt/swift/usr/lib/swift/linux -maxdepth 3 -type f -exec cat {} + > /dev/null 2>&1 || true
    elif [ -z "${SETTLE_WARNED:-}" ]; then
        SETTLE_WARNED=1
        say "bench: not root: the page cache is not dropped between runs, so a run right after a deletion can pay for it"
    fi
}

# run_timed TOOL N ROUND OUTDIR -- COMMAND…   times one run; aborts the bench when the tool fails.
run_timed() {
    local tool=$1 n=$2 round=$3 out=$4
    shift 5
    local logs="$WORK/logs"
    mkdir -p "$logs"
    local base="$logs/$tool-$n-$round"
    # Fresh output folder for every run, outside the timing (KEEP_OUTPUT=1 keeps it, for incremental builds).
    if [ "${KEEP_OUTPUT:-0}" != 1 ]; then rm -rf "$out"; settle "$n"; fi
    local status=0 started ended
    started=$(date +%s%N)
    ( cd "$WORK" && exec /usr/bin/time -v -o "$base.time" "$@" >"$base.out" 2>"$base.err" ) || status=$?
    ended=$(date +%s%N)
    if [ "$status" -ne 0 ]; then
        say "bench: $tool FAILED on $n fact checks (round $round, exit status $status): $*"
        say "---- last lines of its stderr ----"
        tail -n 25 "$base.err"
        say "----------------------------------"
        exit 1
    fi
    local wall cpu rss
    # Wall time from the shell's nanosecond clock (time -v rounds to 10 ms, too coarse for the floor).
    wall=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    cpu=$(awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 } END { printf "%.2f", u + s }' "$base.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$base.time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$round" "$wall" "$cpu" "$rss" >> "$RESULTS"
    printf '  %-11s round %d: %8.3f s wall %8.2f s CPU %8.1f MiB\n' "$tool" "$round" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

for n in $COUNTS; do
    site="$WORK/site-$n"
    if [ ! -f "$site/content/site.yml" ] || [ "$(find "$site/content/articles" -name '*.md' | wc -l)" -ne "$n" ]; then
        rm -rf "$site"
        python3 "$HERE/make_site.py" --count "$n" --seed "$SEED" --out "$site"
    fi
    size=$(find "$site/content" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f MiB", s / 1048576 }')
    say "== $n fact checks ($size of Markdown) =="
    # At 100,000 only generate runs: the targets there are its own (wall-time ratio, memory), and Hugo would
    # need ~19 GB of memory (1.9 GB at 10,000).
    only_generate=0
    if [ "$WITH_100K" = 1 ] && [ "$n" = 100000 ]; then only_generate=1; say "  (generate only at this size)"; fi
    uses_here() { [ "$only_generate" = 0 ] && uses "$1" || { [ "$1" = generate ] && uses generate; }; }
    for round in $(seq 1 "$RUNS"); do
        if uses generate; then
            run_timed generate "$n" "$round" "$site/out-generate" -- \
                "$GENERATE" --timings --no-cache --content "$site/content" --templates "$ROOT/templates" --output "$site/out-generate"
        fi
        if [ -n "$BASELINE_BIN" ]; then
            run_timed baseline "$n" "$round" "$site/out-baseline" -- \
                "$BASELINE_BIN" --timings --no-cache --content "$site/content" --templates "$BASELINE/templates" --output "$site/out-baseline"
        fi
        if uses_here hugo; then
            run_timed hugo "$n" "$round" "$site/out-hugo" -- \
                hugo --quiet --source "$HUGO_SITE" --contentDir "$site/content" --destination "$site/out-hugo"
        fi
        if uses_here floor; then
            run_timed floor "$n" "$round" "$site/out-floor" -- \
                "$FLOOR" "$site/content/articles" "$site/out-floor"
        fi
    done
    if uses generate; then
        say "  generate said (round 1):"
        sed 's/^/    /' "$WORK/logs/generate-$n-1.out"
    fi
    if [ -s "$WORK/logs/generate-$n-1.err" ]; then
        say "  generate wrote $(wc -l < "$WORK/logs/generate-$n-1.err") lines to stderr (warnings?); first lines:"
        head -n 5 "$WORK/logs/generate-$n-1.err" | sed 's/^/    /'
    fi
    if [ -s "$WORK/logs/hugo-$n-1.err" ]; then
        say "  hugo wrote $(wc -l < "$WORK/logs/hugo-$n-1.err") lines to stderr; first lines:"
        head -n 5 "$WORK/logs/hugo-$n-1.err" | sed 's/^/    /'
    fi
    counted() { if [ -d "$1" ]; then find "$1" -type f | wc -l; else echo "-"; fi; }
    say "  output files: generate $(counted "$site/out-generate"), hugo $(counted "$site/out-hugo"), floor $(counted "$site/out-floor")"
    if [ -n "$BASELINE_BIN" ]; then
        if diff -r -q "$site/out-generate" "$site/out-baseline" > "$WORK/logs/baseline-diff-$n.txt" 2>&1; then
            say "  generate's and the baseline's outputs: byte-identical"
        else
            say "  generate's and the baseline's outputs differ in $(wc -l < "$WORK/logs/baseline-diff-$n.txt") files; first:"
            head -n 5 "$WORK/logs/baseline-diff-$n.txt" | sed 's/^/    /'
        fi
    fi
    rm -rf "$site/out-generate" "$site/out-hugo" "$site/out-floor" "$site/out-baseline"

    # Incremental: a build that fills the cache, then rebuilds after editing one article's body each round.
    # Scaling with the number of threads, at 10,000 fact checks: --jobs 1, 2 and every power of two up to the
    # machine's core count, in alternating rounds.
    if [ "$n" = 10000 ] && uses generate; then
        jobs_list="1 2"
        j=4
        while [ "$j" -le "$(nproc)" ]; do jobs_list="$jobs_list $j"; j=$((j * 2)); done
        for round in $(seq 1 "$RUNS"); do
            for j in $jobs_list; do
                run_timed "jobs-$j" "$n" "$round" "$site/out-jobs" -- \
                    "$GENERATE" --timings --no-cache --jobs "$j" --content "$site/content" --templates "$ROOT/templates" --output "$site/out-jobs"
            done
        done
        rm -rf "$site/out-jobs"
    fi

    if ! uses_here incremental; then say ""; continue; fi
    inc_out="$site/out-incremental"
    rm -rf "$inc_out" "$site/.verity-cache"
    "$GENERATE" --content "$site/content" --templates "$ROOT/templates" --output "$inc_out" > /dev/null
    victim=$(find "$site/content/articles" -name '*.md' | sort | sed -n '42p')
    cp "$victim" "$WORK/victim.md"
    for round in $(seq 1 "$RUNS"); do
        printf '\nEdited for the incremental benchmark, round %s.\n' "$round" >> "$victim"
        KEEP_OUTPUT=1 run_timed incremental "$n" "$round" "$inc_out" -- "$GENERATE" --timings --content "$site/content" --templates "$ROOT/templates" --output "$inc_out"
    done
    say "  generate incremental said (round 1):"
    sed 's/^/    /' "$WORK/logs/incremental-$n-1.out"
    cp "$WORK/victim.md" "$victim"
    rm -rf "$inc_out" "$site/.verity-cache"
    say ""
done

say "load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (1, 5, 15 min) at end"
say ""
python3 - "$RESULTS" "$RUNS" "$WORK/logs" <<'EOF'
import glob, os, re, statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
runs = sys.argv[2]
data = {}
for n, tool, _round, wall, cpu, rss in rows:
    data.setdefault(int(n), {}).setdefault(tool, []).append((float(wall), float(cpu), int(rss) / 1024))
def median(values):
    return statistics.median(values)
print("Medians of %s runs (wall = elapsed time; CPU = user + system time; peak = maximum resident set size)" % runs)
print()
print("%8s  %-11s %9s %9s %10s" % ("N", "tool", "wall s", "CPU s", "peak MiB"))
walls = {}
for n in sorted(data):
    for tool in ("generate", "baseline", "incremental", "hugo", "floor"):
        if tool not in data[n]:
            continue
        samples = data[n][tool]
        wall = median([s[0] for s in samples]); cpu = median([s[1] for s in samples]); peak = median([s[2] for s in samples])
        walls[(n, tool)] = wall
        print("%8d  %-11s %9.3f %9.2f %10.1f" % (n, tool, wall, cpu, peak))
print()
print("%8s  %16s %18s %22s" % ("N", "generate/Hugo", "generate/floor", "incremental/generate"))
def ratio(a, b):
    return "%.2fx" % (a / b) if a is not None and b else "n/a"
for n in sorted(data):
    g = walls.get((n, "generate"))
    print("%8d  %16s %18s %22s" % (n, ratio(g, walls.get((n, "hugo"))), ratio(g, walls.get((n, "floor"))),
                                   ratio(walls.get((n, "incremental")), g)))
if any(tool == "baseline" for n in data for tool in data[n]):
    print()
    print("%8s  %18s" % ("N", "generate/baseline"))
    for n in sorted(data):
        print("%8d  %18s" % (n, ratio(walls.get((n, "generate")), walls.get((n, "baseline")))))
# Stage times (--timings) of every full build, medians per stage.
stages = {}
for path in glob.glob(os.path.join(sys.argv[3], "*.out")):
    match = re.match(r"(generate|baseline)-(\d+)-\d+\.out$", os.path.basename(path))
    if not match:
        continue
    for line in open(path):
        if line.startswith("load "):
            for part in line.strip().split(" \u00b7 "):
                name, ms, _unit = part.rsplit(" ", 2)
                stages.setdefault((int(match.group(2)), match.group(1)), {}).setdefault(name, []).append(float(ms))
if stages:
    print()
    print("Stage medians (ms, from --timings)")
    for (n, tool) in sorted(stages):
        print("%8d  %-9s %s" % (n, tool, " \u00b7 ".join("%s %.0f" % (name, median(v)) for name, v in stages[(n, tool)].items())))
    for n in sorted({n for n, _ in stages}):
        new, old = stages.get((n, "generate"), {}), stages.get((n, "baseline"), {})
        if "render templates" in new and "render templates" in old:
            print("%8d  render templates: generate %.0f ms = %.3f x the baseline's %.0f ms" % (
                n, median(new["render templates"]),
                median(new["render templates"]) / median(old["render templates"]), median(old["render templates"])))
if (100000, "generate") in walls and (10000, "generate") in walls:
    print()
    print("generate wall time, 100k / 10k: %s (10x the content; 10.00x would be linear)"
          % ratio(walls[(100000, "generate")], walls[(10000, "generate")]))
# Thread scaling at 10,000 fact checks.
jobs = sorted(int(tool[5:]) for tool in data.get(10000, {}) if tool.startswith("jobs-"))
for j in jobs:
    samples = data[10000]["jobs-%d" % j]
    walls[(10000, "jobs-%d" % j)] = median([s[0] for s in samples])
if jobs:
    print()
    print("Threads (10000 fact checks, --jobs J, medians)")
    print("%6s %9s %9s %10s %16s" % ("jobs", "wall s", "CPU s", "peak MiB", "speed-up vs 1"))
    for j in jobs:
        samples = data[10000]["jobs-%d" % j]
        print("%6d %9.3f %9.2f %10.1f %16s" % (j, median([s[0] for s in samples]), median([s[1] for s in samples]),
                                              median([s[2] for s in samples]),
                                              ratio(walls[(10000, "jobs-1")], walls[(10000, "jobs-%d" % j)])))
# The targets of issue 14, from this run's medians.
def peak(n, tool):
    samples = data.get(n, {}).get(tool)
    return median([s[2] for s in samples]) if samples else None
targets = []
g10 = walls.get((10000, "generate"))
def row(name, value, shown, held):
    targets.append((name, shown if value is not None else "not measured",
                    ("yes" if held else "no") if value is not None else "-"))
value = g10 / walls[(10000, "hugo")] if g10 and walls.get((10000, "hugo")) else None
row("full build wall <= 0.15 x Hugo (10k)", value, "%.2f x" % (value or 0), value is not None and value <= 0.15)
value = g10 / walls[(10000, "floor")] if g10 and walls.get((10000, "floor")) else None
row("full build wall <= 1.0 x the floor (10k)", value, "%.2f x" % (value or 0), value is not None and value <= 1.0)
value = peak(10000, "generate")
row("peak memory <= 250 MiB (10k)", value, "%.1f MiB" % (value or 0), value is not None and value <= 250)
value = peak(100000, "generate")
row("peak memory <= 1 GiB (100k)", value, "%.1f MiB" % (value or 0), value is not None and value <= 1024)
value = walls[(100000, "generate")] / g10 if g10 and walls.get((100000, "generate")) else None
row("100k / 10k wall <= 10.5", value, "%.2f x" % (value or 0), value is not None and value <= 10.5)
value = walls[(10000, "incremental")] / g10 if g10 and walls.get((10000, "incremental")) else None
row("one body edited, with the cache <= 0.1 x full (10k)", value, "%.3f x" % (value or 0),
    value is not None and value <= 0.1)
value = (walls[(10000, "jobs-1")] / walls[(10000, "jobs-2")]
         if walls.get((10000, "jobs-1")) and walls.get((10000, "jobs-2")) else None)
row("--jobs 1 -> --jobs 2 >= 1.7 x faster (10k)", value, "%.2f x" % (value or 0), value is not None and value >= 1.7)
print()
print("Targets (issue 14)")
print("| target | measured | held? |")
print("|---|---|---|")
for name, shown, held in targets:
    print("| %s | %s | %s |" % (name, shown, held))
EOF
