#!/usr/bin/env python3
"""Soak test of `vramlint lsp` (release build): one server process, N documents opened,
edited and closed at random for thousands of operations, then every open document's
diagnostics compared with `vramlint check` of its final text.

- operations (seeded RNG; the seed is printed and `--seed` repeats a run): incremental
  `didChange` edits (insert, delete, replace; ASCII, emoji, CJK, combining marks, ZWJ
  sequences, tabs, CR, CRLF, NUL; positions in UTF-16 code units, some past the end of a
  line or with the range reversed), value edits that keep a deployment a deployment,
  full-text replacements, stale versions (a `didChange` whose version is lower than the
  last: the server drops it, `LanguageServer.swift` "Versions only grow", and so does the
  model here), a change that repeats the last version (applied), changes to closed
  documents (ignored), closes, re-opens (versions restarting or going on), an open of a
  document already open (replaces it), and hover / codeAction / completion / diagnostic /
  inlayHint requests, some cancelled with `$/cancelRequest` before they are sent, right
  after, or after their answer.
- invariants checked while it runs: every request gets exactly one answer (a result, or
  -32800 when it was cancelled; a request cancelled before it was sent must get -32800);
  no other error; every `publishDiagnostics` carries a version the document had; a pulled
  report equals the last pushed one of the same document.
- checkpoints (`--checkpoints`) and the end: every open document is pulled
  (`textDocument/diagnostic`), its last `publishDiagnostics` must carry its last version and
  the same diagnostics, and both must equal `vramlint check --format json` of the text
  written to the document's own path (rule, severity, range, message, related ranges and
  messages; the report's 1-based code-point columns converted to LSP's 0-based UTF-16
  characters). A text the server does not treat as a deployment (`DeploymentSniffer`:
  no `model:` key and no marker word) must have no diagnostics.
- memory (VmRSS, /proc): the baseline after every document was opened once; a sample every
  1,000 operations; the final figure after all documents are closed; the peak (VmHWM).
  The final RSS may exceed the baseline by at most max(20 MiB, 25 %). What legitimately
  stays after every document is closed: the linter's estimate memo (`EstimateMemo`, up to
  20,000 distinct deployments, then emptied; 45,000 distinct batch values through one
  document add about 5 MiB), and freed heap that glibc keeps in its arenas. A leak of even
  a few hundred bytes per operation passes 20 MiB before 100,000 operations, and
  shows in the samples' slope, which is reported too.

Also generated: U+0085, U+2028, U+2029 and U+FEFF, which YAML (libyaml) reads as line
breaks or a byte-order mark while LSP 3.17 counts only CR, LF and CRLF as breaks and every
character as a column. The first soak found the server counting lines as libyaml does; it
now uses LSP's lines and translates libyaml's marks (`LineIndex`).

    swift build -c release && python3 Benchmarks/soak/run.py .build/release/vramlint [--seed S]

Results: results.{json,md} beside this file (`--no-write` leaves them alone).
"""
import argparse
import bisect
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def load(name, path):
    """A benchmark script as a module (every benchmark's script is called run.py)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lsp_benchmark = load("lsp_benchmark", ROOT / "Benchmarks/lsp/run.py")

OPERATIONS = 20_000
DOCUMENTS = 40
TOLERANCE_MIB = 20
TOLERANCE_FRACTION = 0.25
REQUEST_CANCELLED = -32800


# MARK: the server over its pipes


class Session(lsp_benchmark.Server):
    """The latency benchmark's `Server` with a thread that reads every message as it comes,
    so that requests can be pipelined and nothing the server writes blocks it. Keeps each
    request's answers (to count them), the last `publishDiagnostics` of every document, and
    every message in arrival order."""

    def __init__(self, binary, cwd):
        super().__init__(binary, cwd)
        self.lock = threading.Condition()
        self.inbox = []
        self.answers = {}        # id → [answer, …]
        self.pending = {}        # id → what to check the answer against (see `check`)
        self.latest = {}         # uri → params of its last publishDiagnostics
        self.published = 0
        self.problems = []       # what went wrong, as sentences
        self.closed = None       # why reading stopped
        self.check = None        # called by the reader: check(message, pending, latest)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            while True:
                message = self.receive()
                with self.lock:
                    self._note(message)
                    self.lock.notify_all()
        except Exception as error:  # EOF, or output that is not a frame of JSON
            with self.lock:
                self.closed = f"{type(error).__name__}: {error}"
                self.lock.notify_all()

    def _note(self, message):
        self.inbox.append(message)
        if message.get("method") == "textDocument/publishDiagnostics":
            self.published += 1
            self.latest[message["params"]["uri"]] = message["params"]
            self._check(message, None)
        elif "id" in message and "method" not in message:
            request_id = message["id"]
            self.answers.setdefault(request_id, []).append(message)
            if len(self.answers[request_id]) > 1:
                self.problems.append(f"request {request_id} answered {len(self.answers[request_id])} times")
            if request_id in self.pending:
                self._check(message, self.pending[request_id])
            elif request_id is not None:  # id null: the answer to a message it could not read
                self.problems.append(f"an answer to no request of ours: {json.dumps(message)[:300]}")

    def _check(self, message, pending):
        if self.check:
            try:
                self.check(message, pending, self.latest)
            except Exception as error:
                self.problems.append(f"checking {json.dumps(message)[:300]} failed: {error!r}")

    def send_request(self, method, params, expect=None):
        """Writes a request without waiting; returns its id."""
        with self.lock:
            request_id = self.next_id
            self.next_id += 1
            self.pending[request_id] = {"method": method, **(expect or {})}
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return request_id

    def answer(self, request_id, timeout=60):
        with self.lock:
            if not self.lock.wait_for(lambda: request_id in self.answers or self.closed, timeout):
                raise TimeoutError(f"no answer to request {request_id} in {timeout} s")
            if request_id not in self.answers:
                raise EOFError(f"no answer to request {request_id}: {self.closed}")
            return self.answers[request_id][0]

    def request(self, method, params, timeout=60):
        return self.answer(self.send_request(method, params), timeout)

    def unanswered(self):
        with self.lock:
            return [i for i in self.pending if i not in self.answers]

    def drain(self, timeout=120):
        """Waits until every request written so far has its answer."""
        for request_id in self.unanswered():
            self.answer(request_id, timeout)

    def write(self, raw):
        view = memoryview(raw)
        while view:
            view = view[self.process.stdin.write(view):]

    def memory_kib(self, field):
        """VmRSS (now), VmHWM (peak) … of the server, in KiB."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
        return None

    def close(self, timeout=30):
        """shutdown, exit; the exit status."""
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.process.wait(timeout=timeout)


