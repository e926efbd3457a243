#!/usr/bin/env python3
"""Hostile input to `vramlint lsp` (release build), all in one session of one process, each
followed by a probe request (a hover the server answers without work) that must be
answered; then ordinary requests, `shutdown` and `exit`, which must end with status 0.

| item | what is sent | expected |
|---|---|---|
| oversized-body | a 70 MiB body, over the frame limit (`FrameReader.maxBodyBytes`) | skipped; answered with an error, id null, -32700 or -32600, and a `window/showMessage` of type 1 saying a message was dropped |
| no-content-length | a header without Content-Length (empty body) | the same |
| garbage-frame | random bytes (NUL, 0xFF, CR LF) framed with a right length | -32700, id null |
| invalid-utf8 | a request and a didOpen whose JSON strings hold bytes that are not UTF-8 | -32700, id null (the id cannot be read) |
| nul-bytes | a raw NUL in a body; a document whose text holds U+0000 | -32700; the document's diagnostics |
| yaml-max-bytes, -max-depth, -max-nodes, -max-documents | a deployment over each `YAMLLimits` limit (16 MiB; nesting 250 deep; a billion-laughs alias bomb; 20,001 documents) | a diagnostic whose message names the limit |
| deep-json | params nested 100,000 arrays deep | an answer (-32700, id null: Foundation's JSON reader stops at depth 512) |
| deep-json-511 | params nested 511 objects deep (just under that) | -32602; its time is reported |
| huge-numbers | ids, versions, lines and characters of 2^63 − 1, −2^63, 10^30, 1e400 | every request answered; no crash |
| ten-mb-line | a deployment with a 10 MB single line (emoji at both ends), then hover, completion, codeAction, inlayHint, a pull and an edit at its end | every request answered |
| long-non-ascii-line | a BOM and a flow list of 400,000 "é" on one line (0.8 MB) | its diagnostics (positions on a non-ASCII line used to cost the square of its length: hours) |
| costly-edit | 100,000 ranged changes in one didChange to a 1 MB document (about 100 GB of text to move) | a `window/showMessage` of type 1 saying the text was lost, a pull answered -32803; a change with the whole text brings the document back |
| garbage-between-frames | raw bytes outside any frame, then frames | the frames after it are read (the reader finds the next header) |
| no-content-length-with-body | a header without Content-Length followed by a JSON body | the same |
| normal | `examples/does-not-fit.yaml`: its diagnostics, hover, completion, codeAction, pull | as usual |

Memory: VmRSS after `initialize` (the baseline) and VmHWM (peak RSS) at the end. The limits
are read from the Swift sources, so the items follow them.

    swift build -c release && python3 Benchmarks/hostile/run.py .build/release/vramlint

Results: results.{json,md} beside this file; exit status 1 when an expectation fails.
"""
import importlib.util
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
_spec = importlib.util.spec_from_file_location("soak_benchmark", ROOT / "Benchmarks/soak/run.py")
soak = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(soak)  # the soak benchmark: its session over pipes, its loader
Session = soak.Session
frame = soak.load("wire", ROOT / "Tests/Integration/lsp/wire.py").frame  # the tests' framing

MIB = 1 << 20
INT_MAX, INT_MIN = 2**63 - 1, -2**63
# Dropped frames: the server is to answer them (id null) and tell the user.
DROPPED_ANSWER = ("a dropped frame is answered with an error, id null, code -32700 or -32600, and a "
                  "message of type 1 saying a message was dropped (shown once, then logged)")


def source_limits():
    """The limits as the Swift sources set them."""
    def value(path, name):
        text = (ROOT / path).read_text()
        expression = re.search(rf"\b{name}(?:: Int)? = ([0-9_ <]+)", text).group(1).replace("_", "")
        left, _, shift = expression.partition("<<")
        return int(left) << int(shift) if shift else int(left)
    yaml = "Sources/YAMLSource/YAMLNode.swift"
    return {"frame_body_bytes": value("Sources/LanguageServer/JSONRPC/FrameReader.swift", "maxBodyBytes"),
            "yaml_bytes": value(yaml, "maxBytes"), "yaml_depth": value(yaml, "maxDepth"),
            "yaml_nodes": value(yaml, "maxNodes"), "yaml_documents": value(yaml, "maxDocuments")}


