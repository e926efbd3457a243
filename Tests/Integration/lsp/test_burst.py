"""A burst of edits written in one go, as a fast typist's editor sends them: the server
applies them all, publishes the last version's diagnostics, and does not lint every step."""
import subprocess

from wire import VRAMLINT, frame, messages as read_messages


def test_a_burst_of_edits_ends_on_the_last_version(tmp_path):
    uri = (tmp_path / "burst.yaml").as_uri()
    # A 300-deployment file (a lint takes milliseconds), then 50 one-character edits of the
    # first batch value written at once: 1 → 2 → … The last leaves batch: -1, out of range.
    text = "".join(f"---\nmodel: llama-3.1-8b\ngpu: H100-80GB\nbatch: 1\n" for _ in range(300))
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": text}}},
    ]
    for version in range(2, 52):
        value = "-1" if version == 51 else str(version % 10)
        messages.append({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            # Each edit replaces the whole value, which the previous edit left one
            # character long.
            "contentChanges": [{"range": {"start": {"line": 3, "character": 7},
                                          "end": {"line": 3, "character": 8}},
                                "text": value}]}})
    messages += [{"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
                 {"jsonrpc": "2.0", "method": "exit"}]
    completed = subprocess.run([VRAMLINT, "lsp"], input=b"".join(map(frame, messages)),
                               capture_output=True, timeout=60)
    assert completed.returncode == 0
    published = [m["params"] for m in read_messages(completed.stdout)
                 if m.get("method") == "textDocument/publishDiagnostics"]
    # Every edit is applied, in order: the last publication is version 51 with the error on
    # line 3 (batch: -1); not each of the 50 edits was linted on its own.
    assert published[-1]["version"] == 51
    assert any(d["range"]["start"]["line"] == 3 and d["severity"] == 1
               for d in published[-1]["diagnostics"])
    assert len(published) < 51, len(published)
    print(f"{len(published)} publications for 1 open and 50 edits")
    versions = [p["version"] for p in published]
    assert versions == sorted(versions)
