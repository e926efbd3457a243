#!/usr/bin/env python3
"""Latency benchmark of `vramlint lsp` (release build), driven over its stdio pipes as an
editor drives it:

- edit → diagnostics: 1,000 incremental `didChange` edits of a 60-line file and of a
  10,000-line multi-document file; each is timed from writing the change to reading the
  `publishDiagnostics` of that version (p50, p99, max). This is client-side time, so it
  includes both pipe transfers and this script's framing: an upper bound on server time.
- the floor, measured in the same session: a request the server answers without work
  (`textDocument/hover` on a document that is not open), round trip.
- cold start: process start to the `initialize` reply, median of 30.
- the server's peak resident memory (VmHWM) after each session.

    swift build -c release && python3 Benchmarks/lsp/run.py .build/release/vramlint

Results: results.{json,md} beside this file. Targets (issue 4): p99 under 1 ms on the small
file, under 50 ms on the large one, cold start under 50 ms.
"""
import json
import os
import random
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "Benchmarks/speed"))
from run import ENGINES, GPUS, MODELS  # noqa: E402  (the speed benchmark's catalogs)

EDITS = 1000


class Server:
    """`vramlint lsp` on pipes, with Content-Length framing done here on raw bytes."""

    def __init__(self, binary, cwd):
        self.process = subprocess.Popen(
            [binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, cwd=cwd, bufsize=0)
        self.buffer = b""
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message, separators=(",", ":")).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def receive(self):
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = next(int(line.split(b":")[1]) for line in self.buffer[:end].split(b"\r\n")
                              if line.lower().startswith(b"content-length"))
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    return json.loads(body)
            chunk = os.read(self.process.stdout.fileno(), 1 << 20)
            if not chunk:
                raise EOFError("the server closed its output")
            self.buffer += chunk

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == request_id and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for_output(self):
        """Returns when the server has written something: its reply is computed."""
        if not self.buffer:
            select.select([self.process.stdout.fileno()], [], [])

    def diagnostics_of(self, version):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and \
                    message["params"].get("version") == version:
                return message["params"]["diagnostics"]

    def peak_memory_kib(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return None

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=10)


def deployment(rng, index):
    tensor = rng.choice([1, 1, 1, 2, 4])
    return [
        f"# deployment {index}",
        f"model: {rng.choice(MODELS)}",
        f"engine: {rng.choice(ENGINES)}",
        f"gpu: {rng.choice(GPUS)}",
        f"parallel: {{tensor: {tensor}}}",
        f"batch: {rng.choice([1, 4, 16, 64])}",
        f"seq_len: {rng.choice(['4K', '8K', '16K', '32K'])}",
    ]


def multi_document(lines_wanted, seed=11):
    """Deployments of 7 lines and a `---` each, cut to exactly `lines_wanted` lines."""
    rng = random.Random(seed)
    lines = []
    index = 0
    while len(lines) < lines_wanted:
        if lines:
            lines.append("---")
        lines.extend(deployment(rng, index))
        index += 1
    lines = lines[:lines_wanted]
    while lines[-1] == "---" or lines[-1].startswith("# "):
        lines.pop()  # no empty document at the end
    return lines + ["# end"] * (lines_wanted - len(lines))


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def session(binary, work, name, lines):
    """Opens the file and edits the batch value of its middle deployment EDITS times."""
    path = work / f"{name}.yaml"
    text = "\n".join(lines) + "\n"
    path.write_text(text)
    uri = path.as_uri()
    server = Server(binary, work)
    server.request("initialize", {"processId": os.getpid(), "rootUri": work.as_uri(),
                                  "capabilities": {}})
    server.notify("initialized", {})
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    opened = server.diagnostics_of(1)
    batch_lines = [i for i, line in enumerate(lines) if line.startswith("batch: ")]
    line = batch_lines[len(batch_lines) // 2]
    old = lines[line][len("batch: "):]

    floor = []
    for _ in range(200):
        start = time.perf_counter()
        server.request("textDocument/hover", {"textDocument": {"uri": uri + ".closed"},
                                               "position": {"line": 0, "character": 0}})
        floor.append(time.perf_counter() - start)

    latencies = []
    first_bytes = []
    counts = set()
    for edit in range(EDITS):
        new = str(1 + edit % 200)
        version = edit + 2
        change = {"range": {"start": {"line": line, "character": 7},
                            "end": {"line": line, "character": 7 + len(old)}}, "text": new}
        start = time.perf_counter()
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
        server.wait_for_output()
        first_bytes.append(time.perf_counter() - start)
        diagnostics = server.diagnostics_of(version)
        latencies.append(time.perf_counter() - start)
        counts.add(len(diagnostics))
        old = new
    peak = server.peak_memory_kib()
    server.close()
    ms = [x * 1000 for x in latencies]
    server_ms = [x * 1000 for x in first_bytes]
    floor_ms = [x * 1000 for x in floor]
    return {
        "file": name, "lines": len(lines), "bytes": len(text.encode()),
        "deployments": sum(1 for x in lines if x.startswith("model: ")),
        "edits": EDITS, "diagnostics_on_open": len(opened),
        "diagnostics_per_edit": sorted(counts),
        "server_p50_ms": round(percentile(server_ms, 50), 3),
        "server_p99_ms": round(percentile(server_ms, 99), 3),
        "server_max_ms": round(max(server_ms), 3),
        "p50_ms": round(percentile(ms, 50), 3), "p99_ms": round(percentile(ms, 99), 3),
        "max_ms": round(max(ms), 3),
        "floor_p50_ms": round(percentile(floor_ms, 50), 3),
        "floor_p99_ms": round(percentile(floor_ms, 99), 3),
        "server_p50_over_floor": round(percentile(server_ms, 50) / percentile(floor_ms, 50), 1),
        "peak_rss_mib": round(peak / 1024, 1) if peak else None,
    }


def cold_start(binary, work, runs=30):
    times = []
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                       "params": {"processId": None, "rootUri": None, "capabilities": {}}}).encode()
    frame = b"Content-Length: %d\r\n\r\n" % len(body) + body
    for _ in range(runs):
        start = time.perf_counter()
        server = Server(binary, work)
        server.process.stdin.write(frame)
        server.receive()
        times.append(time.perf_counter() - start)
        server.request("shutdown", None)
        server.notify("exit", None)
        server.process.wait(timeout=10)
    return {"runs": runs, "median_ms": round(statistics.median(times) * 1000, 2),
            "min_ms": round(min(times) * 1000, 2), "max_ms": round(max(times) * 1000, 2)}