def request(request_id, method, params):
    return {"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}


def notification(method, params):
    return {"jsonrpc": "2.0", "method": method, "params": params}


def raw(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def did_open(uri, text, version=1):
    return frame(notification("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": version, "text": text}}))


def at(line, character):
    return {"line": line, "character": character}


class Hostile:
    def __init__(self, binary, include_oversized=True, work=None, heavy=True):
        self.binary = binary
        self.include_oversized = include_oversized
        # The two items that cost seconds of pure computation in a release build (a long
        # line of 400,000 nodes; an edit worth 1 GiB of text): minutes in a debug build under
        # ThreadSanitizer, which runs this session for its threads, not its arithmetic.
        self.heavy = heavy
        self.work = Path(work or tempfile.mkdtemp(prefix="vramlint-hostile-"))
        self.limits = source_limits()
        self.items = []
        self.session = None
        self.desynced = False

    def uri(self, name):
        return (self.work / f"{name}.yaml").as_uri()

    def expect(self, *ids):
        """Ids of requests written raw, so their answers are counted."""
        with self.session.lock:
            for request_id in ids:
                self.session.pending[request_id] = {"method": "raw"}

    def feed(self, name, limit, data, ids=(), then=None, timeout=60):
        """Writes `data`, then a probe; records every message up to the probe's answer.
        Once a probe went unanswered (the server no longer reads frames), waits 2 s a probe."""
        session = self.session
        self.expect(*ids)
        first = len(session.inbox)
        start = time.perf_counter()
        session.write(data)
        extra = then() if then else []
        probe = session.send_request("textDocument/hover", {"textDocument": {"uri": "file:///probe.yaml"},
                                                            "position": at(0, 0)})
        try:
            session.answer(probe, timeout=2 if self.desynced else timeout)
            answered = True
        except (TimeoutError, EOFError):
            answered = False
            self.desynced = True
        seconds = time.perf_counter() - start
        with session.lock:
            received = session.inbox[first:]
        item = {"item": name, "limit": limit, "bytes_sent": len(data), "seconds": round(seconds, 3),
                "probe_answered": answered, "requests": list(ids) + extra,
                "responses": [summary(m) for m in received if m.get("id") != probe]}
        self.items.append(item)
        return item

    def run(self, items=None):
        """One session: initialize, the items (`hostile_items` unless told), the ordinary
        requests, shutdown, exit."""
        self.items, self.desynced = [], False
        self.session = session = Session(self.binary, self.work)
        started = time.perf_counter()
        session.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
        session.notify("initialized", {})
        baseline = session.memory_kib("VmRSS")
        (items or self.hostile_items)()
        example = (ROOT / "examples/does-not-fit.yaml").read_text()
        uri = self.uri("does-not-fit")
        self.feed("normal", "none", did_open(uri, example), then=lambda: self.normal_requests(uri))

        peak = session.memory_kib("VmHWM")
        final = session.memory_kib("VmRSS")
        try:
            shutdown = session.request("shutdown", None, timeout=2 if self.desynced else 60)
        except (TimeoutError, EOFError) as error:
            shutdown = {"unanswered": str(error)}
        session.notify("exit", None)
        try:
            session.process.stdin.close()
        except OSError:
            pass
        status = session.process.wait(timeout=60)
        return {
            "limits": self.limits, "items": self.items, "shutdown": summary(shutdown), "exit_status": status,
            "seconds": round(time.perf_counter() - started, 2),
            "rss_kib": {"baseline_after_initialize": baseline, "final": final, "peak": peak},
            "unanswered": [i for i in session.unanswered()],
            "answered_twice": [i for i, a in session.answers.items() if len(a) > 1 and i is not None],
        }

    def hostile_items(self):
        limits = self.limits
        if self.include_oversized:
            size = limits["frame_body_bytes"] + 6 * MIB
            head = json.dumps(request("oversized", "textDocument/hover", {"pad": ""}))[:-3].encode()
            body = head + b"x" * (size - len(head) - 3) + b'"}}'
            self.feed("oversized-body", f"frame body {limits['frame_body_bytes']} bytes",
                      raw(body), ids=["oversized"])
        self.feed("no-content-length", "Content-Length required",
                  b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n")
        rng = random.Random(7)
        garbage = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\xff\r\n\r\n\x00"
        self.feed("garbage-frame", "JSON", raw(garbage))
        self.feed("invalid-utf8", "UTF-8",
                  raw(b'{"jsonrpc":"2.0","id":"bad-utf8","method":"textDocument/hover\xff\xfe","params":{}}')
                  + raw(b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"'
                        + self.uri("bad-utf8").encode() + b'","languageId":"yaml","version":1,'
                        b'"text":"model: llama-3.1-8b\\n# \xc3\x28 \xed\xa0\x80 \xff\\n"}}}'),
                  ids=["bad-utf8"])
        self.feed("nul-bytes", "NUL",
                  raw(b'{"jsonrpc":"2.0",\x00"id":"nul","method":"textDocument/hover","params":{}}')
                  + did_open(self.uri("nul"), "model: llama-3.1-8b\ngpu: H100-80GB\nbatch: 4\x00\n# \x00\x00\n"),
                  ids=["nul"])

        deployment = "model: llama-3.1-8b\ngpu: H100-80GB\n"
        self.feed("yaml-max-bytes", f"YAML file {limits['yaml_bytes']} bytes",
                  did_open(self.uri("max-bytes"), deployment + "#" * (limits["yaml_bytes"] + 1) + "\n"))
        depth = limits["yaml_depth"] + 50
        self.feed("yaml-max-depth", f"YAML nesting {limits['yaml_depth']}",
                  did_open(self.uri("max-depth"), deployment + "nested: " + "[" * depth + "]" * depth + "\n"))
        laughs = deployment + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
            f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10))
        self.feed("yaml-max-nodes", f"YAML nodes after aliases {limits['yaml_nodes']}",
                  did_open(self.uri("max-nodes"), laughs))
        self.feed("yaml-max-documents", f"YAML documents {limits['yaml_documents']}",
                  did_open(self.uri("max-documents"), deployment + "---\n{}\n" * (limits["yaml_documents"] + 1)))

        deep = 100_000
        self.feed("deep-json", "JSON nesting (Foundation: 512)",
                  raw(b'{"jsonrpc":"2.0","id":"deep-json","method":"textDocument/hover","params":'
                      + b"[" * deep + b"]" * deep + b"}"), ids=["deep-json"])
        self.feed("deep-json-511", "JSON nesting (Foundation: 512)",
                  raw(b'{"jsonrpc":"2.0","id":"deep-json-511","method":"textDocument/hover","params":'
                      + b'{"a":' * 511 + b"1" + b"}" * 511 + b"}"), ids=["deep-json-511"])

        self.feed("huge-numbers", "64-bit integers", self.huge_numbers(), ids=list(self.huge_ids))

        line = "😀" + "x" * (10 * 1000 * 1000) + "漢"
        uri = self.uri("ten-mb-line")
        self.feed("ten-mb-line", "none (10 MB on one line)",
                  did_open(uri, deployment + "note: " + line + "\nbatch: 8\n"),
                  then=lambda: self.ten_mb_requests(uri, 2, len("note: ") + utf16(line)))

        if self.heavy:
            items = ",".join(["é"] * 400_000)
            self.feed("long-non-ascii-line", "none (0.8 MB of non-ASCII on one line)",
                      did_open(self.uri("long-non-ascii-line"), "\ufeff" + deployment + "x: [" + items + "]\n"))
            self.feed("costly-edit", "didChange work (OpenDocument.maxChangeWork)",
                      *self.costly_edit(deployment))

    def costly_edit(self, deployment):
        """A 1 MB document, then one didChange of 100,000 insertions at its start; then a pull
        (to be refused), a change with the whole text, and a pull (to be answered)."""
        uri = self.uri("costly-edit")
        padding = ("# " + "x" * 97 + "\n") * 10_000
        insert = {"range": {"start": at(0, 0), "end": at(0, 0)}, "text": "#"}
        data = b"".join([
            did_open(uri, deployment + "batch: 999999\n" + padding),
            frame(notification("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                          "contentChanges": [insert] * 100_000})),
            frame(request("costly-lost", "textDocument/diagnostic", {"textDocument": {"uri": uri}})),
            frame(notification("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                                          "contentChanges": [{"text": deployment + "batch: 999999\n"}]})),
            frame(request("costly-back", "textDocument/diagnostic", {"textDocument": {"uri": uri}})),
        ])
        return data, ["costly-lost", "costly-back"]

    def framing_items(self):
        """Bytes outside any frame, then frames: what follows must still be read. In a
        session of their own: a reader that loses the frames after them loses the rest."""
        self.feed("garbage-between-frames", "framing",
                  b"\x00\xff garbage outside any frame \x1b[31m{\"jsonrpc\": \"2.0\"}", timeout=5)
        self.feed("no-content-length-with-body", "framing",
                  b"Content-Type: application/vscode-jsonrpc\r\n\r\n" + json.dumps(request(
                      "no-length", "textDocument/hover", {"textDocument": {"uri": "file:///probe.yaml"},
                                                          "position": at(0, 0)})).encode(), timeout=5)

    huge_ids = ["huge-1", INT_MAX, INT_MIN, "huge-2", "huge-3", "huge-4", "huge-5", "huge-6"]

    def huge_numbers(self):
        uri = self.uri("huge")
        big = {"start": at(INT_MAX, INT_MIN), "end": at(INT_MAX, INT_MAX)}
        return b"".join([
            did_open(uri, "model: llama-3.1-8b\ngpu: RTX-4090\nbatch: 99999999999999999999999\n", INT_MAX - 1),
            frame(notification("textDocument/didChange", {"textDocument": {"uri": uri, "version": INT_MAX},
                                                          "contentChanges": [{"range": big, "text": "😀"}]})),
            frame(notification("textDocument/didChange", {"textDocument": {"uri": uri, "version": 10**30},
                                                          "contentChanges": [{"text": "model: x\n"}]})),
            frame(request("huge-1", "textDocument/hover", {"textDocument": {"uri": uri}, "position": at(INT_MAX, INT_MAX)})),
            frame(request(INT_MAX, "textDocument/hover", {"textDocument": {"uri": uri}, "position": at(INT_MIN, INT_MIN)})),
            frame(request(INT_MIN, "textDocument/completion", {"textDocument": {"uri": uri}, "position": at(2, 2**53)})),
            frame(request("huge-2", "textDocument/inlayHint", {"textDocument": {"uri": uri}, "range": big})),
            frame(request("huge-3", "textDocument/codeAction", {"textDocument": {"uri": uri}, "range": big, "context": {
                "diagnostics": [{"range": big, "message": "m", "source": "vramlint", "code": "does-not-fit",
                                 "data": {"rule": "does-not-fit", "offset": INT_MAX}}]}})),
            frame(request("huge-4", "textDocument/hover", {"textDocument": {"uri": uri}, "position": at(10**30, 1)})),
            frame(request("huge-5", "textDocument/hover", {"textDocument": {"uri": uri}, "position": at(1e308, -1e308)})),
            frame(request("huge-6", "textDocument/diagnostic", {"textDocument": {"uri": uri}})),
            raw(b'{"jsonrpc":"2.0","id":1e400,"method":"textDocument/hover","params":{}}'),
        ])

    def ten_mb_requests(self, uri, line, end):
        session, document = self.session, {"uri": uri}
        ids = [session.send_request("textDocument/hover", {"textDocument": document, "position": at(line, end)}),
               session.send_request("textDocument/completion", {"textDocument": document, "position": at(line, end)}),
               session.send_request("textDocument/codeAction", {"textDocument": document, "range": {
                   "start": at(line, 0), "end": at(line, end)}, "context": {"diagnostics": []}}),
               session.send_request("textDocument/inlayHint", {"textDocument": document, "range": {
                   "start": at(0, 0), "end": at(line + 2, 0)}})]
        session.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": at(line, end - 1), "end": at(line, end)}, "text": "字😀"}]})
        ids.append(session.send_request("textDocument/diagnostic", {"textDocument": document}))
        return ids

    def normal_requests(self, uri):
        session, document = self.session, {"uri": uri}
        return [session.send_request("textDocument/hover", {"textDocument": document, "position": at(2, 10)}),
                session.send_request("textDocument/completion", {"textDocument": document, "position": at(4, 5)}),
                session.send_request("textDocument/codeAction", {"textDocument": document, "range": {
                    "start": at(2, 0), "end": at(2, 10)}, "context": {"diagnostics": []}}),
                session.send_request("textDocument/diagnostic", {"textDocument": document})]


def utf16(text):
    return len(text.encode("utf-16-le")) // 2


def summary(message):
    """A message as the results keep it: short, and what the checks need."""
    if "unanswered" in message:
        return message
    if message.get("method") == "textDocument/publishDiagnostics":
        diagnostics = message["params"]["diagnostics"]
        return {"publish": message["params"]["uri"].rsplit("/", 1)[-1], "version": message["params"].get("version"),
                "count": len(diagnostics), "codes": sorted({d["code"] for d in diagnostics}),
                "messages": sorted({d["message"] for d in diagnostics})[:6]}
    if message.get("method"):
        return {"notification": message["method"], "params": json.dumps(message.get("params"))[:300]}
    if "error" in message:
        return {"id": message.get("id"), "error": message["error"]["code"], "message": message["error"]["message"][:200]}
    result = message.get("result")
    kept = {"id": message.get("id"), "result": json.dumps(result, ensure_ascii=False)[:200]}
    if isinstance(result, dict) and isinstance(result.get("items"), list):  # a diagnostic pull
        kept["codes"] = sorted({d.get("code") for d in result["items"] if isinstance(d, dict)} - {None})
    return kept


def expectations(result, label="hostile"):
    """(session, item, passed, what was expected) for every expectation of one session."""
    items = {item["item"]: item for item in result["items"]}
    limits = result["limits"]
    checks = []

    def check(name, passed, text):
        checks.append((label, name, bool(passed), text))

    def responses(name):
        return items[name]["responses"] if name in items else None

    for item in result["items"]:
        check(item["item"], item["probe_answered"], "the probe request after it is answered")
    for name in ("oversized-body", "no-content-length"):
        if name in items:
            check(name, any(r.get("id", 0) is None and r.get("error") in (-32700, -32600) for r in responses(name))
                  and any(r.get("notification") in ("window/showMessage", "window/logMessage")
                          and '"type": 1' in r["params"] and "drop" in r["params"].lower()
                          for r in responses(name)), DROPPED_ANSWER)
    # The user is told once per session (a pop-up per dropped frame would be spam); later
    # drops go to the log.
    dropped = [r for name in ("oversized-body", "no-content-length") for r in (responses(name) or [])]
    if dropped:
        check("dropped-frames", any(r.get("notification") == "window/showMessage" for r in dropped),
              "the first dropped frame is shown to the user (window/showMessage)")
    if "oversized-body" in items:
        check("oversized-body", not any(r.get("id") == "oversized" for r in responses("oversized-body")),
              "the oversized request itself is not answered (it was never read)")
    if "garbage-frame" in items:
        check("garbage-frame", any(r.get("error") == -32700 and r.get("id", 0) is None
                                   for r in responses("garbage-frame")), "-32700 with id null")
    for name, limit in (("yaml-max-bytes", limits["yaml_bytes"]), ("yaml-max-depth", limits["yaml_depth"]),
                        ("yaml-max-nodes", limits["yaml_nodes"]), ("yaml-max-documents", limits["yaml_documents"])):
        if name in items:
            messages = [m for r in responses(name) if "publish" in r for m in r["messages"]]
            check(name, any(str(limit) in m for m in messages), f"a published diagnostic names the limit {limit}")
    if "long-non-ascii-line" in items:
        check("long-non-ascii-line", any(r.get("publish") == "long-non-ascii-line.yaml"
                                         for r in responses("long-non-ascii-line")),
              "the 0.8 MB non-ASCII line gets its diagnostics")
    if "costly-edit" in items:
        answers = {r.get("id"): r for r in responses("costly-edit")}
        check("costly-edit", any(r.get("notification") == "window/showMessage" and '"type": 1' in r["params"]
                                 and "lost track" in r["params"] for r in responses("costly-edit")),
              "the user is told the document's text was lost (window/showMessage, type 1)")
        check("costly-edit", answers.get("costly-lost", {}).get("error") == -32803,
              "a pull for the lost document is refused (-32803)")
        check("costly-edit", "does-not-fit" in answers.get("costly-back", {}).get("codes", []),
              "after a change with the whole text, the pull answers with its diagnostics")
    if "nul-bytes" in items:
        check("nul-bytes", any(r.get("publish") == "nul.yaml" and r["count"] for r in responses("nul-bytes")),
              "the document with NUL characters gets diagnostics")
    for name in ("deep-json", "deep-json-511"):
        if name in items:
            check(name, any(r.get("id") == name or (r.get("id", 0) is None and r.get("error") == -32700)
                            for r in responses(name)),
                  "the request is answered (or -32700 with id null when its id cannot be read)")
    normal = responses("normal")
    check("normal", any(r.get("publish") == "does-not-fit.yaml" and "does-not-fit" in r["codes"] for r in normal),
          "examples/does-not-fit.yaml gets its does-not-fit diagnostic")
    check("normal", sum(1 for r in normal if "result" in r and r["result"] not in ("null", "[]")) == 4,
          "hover, completion, codeAction and the pull answer with content")
    readable = [i for i in result["unanswered"] if i not in ("oversized", "bad-utf8", "nul", "deep-json", "no-length")]
    check("session", not readable, f"every request with a readable id is answered (unanswered: {readable})")
    check("session", not result["answered_twice"], f"no request answered twice ({result['answered_twice']})")
    check("session", result["shutdown"].get("result") == "null", "shutdown answers null")
    check("session", result["exit_status"] == 0, f"exit status 0 after shutdown and exit (got {result['exit_status']})")
    return checks


def run_all(binary, include_oversized=True, heavy=True):
    """The hostile session, the framing session, the version overflow; and every check."""
    hostile = Hostile(binary, include_oversized, heavy=heavy)
    results = {"hostile": hostile.run(), "framing": hostile.run(hostile.framing_items),
               "version_overflow": version_overflow(binary)}
    checks = expectations(results["hostile"]) + expectations(results["framing"], "framing")
    checks.append(("version-overflow", "version-overflow", results["version_overflow"]["probe_answered"],
                   "a change without a version to a document at version 2^63 − 1 does not end the server"))
    return results, checks


def version_overflow(binary):
    """A document opened at version 2^63 − 1, then a change without a version: the server
    counts the version on by one. Returns the exit status and whether the probe was answered."""
    session = Session(binary, tempfile.gettempdir())
    session.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    uri = "file:///tmp/vramlint-overflow.yaml"
    session.write(did_open(uri, "model: llama-3.1-8b\n", INT_MAX) + frame(notification(
        "textDocument/didChange", {"textDocument": {"uri": uri, "version": None}, "contentChanges": [{"text": "model: x\n"}]})))
    try:
        session.request("textDocument/diagnostic", {"textDocument": {"uri": uri}}, timeout=30)
        answered = True
        status = session.close()
    except (TimeoutError, EOFError):
        answered = False
        status = session.process.wait(timeout=30)
    return {"probe_answered": answered, "exit_status": status}


def write_results(results, checks):
    (HERE / "results.json").write_text(json.dumps(dict(results, expectations=[
        {"session": s, "item": n, "passed": p, "expected": t} for s, n, p, t in checks]),
        indent=2, ensure_ascii=False) + "\n")
    mib = lambda kib: round(kib / 1024, 1) if kib else None  # noqa: E731

    def rows(result):
        return "\n".join(
            f"| {i['item']} | {i['limit']} | {i['bytes_sent']:,} | {i['seconds']} | "
            f"{'yes' if i['probe_answered'] else '**no**'} | "
            + "<br>".join(json.dumps(r, ensure_ascii=False).replace("|", "\\|")[:240] for r in i["responses"][:6])
            + (f"<br>… {len(i['responses']) - 6} more" if len(i["responses"]) > 6 else "") + " |"
            for i in result["items"])
    hostile, framing, overflow = results["hostile"], results["framing"], results["version_overflow"]
    rss = hostile["rss_kib"]
    header = "| item | limit | bytes sent | seconds | probe answered | what came back (before the probe's answer) |\n" \
             "|---|---|---|---|---|---|"
    verdicts = "\n".join(f"| {s} | {n} | {'passed' if p else '**failed**'} | {t} |" for s, n, p, t in checks)
    (HERE / "results.md").write_text(f"""# Hostile input: `vramlint lsp`

Generated by `Benchmarks/hostile/run.py` on {os.cpu_count()} cores, release build. Each item is
followed by a probe (a hover the server answers without work); *seconds* is from writing the
item to the probe's answer. Limits as the sources set them:
{', '.join(f'{k} = {v:,}' for k, v in hostile['limits'].items())}.

## The hostile session ({hostile['seconds']} s, one process)

{header}
{rows(hostile)}

shutdown: `{json.dumps(hostile['shutdown'])}`; exit status {hostile['exit_status']}.

Memory: RSS after `initialize` **{mib(rss['baseline_after_initialize'])} MiB**; peak (VmHWM) over the
session **{mib(rss['peak'])} MiB**; RSS at the end {mib(rss['final'])} MiB.

## Bytes outside any frame ({framing['seconds']} s, a second process)

In their own session: a reader that loses the frames after them loses the rest of a session.

{header}
{rows(framing)}

shutdown: `{json.dumps(framing['shutdown'])}`; exit status {framing['exit_status']}.

## A version at 2^63 − 1 (a third process)

A document opened at version 9223372036854775807, then a `didChange` without a version:
{'the server answered the next request' if overflow['probe_answered'] else '**the server died**'}
(exit status {overflow['exit_status']}).

## Verdicts

| session | item | verdict | expected |
|---|---|---|---|
{verdicts}
""")


def main():
    binary = str(Path(sys.argv[1]).resolve()) if len(sys.argv) > 1 else os.environ.get(
        "VRAMLINT", str(ROOT / ".build/release/vramlint"))
    results, checks = run_all(binary)
    write_results(results, checks)
    print((HERE / "results.md").read_text())
    sys.exit(0 if all(p for _, _, p, _ in checks) else 1)


if __name__ == "__main__":
    main()