# MARK: text as an LSP client sees it

BREAK = re.compile(r"\r\n|\r|\n")  # LSP 3.17: the only line breaks


def utf16(text):
    return len(text.encode("utf-16-le")) // 2


class Text:
    """A document's text and its lines as LSP splits them (code-point offsets)."""

    def __init__(self, text):
        self.text = text
        self.starts, self.ends = [0], []
        for match in BREAK.finditer(text):
            self.ends.append(match.start())
            self.starts.append(match.end())
        self.ends.append(len(text))

    def line_of(self, offset):
        return bisect.bisect_right(self.starts, offset) - 1

    def position(self, offset):
        line = self.line_of(offset)
        return {"line": line, "character": utf16(self.text[self.starts[line]:offset])}

    def line_text(self, line):
        return self.text[self.starts[line]:self.ends[line]]

    def character(self, line, codepoints):
        """0-based code-point column → UTF-16 column; past the end of the line counts on."""
        if line >= len(self.starts):
            return codepoints
        text = self.line_text(line)
        return utf16(text[:codepoints]) + max(codepoints - len(text), 0)


PIECES = (["model", "gpu", "batch", "seq_len", ":", ": ", " ", "  ", "\n", "\n  ", "- ", "#", " # ",
           "8K", "16", "64", "0", "-1", "H100-80GB", "llama-3.1-8b", "vllm", "bf16", "fp8", "{", "}",
           "[", "]", ",", "'", '"', "&a", "*a", "---\n", "\t", "\r\n", "\r", "é", "ß", "漢字", "日本語",
           "한국어", "😀", "🚀", "👩‍💻", "🇯🇵", "e\u0301", "𝔘𝔫𝔦", "\U0001F9E0", "\u200b", "\ufffd",
           "Ω", "→"] * 3 + ["\u0000", "\x0c", "\x7f"])
