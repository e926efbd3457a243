"""Malformed frames and hostile documents must not end the session: raw bytes on the pipe,
then a normal request that must still be answered."""
import subprocess

from wire import VRAMLINT, frame, messages as responses


def test_malformed_frames_and_documents():
    stream = b"".join([
        frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        b"Content-Length: 9\r\n\r\n{not json",          # ParseError, answered with id null
        b"Content-Type: text/plain\r\n\r\n",              # no length: dropped, answered -32700, shown
        b"Content-Length: 2\r\n\r\n[]",                   # InvalidRequest
        frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": "file:///tmp/hostile.yaml", "languageId": "yaml", "version": 1,
            # A deployment (it has a model key) that is also a YAML bomb, with a tab, NUL
            # and a byte that is not UTF-8.
            "text": "model: &a [*a, *a]\n\t- {{{\n\u0000\xff"}}}),
        frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": 5}}),
        frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}),
        frame({"jsonrpc": "2.0", "method": "exit"}),
    ])
    done = subprocess.run([VRAMLINT, "lsp"], input=stream, capture_output=True, timeout=30)
    assert done.returncode == 0, done.stderr
    messages = responses(done.stdout)
    by_id = {m.get("id"): m for m in messages if "id" in m}
    assert by_id[None]["error"]["code"] in (-32700, -32600)
    assert [m["error"]["code"] for m in messages if m.get("id") is None and "error" in m] == [-32700, -32700, -32600]
    shown = [m for m in messages if m.get("method") == "window/showMessage"]
    assert len(shown) == 1 and "dropped" in shown[0]["params"]["message"]
    assert by_id[2]["error"]["code"] == -32602
    assert by_id[3]["result"] is None
    published = [m for m in messages if m.get("method") == "textDocument/publishDiagnostics"]
    assert published and published[0]["params"]["diagnostics"], "the hostile document got no diagnostics"
    assert b"dropped a frame" in done.stderr


def test_exit_without_shutdown_is_status_one():
    stream = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}) \
        + frame({"jsonrpc": "2.0", "method": "exit"})
    done = subprocess.run([VRAMLINT, "lsp"], input=stream, capture_output=True, timeout=30)
    assert done.returncode == 1


def test_closed_pipe_ends_the_server():
    done = subprocess.run([VRAMLINT, "lsp"], input=b"Content-Length: 100\r\n\r\n{", capture_output=True, timeout=30)
    assert done.returncode == 1 and done.stdout == b""
