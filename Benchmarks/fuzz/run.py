#!/usr/bin/env python3
"""Fuzzes every parser that reads untrusted bytes with libFuzzer, AddressSanitizer on.

    python3 Benchmarks/fuzz/run.py                    # 60 s per target (what CI runs)
    python3 Benchmarks/fuzz/run.py --seconds 1800 --jobs 2 --keep-corpus --record   # a campaign

Builds `vramlint-fuzz` with `-sanitize=fuzzer,address` into .build-fuzz/, then runs each
target (Sources/FuzzTargets) on a working corpus that starts from the committed seeds and
regression inputs (Tests/FuzzTargetsTests/Corpus/<target>/) and, locally, keeps what earlier
runs found (.build-fuzz/corpus/<target>/). A failure is any crash, sanitizer report, broken
invariant, input slower than --timeout seconds, or single allocation over --malloc-limit
MiB; the input is saved under .build-fuzz/artifacts/ and the script exits 1. To keep it:
copy it to Tests/FuzzTargetsTests/Corpus/<target>/regression-<what-it-broke>, fix the bug,
and the replay test (`swift test --filter FuzzTargetsTests`) guards it from then on.

--record adds the run's seconds and executions to results.json (totals per target) and
rewrites results.md.
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SCRATCH = ROOT / ".build-fuzz"
BINARY = SCRATCH / "release/vramlint-fuzz"
CORPUS = ROOT / "Tests/FuzzTargetsTests/Corpus"
# -max_len per target: FuzzTarget.maxLength in Sources/FuzzTargets/FuzzTarget.swift.
TARGETS = {"yaml": 16384, "shell": 8192, "jsonrpc": 32768, "server": 16384,
           "gguf": 65536, "safetensors": 65536, "config": 8192}


def build():
    built = subprocess.run(
        ["swift", "build", "--product", "vramlint-fuzz", "--scratch-path", str(SCRATCH),
         # `--sanitize fuzzer` makes SwiftPM link libFuzzer's main; the one -sanitize= with
         # both, last on the line, is what compiles: SwiftPM's `--sanitize fuzzer --sanitize
         # address` come out as two flags in a run-to-run random order and the driver keeps
         # the last, so half the builds had no coverage instrumentation at all.
         "-c", "release", "--sanitize", "fuzzer", "-Xswiftc", "-sanitize=fuzzer,address",
         "-Xswiftc", "-DVRAMLINT_LIBFUZZER"],
        cwd=ROOT, check=False, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if built.returncode != 0:
        sys.exit("building vramlint-fuzz failed:\n" + built.stdout[-4000:])


def fuzz(target, seconds, timeout, malloc_limit, keep):
    work = SCRATCH / "corpus" / target
    if not keep and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    for seed in (CORPUS / target).iterdir():
        shutil.copy(seed, work / seed.name)
    artifacts = SCRATCH / "artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    command = [str(BINARY), f"-max_total_time={seconds}", f"-max_len={TARGETS[target]}",
               f"-timeout={timeout}", f"-malloc_limit_mb={malloc_limit}", "-rss_limit_mb=4096",
               f"-artifact_prefix={artifacts}/{target}-", "-print_final_stats=1", str(work)]
    # SWIFT_BACKTRACE off: the Swift runtime's backtracer, started inside libFuzzer's crash
    # handler, hung the process after the first crash found; libFuzzer prints the stack.
    env = dict(os.environ, VRAMLINT_FUZZ_TARGET=target, SWIFT_BACKTRACE="enable=no",
               ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=0")
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, errors="replace",
                          timeout=seconds + 600)
    # Wall-clock time, not libFuzzer's "Done … in N seconds": a run that crashes prints none.
    elapsed = round(time.monotonic() - started)
    log = done.stderr
    def stat(name):
        found = re.search(rf"stat::{name}:\s+(\d+)", log)
        return int(found.group(1)) if found else 0
    coverage = re.findall(r"cov: (\d+)", log)
    result = {
        "target": target,
        "seconds": elapsed,
        "executions": stat("number_of_executed_units"),
        "coverage": int(coverage[-1]) if coverage else 0,
        "corpus": len(list(work.iterdir())),
        "peak_rss_mb": stat("peak_rss_mb"),
        "crashed": done.returncode != 0,
    }
    if result["coverage"] == 0:
        # libFuzzer runs an uninstrumented binary too, blindly: that is no fuzzing at all.
        result["crashed"] = True
        result["failure"] = "no coverage: the binary is not instrumented (rm -rf .build-fuzz and run again)"
    elif done.returncode != 0:
        crash = [line for line in log.splitlines() if "artifact_prefix" in line or "Test unit written" in line
                 or "ERROR" in line or "invariant" in line or "Fatal error" in line]
        result["failure"] = "\n".join(crash[-6:]) or log[-2000:]
    return result


def record(results):
    path = HERE / "results.json"
    totals = json.loads(path.read_text()) if path.exists() else {"targets": {}, "runs": []}
    for r in results:
        t = totals["targets"].setdefault(r["target"], {"seconds": 0, "executions": 0, "crashes": 0})
        t["seconds"] += r["seconds"]
        t["executions"] += r["executions"]
        t["crashes"] += int(r["crashed"])
        t["last_coverage"] = r["coverage"]
        t["last_corpus"] = r["corpus"]
        t["peak_rss_mb"] = max(t.get("peak_rss_mb", 0), r["peak_rss_mb"])
    totals["runs"].append({"date": datetime.date.today().isoformat(),
                           "seconds_per_target": max(r["seconds"] for r in results),
                           "crashes": sum(r["crashed"] for r in results)})
    path.write_text(json.dumps(totals, indent=2) + "\n")
    write_markdown(totals)


def write_markdown(totals):
    """results.md from the totals in results.json."""
    lines = ["# Fuzzing totals", "",
             "Written by `Benchmarks/fuzz/run.py --record` (libFuzzer, AddressSanitizer on, one core",
             "per target). Crashes count runs that failed; each one found is listed in",
             "Documentation/hostile-input.md with its regression input.", "",
             "| target | hours | executions | exec/s | coverage (edges) | corpus | peak RSS MiB | crashes |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, t in sorted(totals["targets"].items()):
        rate = t["executions"] / t["seconds"] if t["seconds"] else 0
        lines.append(f"| {name} | {t['seconds'] / 3600:.2f} | {t['executions']:,} | {rate:,.0f} | "
                     f"{t['last_coverage']} | {t['last_corpus']} | {t['peak_rss_mb']} | {t['crashes']} |")
    seconds = sum(t["seconds"] for t in totals["targets"].values())
    runs = sum(t["executions"] for t in totals["targets"].values())
    lines += ["", f"In all: {seconds / 3600:.2f} hours, {runs:,} executions, over {len(totals['runs'])} recorded runs."]
    (HERE / "results.md").write_text("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=60, help="per target")
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--timeout", type=int, default=10, help="seconds one input may take")
    parser.add_argument("--malloc-limit", type=int, default=1024, help="MiB one allocation may take")
    parser.add_argument("--jobs", type=int, default=1, help="targets fuzzed at once (one core each)")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--keep-corpus", action="store_true", help="start from earlier runs' corpus")
    parser.add_argument("--record", action="store_true", help="add this run to results.json/md")
    args = parser.parse_args()
    if not args.no_build:
        build()
    results = []
    targets = args.targets.split(",")
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        runs = [pool.submit(fuzz, target, args.seconds, args.timeout, args.malloc_limit, args.keep_corpus)
                for target in targets]
        for run in concurrent.futures.as_completed(runs):
            r = run.result()
            results.append(r)
            report(r)
    results.sort(key=lambda r: targets.index(r["target"]))
    if args.record:
        record(results)
    sys.exit(1 if any(r["crashed"] for r in results) else 0)


def report(r):
    status = "CRASH" if r["crashed"] else "ok"
    print(f"{r['target']:12} {status:5} {r['executions']:>10,} execs in {r['seconds']:>5} s  "
          f"cov {r['coverage']:>5}  corpus {r['corpus']:>5}  peak {r['peak_rss_mb']} MiB", flush=True)
    if r["crashed"]:
        print(r["failure"], file=sys.stderr)


if __name__ == "__main__":
    main()