LINES = ["batch: 64\n", "batch: 1\n", "seq_len: 32K\n", "seq_len: 128K\n", "gpu: RTX-4090\n",
         "gpu: H100-80GB\n", "model: qwen3-32b\n", "model: llama-3.1-8b\n", "precision: fp8\n",
         "kv_cache: fp8\n", "parallel: {tensor: 2}\n", "engine: sglang\n", "engine: vllm\n",
         "gpus: 4\n", "# 漢字 😀 comment\n", "notes: 'ünïcödé 👩‍💻'\n"]
VALUES = ["1", "2", "16", "64", "512", "4K", "32K", "128K", "-3", "x", "bf16", "fp8", "int4", "H100-80GB",
          "A10", "RTX-4090", "MI300X", "llama-3.1-8b", "meta-llama/Llama-3.1-70B-Instruct", "qwen3-0.6b",
          "😀", "漢字", "{tensor: 4}", "[1, 2]", "~", "null", "'quoted 日本'"]
YAML_ONLY_BREAKS = ["\u0085", "\u2028", "\u2029", "\ufeff"]


def templates():
    """Texts a document starts from: the examples, the real-world fixtures, generated
    deployments and a few multi-document files."""
    files = sorted((ROOT / "examples").rglob("*.yaml")) + sorted((ROOT / "Tests/Fixtures/realworld").rglob("*.yaml"))
    found = [path.read_text() for path in files if path.stat().st_size < 8192]
    rng = random.Random(5)
    found += ["\n".join(lsp_benchmark.deployment(rng, i)) + "\n" for i in range(12)]
    found += ["\n".join(lsp_benchmark.multi_document(lines, seed=lines)) + "\n" for lines in (30, 60, 120)]
    return found


def looks_like_deployment(text):
    """`DeploymentSniffer.looksLikeDeployment`: the server leaves other YAML alone."""
    data = text.encode()
    return re.search(rb"(?<![A-Za-z0-9_.\-])model[ \t]*:", data) is not None or any(
        marker in data for marker in (b"vramlint", b"vllm", b"sglang", b"llama-server", b"llama.cpp",
                                      b"text-generation", b"servingEngineSpec", b"serveConfigV2",
                                      b"llm_configs", b"accelerators"))


class Document:
    def __init__(self, index, work, text):
        self.path = work / f"doc-{index:03d}.yaml"
        self.uri = self.path.as_uri()
        self.text = text
        self.version = 0
        self.open = False
        self.versions = set()  # every version the server applied for this document
        self.spans = 0  # edits of any bytes since its text was last whole


# MARK: the soak