def check_baseline(binary, work, name, runs=5):
    """`vramlint check` of the same file as a fresh process: what a save hook would cost."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, "check", str(work / f"{name}.yaml")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 2)


def main():
    binary = str(Path(sys.argv[1]).resolve()) if len(sys.argv) > 1 else str(ROOT / ".build/release/vramlint")
    work = Path(tempfile.mkdtemp(prefix="vramlint-lsp-bench-"))
    sessions = [session(binary, work, "small", multi_document(60)),
                session(binary, work, "large", multi_document(10_000))]
    for result in sessions:
        result["check_process_ms"] = check_baseline(binary, work, result["file"])
    cold = cold_start(binary, work)
    targets = {"small_p99_ms": 1.0, "large_p99_ms": 50.0, "cold_start_ms": 50.0}
    met = {
        "small_p99": sessions[0]["server_p99_ms"] < targets["small_p99_ms"],
        "large_p99": sessions[1]["server_p99_ms"] < targets["large_p99_ms"],
        "cold_start": cold["median_ms"] < targets["cold_start_ms"],
    }
    results = {"machine": f"{os.cpu_count()} cores", "sessions": sessions, "cold_start": cold,
               "targets": targets, "met": met}
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")

    rows = "\n".join(
        f"| {s['file']} | {s['lines']:,} | {s['deployments']:,} | {s['diagnostics_on_open']} | "
        f"{s['server_p50_ms']} | {s['server_p99_ms']} | {s['server_max_ms']} | "
        f"{s['p50_ms']} | {s['p99_ms']} | {s['floor_p50_ms']} | {s['server_p50_over_floor']}× | "
        f"{s['check_process_ms']} | {s['peak_rss_mib']} |" for s in sessions)
    verdict = lambda ok: "met" if ok else "**not met**"  # noqa: E731
    (HERE / "results.md").write_text(f"""# Speed: `vramlint lsp`, edit to diagnostics

Generated by `Benchmarks/lsp/run.py` on one machine ({results['machine']}), release build.
{EDITS:,} incremental edits per file (the batch value of the middle deployment, so every
edit changes an estimate). Each is timed from writing `didChange` to the first byte of the
`publishDiagnostics` reply (*server*: the server writes a reply in one piece once it is
computed, so this is server time plus one pipe hop) and to the reply read and parsed by
this Python client (*client*). The floor is a request the server answers without work
(hover on a document that is not open), round trip, in the same session. *check* is
`vramlint check FILE` as a fresh process on the same file, best of 5.

| file | lines | deployments | diagnostics | server p50 ms | server p99 ms | server max ms | client p50 ms | client p99 ms | floor p50 ms | server p50 ÷ floor | check ms | peak RSS MiB |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
{rows}

Cold start to the `initialize` reply: median {cold['median_ms']} ms of {cold['runs']} runs
(min {cold['min_ms']}, max {cold['max_ms']}).

| target | value | verdict |
|---|---|---|
| p99 < 1 ms server time, 60-line file | {sessions[0]['server_p99_ms']} ms | {verdict(met['small_p99'])} |
| p99 < 50 ms server time, 10,000-line file | {sessions[1]['server_p99_ms']} ms | {verdict(met['large_p99'])} |
| cold start < 50 ms | {cold['median_ms']} ms | {verdict(met['cold_start'])} |
""")
    print((HERE / "results.md").read_text())


if __name__ == "__main__":
    main()