class Soak:
    def __init__(self, binary, seed, documents=DOCUMENTS, operations=OPERATIONS, checkpoints=4,
                 work=None):
        self.binary = binary
        self.seed = seed
        self.rng = random.Random(seed)
        self.operations = operations
        self.checkpoints = checkpoints
        self.work = Path(work or tempfile.mkdtemp(prefix="vramlint-soak-"))
        self.pieces = PIECES + YAML_ONLY_BREAKS * 3
        self.templates = templates()
        self.documents = [Document(i, self.work, self.rng.choice(self.templates)) for i in range(documents)]
        self.by_uri = {d.uri: d for d in self.documents}
        self.counts = {}
        self.counting = threading.Lock()  # the reader thread counts answers too
        self.mismatches = []
        self.compared = 0
        self.rules = {}  # rule → diagnostics compared
        self.deployments = 0  # documents compared that the server lints as deployments
        self.session = None
        self.spanned = 0  # span edits made by the last calls of `edit`

    def count(self, what):
        with self.counting:
            self.counts[what] = self.counts.get(what, 0) + 1

    # The reader thread's checks of each answer and publication.

    def check(self, message, pending, latest):
        problems = self.session.problems
        if pending is None:  # a publication
            params = message["params"]
            document = self.by_uri.get(params["uri"])
            if document is None:
                problems.append(f"diagnostics for a document never opened: {params['uri']}")
            elif "version" in params and params["version"] not in document.versions:
                problems.append(f"{params['uri']}: diagnostics of version {params['version']}, never applied")
            return
        error = message.get("error")
        if error:
            if error.get("code") == REQUEST_CANCELLED and pending.get("cancel"):
                self.count(f"cancel {pending['cancel']}: answered -32800")
                return
            problems.append(f"{pending['method']} (request {message['id']}): error {error}")
            return
        if pending.get("cancel"):
            self.count(f"cancel {pending['cancel']}: answered with its result")
            if pending["cancel"] == "before":
                problems.append(f"request {message['id']}, cancelled before it was sent, got a result")
        if pending["method"] == "textDocument/diagnostic":
            items = message["result"].get("items")
            expected = latest.get(pending["uri"], {}).get("diagnostics") if pending["open"] else []
            if items != expected:
                problems.append(f"{pending['uri']}: the pulled report (request {message['id']}) is not the "
                                f"last one pushed: {len(items)} vs {len(expected)} diagnostics")

    # Edits.

    def position_in(self, text, rng):
        """A random (offset, LSP position) of `text`: a line, then a code point of it;
        sometimes a character past the end of the line (the server clamps it)."""
        line = rng.randrange(len(text.starts))
        start, end = text.starts[line], text.ends[line]
        offset = rng.randint(start, end)
        position = {"line": line, "character": utf16(text.text[start:offset])}
        if offset == end and rng.random() < 0.2:
            position["character"] += rng.randint(1, 50)
        return offset, position

    def inserted(self, rng):
        if rng.random() < 0.25:
            return rng.choice(LINES)
        return "".join(rng.choice(self.pieces) for _ in range(rng.choice([1, 1, 2, 3, 6])))

    def replaced(self, text, lines, start, end, new, kind):
        """The change that replaces code points start..<end of `text` by `new`."""
        self.count(f"edit: {kind}")
        return ({"range": {"start": lines.position(start), "end": lines.position(end)}, "text": new},
                text[:start] + new + text[end:])

    def edit(self, text):
        """One incremental change of `text` (a string): (the change, the text after it).
        Most keep a deployment readable YAML, as a person's edits mostly do (a value, a
        comment, a whole line), so that its diagnostics stay those of a deployment; the
        rest are spans of anything."""
        rng = self.rng
        lines = Text(text)
        line = rng.randrange(len(lines.starts))
        line_text = lines.line_text(line)
        kind = rng.choices(["value", "comment", "add line", "remove line", "span"], [35, 15, 12, 10, 28])[0]
        if kind == "value" and ": " in line_text:  # what follows "key: "
            start = lines.starts[line] + line_text.index(": ") + 2
            return self.replaced(text, lines, start, lines.ends[line], rng.choice(VALUES), kind)
        if kind == "comment":  # at the end of a line, after a blank
            comment = " # " + "".join(rng.choice(PIECES[:-3]) for _ in range(3)).replace("\n", "").replace("\r", "")
            return self.replaced(text, lines, lines.ends[line], lines.ends[line], comment, kind)
        if kind == "add line":
            new = rng.choice(LINES)
            return self.replaced(text, lines, lines.starts[line], lines.starts[line],
                                 new.replace("\n", "\r\n") if rng.random() < 0.1 else new, kind)
        if kind == "remove line" and line + 1 < len(lines.starts):
            return self.replaced(text, lines, lines.starts[line], lines.starts[line + 1], "", kind)
        start, start_position = self.position_in(lines, rng)
        kind = rng.choice(["insert", "insert", "delete", "replace", "replace"])
        if kind == "insert":
            end, end_position = start, start_position
        else:
            # Mostly within the line, sometimes over a few lines.
            if rng.random() < 0.8:
                end = min(start + rng.randint(1, 12), lines.ends[lines.line_of(start)])
            else:
                end = min(start + rng.randint(1, 200), len(text))
            end_position = lines.position(end)
        new = "" if kind == "delete" else self.inserted(rng)
        if len(text) > 8000 and new:  # keep the documents from growing without bound
            new = ""
        if start != end and rng.random() < 0.03:
            # A reversed range: the server replaces nothing and inserts at `range.start`.
            self.count("edit: reversed range")
            self.spanned += 1
            return ({"range": {"start": end_position, "end": start_position}, "text": new},
                    text[:end] + new + text[end:])
        self.count(f"edit: {kind}")
        self.spanned += 1
        return ({"range": {"start": start_position, "end": end_position}, "text": new},
                text[:start] + new + text[end:])

    def fresh_text(self, document):
        if self.rng.random() < 0.3:  # the same text, shuffled by lines
            lines = document.text.split("\n")
            self.rng.shuffle(lines)
            return "\n".join(lines)
        return self.rng.choice(self.templates)

    # Operations.

    def open(self, document, version=None):
        document.version = version if version is not None else self.rng.choice([1, document.version + 1])
        document.versions.add(document.version)
        document.open = True
        document.spans = 0
        self.session.notify("textDocument/didOpen", {"textDocument": {
            "uri": document.uri, "languageId": "yaml", "version": document.version, "text": document.text}})

    def change(self, document):
        rng = self.rng
        roll = rng.random()
        if not document.open:
            # A change to a closed document: ignored.
            self.count("didChange: closed document")
            change, _ = self.edit(document.text)
            self.session.notify("textDocument/didChange", {
                "textDocument": {"uri": document.uri, "version": document.version + 1}, "contentChanges": [change]})
            return
        if roll < 0.04:
            # Stale: lower than the last version; the server drops it, whatever it says.
            self.count("didChange: stale version")
            change, _ = self.edit(document.text)
            self.session.notify("textDocument/didChange", {
                "textDocument": {"uri": document.uri, "version": document.version - rng.randint(1, 3)},
                "contentChanges": [change, {"text": "stale: true\n"}][:rng.randint(1, 2)]})
            return
        changes = []
        text = document.text
        # Two edits of any bytes since the text was last whole have likely broken the YAML:
        # half the time it is replaced then (an undo), so that most documents stay
        # deployments. Decided from this model alone, so that a seed repeats a run.
        if roll < 0.10 or document.spans >= 2 and rng.random() < 0.5:
            roll = 0.0
            self.count("didChange: full text")
            text = self.fresh_text(document)
            changes.append({"text": text})
            document.spans = 0
        self.spanned = 0
        for _ in range(rng.choice([1, 1, 1, 2, 3, 4]) if roll >= 0.10 or rng.random() < 0.5 else 0):
            change, text = self.edit(text)
            changes.append(change)
        document.spans += self.spanned
        if 0.10 <= roll < 0.12:
            self.count("didChange: same version again")  # applied
        else:
            document.version += rng.choice([1, 1, 1, 2, 7])
        document.versions.add(document.version)
        document.text = text
        self.count("didChange")
        self.session.notify("textDocument/didChange", {
            "textDocument": {"uri": document.uri, "version": document.version}, "contentChanges": changes})

    def request(self, document):
        rng = self.rng
        method = rng.choice(["textDocument/hover", "textDocument/codeAction", "textDocument/completion",
                             "textDocument/diagnostic", "textDocument/diagnostic", "textDocument/inlayHint"])
        lines = Text(document.text)
        _, position = self.position_in(lines, rng)
        params = {"textDocument": {"uri": document.uri}}
        if method in ("textDocument/hover", "textDocument/completion"):
            params["position"] = position
        elif method == "textDocument/codeAction":
            _, end = self.position_in(lines, rng)
            if (end["line"], end["character"]) < (position["line"], position["character"]):
                position, end = end, position
            own = self.session.latest.get(document.uri, {}).get("diagnostics", [])
            params["range"] = {"start": position, "end": end}
            params["context"] = {"diagnostics": own[:3] if rng.random() < 0.5 else []}
            if rng.random() < 0.2:
                params["context"]["only"] = [rng.choice(["quickfix", "source.fixAll.vramlint", "source"])]
        elif method == "textDocument/inlayHint":
            params["range"] = {"start": {"line": 0, "character": 0},
                               "end": {"line": len(lines.starts), "character": 0}}
        mode = rng.choices(["none", "before", "right after", "after the answer"], [50, 8, 27, 15])[0]
        expect = {"uri": document.uri, "open": document.open}
        if mode != "none":
            expect["cancel"] = mode
        self.count(f"request {method.split('/')[-1]}")
        if mode == "before":
            # Noted by the server's reader before the request arrives: always -32800.
            self.session.notify("$/cancelRequest", {"id": self.session.next_id})
        request_id = self.session.send_request(method, params, expect)
        if mode == "right after":
            self.session.notify("$/cancelRequest", {"id": request_id})
        elif mode == "after the answer":
            self.session.answer(request_id)
            self.session.notify("$/cancelRequest", {"id": request_id})

    def operation(self):
        rng = self.rng
        document = rng.choice(self.documents)
        roll = rng.random()
        if roll < 0.55 and not document.open and rng.random() < 0.9:
            self.count("didOpen: re-open")
            self.open(document)
        elif roll < 0.55:
            self.change(document)
        elif roll < 0.58:
            if document.open:
                self.count("didClose")
                document.open = False
                self.session.notify("textDocument/didClose", {"textDocument": {"uri": document.uri}})
            else:
                self.count("didOpen: re-open")
                document.text = self.fresh_text(document) if rng.random() < 0.5 else document.text
                self.open(document)
        elif roll < 0.59:
            # An open of a document already open (a protocol error): it replaces it.
            self.count("didOpen: already open" if document.open else "didOpen: re-open")
            document.text = self.fresh_text(document)
            self.open(document, document.version + 1)
        else:
            self.request(document)
        if rng.random() < 0.03 or len(self.session.pending) - len(self.session.answers) > 64:
            self.session.drain()  # a pause in the typing

    # Verification.

    def verify(self, label):
        """Pulls every open document, compares it with its last publication and with
        `vramlint check` of its text; returns the number of documents compared."""
        session = self.session
        opened = [d for d in self.documents if d.open]
        pulls = {d.uri: session.send_request("textDocument/diagnostic", {"textDocument": {"uri": d.uri}},
                                             {"uri": d.uri, "open": True}) for d in opened}
        session.drain()
        for document in opened:
            document.path.write_bytes(document.text.encode())
        checked = subprocess.run([self.binary, "check", "--format", "json", *[str(d.path) for d in opened]],
                                 capture_output=True, cwd=self.work, timeout=120)
        if checked.returncode not in (0, 1):
            self.mismatches.append({"at": label, "check": checked.stderr.decode(errors="replace")[-2000:]})
            return 0
        report = {f["path"]: f["diagnostics"] for f in json.loads(checked.stdout)["files"]}
        for document in opened:
            pulled = session.answers[pulls[document.uri]][0]["result"]["items"]
            pushed = session.latest.get(document.uri, {})
            expected = self.from_report(document, report.get(str(document.path), []))
            problems = []
            if pushed.get("version") != document.version:
                problems.append(f"last publication has version {pushed.get('version')}, the document {document.version}")
            if pushed.get("diagnostics") != pulled:
                problems.append("the last publication differs from the pulled report")
            got = [self.essentials(d) for d in pulled]
            self.deployments += looks_like_deployment(document.text)
            for diagnostic in got:
                self.rules[diagnostic[0]] = self.rules.get(diagnostic[0], 0) + 1
            if got != expected:
                problems.append("the diagnostics differ from vramlint check of the same text")
            if problems:
                self.mismatches.append({"at": label, "uri": document.uri, "version": document.version,
                                        "problems": problems, "text": document.text,
                                        "server": got, "check": expected})
        self.compared += len(opened)
        return len(opened)

    @staticmethod
    def essentials(diagnostic):
        related = [(r["location"]["range"], r["message"]) for r in diagnostic.get("relatedInformation") or []]
        return [diagnostic["code"], diagnostic["severity"], diagnostic["range"], diagnostic["message"], related]

    @staticmethod
    def from_report(document, diagnostics):
        """`vramlint check --format json` diagnostics as the server's: 1-based lines and
        code-point columns → 0-based lines and UTF-16 characters."""
        if not looks_like_deployment(document.text):
            return []
        text = Text(document.text)

        def lsp(range_):
            return {side: {"line": range_[side]["line"] - 1,
                           "character": text.character(range_[side]["line"] - 1, range_[side]["column"] - 1)}
                    for side in ("end", "start")}
        severity = {"error": 1, "warning": 2, "info": 3}
        return [[d["rule"], severity[d["severity"]], lsp(d["range"]), d["message"],
                 [(lsp(r["range"]), r["message"]) for r in d["related"]]] for d in diagnostics]

    # The run.

    def run(self):
        started = time.perf_counter()
        self.session = session = Session(self.binary, self.work)
        session.check = self.check
        session.request("initialize", {"processId": os.getpid(), "rootUri": self.work.as_uri(), "capabilities": {}})
        session.notify("initialized", {})
        for document in self.documents:
            self.open(document, 1)
        session.request("textDocument/hover", {"textDocument": {"uri": "file:///nowhere.yaml"},
                                               "position": {"line": 0, "character": 0}})
        baseline = session.memory_kib("VmRSS")
        samples = [(0, baseline)]
        every = max(self.operations // (self.checkpoints + 1), 1) if self.checkpoints else None
        begin = time.perf_counter()
        for step in range(1, self.operations + 1):
            self.operation()
            if step % 1000 == 0:
                samples.append((step, session.memory_kib("VmRSS")))
            if every and step % every == 0 and step < self.operations:
                self.verify(f"checkpoint after {step} operations")
            if session.closed:
                break
        session.drain()
        seconds = time.perf_counter() - begin
        at_end = self.verify("end")
        for document in self.documents:
            if document.open:
                document.open = False
                session.notify("textDocument/didClose", {"textDocument": {"uri": document.uri}})
        session.request("textDocument/hover", {"textDocument": {"uri": "file:///nowhere.yaml"},
                                               "position": {"line": 0, "character": 0}})
        final = session.memory_kib("VmRSS")
        peak = session.memory_kib("VmHWM")
        status = session.close()
        unanswered = session.unanswered()
        if unanswered:
            session.problems.append(f"{len(unanswered)} requests never answered: {unanswered[:10]}")
        if status != 0:
            session.problems.append(f"exit status {status} after shutdown and exit")
        allowed = max(TOLERANCE_MIB * 1024, baseline * TOLERANCE_FRACTION)
        slope = _slope(samples)
        return {
            "seed": self.seed, "documents": len(self.documents), "operations": self.operations,
            "checkpoints": self.checkpoints,
            "seconds": round(seconds, 2), "ops_per_s": round(self.operations / seconds),
            "total_seconds": round(time.perf_counter() - started, 2),
            "requests": len(session.pending), "publications": session.published,
            "counts": dict(sorted(self.counts.items())),
            "documents_compared": self.compared, "compared_at_end": at_end,
            "compared_deployments": self.deployments,
            "diagnostics_compared": dict(sorted(self.rules.items(), key=lambda rule: -rule[1])),
            "mismatches": self.mismatches, "problems": session.problems, "exit_status": status,
            "rss_kib": {"baseline": baseline, "final": final, "peak": peak,
                        "allowed_growth": round(allowed), "growth": final - baseline,
                        "slope_kib_per_1000_ops": round(slope, 1), "samples": samples},
            "rss_ok": final - baseline <= allowed,
        }


def _slope(samples):
    """Least-squares KiB per 1,000 operations over the samples after the first 2,000."""
    points = [(x / 1000, y) for x, y in samples if x >= 2000]
    if len(points) < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def failures(result):
    """What makes a run fail, as sentences (empty: it passed)."""
    found = [f"{len(result['mismatches'])} documents differ (first: {json.dumps(result['mismatches'][0])[:3000]})"] \
        if result["mismatches"] else []
    found += result["problems"][:20]
    if not result["rss_ok"]:
        rss = result["rss_kib"]
        found.append(f"RSS grew {rss['growth']} KiB from the baseline {rss['baseline']} KiB "
                     f"(allowed {rss['allowed_growth']} KiB)")
    return found


def write_results(result):
    rss = result["rss_kib"]
    mib = lambda kib: round(kib / 1024, 1)  # noqa: E731
    saved = dict(result, rss_kib=dict(rss, samples=[[x, y] for x, y in rss["samples"]]))
    (HERE / "results.json").write_text(json.dumps(saved, indent=2, ensure_ascii=False) + "\n")
    counts = "\n".join(f"| {name} | {value:,} |" for name, value in result["counts"].items())
    verdict = "passed" if not failures(result) else "**failed**: " + "; ".join(failures(result))[:2000]
    (HERE / "results.md").write_text(f"""# Soak: `vramlint lsp`, one process, random edits

Generated by `Benchmarks/soak/run.py` (seed {result['seed']}) on {os.cpu_count()} cores, release
build. {result['documents']} documents, {result['operations']:,} operations in
{result['seconds']} s: **{result['ops_per_s']:,} operations/s** (client included: this Python
driver builds, frames and checks every message). {result['requests']:,} requests,
{result['publications']:,} `publishDiagnostics` received. A `didChange` with a lower version
than the document's is dropped by the server (and logged) and by this model; U+0085, U+2028,
U+2029 and U+FEFF are among the inserted pieces (YAML breaks lines there, LSP does not).

| | value |
|---|---|
| documents compared with `vramlint check` ({result['checkpoints']} checkpoints and the end) | {result['documents_compared']:,} |
| of which deployments (the rest: YAML the server leaves alone, no diagnostics) | {result['compared_deployments']:,} |
| diagnostics compared | {sum(result['diagnostics_compared'].values()):,} ({len(result['diagnostics_compared'])} rules) |
| mismatches | {len(result['mismatches'])} |
| other problems (unanswered, answered twice, errors, unknown versions) | {len(result['problems'])} |
| RSS baseline (all documents opened once) | {mib(rss['baseline'])} MiB |
| RSS final (all documents closed) | {mib(rss['final'])} MiB |
| RSS peak (VmHWM) | {mib(rss['peak'])} MiB |
| allowed growth, max(20 MiB, 25 %) | {mib(rss['allowed_growth'])} MiB |
| RSS slope after 2,000 operations | {rss['slope_kib_per_1000_ops']} KiB per 1,000 operations |
| exit status after shutdown, exit | {result['exit_status']} |

Verdict: {verdict}.

Operations by kind:

| kind | count |
|---|---|
{counts}
""")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", nargs="?", default=os.environ.get("VRAMLINT", str(ROOT / ".build/release/vramlint")))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--operations", type=int, default=OPERATIONS)
    parser.add_argument("--documents", type=int, default=DOCUMENTS)
    parser.add_argument("--checkpoints", type=int, default=4)
    parser.add_argument("--no-write", action="store_true", help="do not write results.{json,md}")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 32)
    print(f"seed {seed} (repeat with --seed {seed})", flush=True)
    result = Soak(str(Path(args.binary).resolve()), seed, args.documents, args.operations,
                  args.checkpoints).run()
    if not args.no_write:
        write_results(result)
    summary = {k: v for k, v in result.items() if k not in ("mismatches", "problems")}
    summary["rss_kib"] = {k: v for k, v in result["rss_kib"].items() if k != "samples"}
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    found = failures(result)
    for line in found:
        print("FAIL:", line[:4000])
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
