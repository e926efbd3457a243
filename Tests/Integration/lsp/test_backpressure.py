"""Back-pressure: a client that writes faster than the server answers must wait on its pipe,
not grow the server's memory. The reader thread stops reading once 128 MiB of messages
wait unanswered (`LSPSession.maxQueuedBytes`).

To hold the server still, this client stops reading the server's standard output: a few
replies with 16 KB ids fill the 64 KiB pipe, the serving task blocks in write(2), and
nothing more is answered. The client then writes frames without blocking until the server
stops taking them: 1 MiB notifications, or a flood of two-byte bodies (each answered with
an error, so they cost the server more than their bytes). Each waiting message counts its
bytes plus 256 (`LSPSession.perMessageBytes`) against 128 MiB (`maxQueuedBytes`): the
client must be refused just past that many frames, however small. Then the client reads
again, and every request must be answered and the server exit 0."""
import json
import os
import subprocess
import threading
import time

import pytest

from wire import VRAMLINT, frame

MIB = 1 << 20
LIMIT = 128 * MIB  # LSPSession.maxQueuedBytes
PER_MESSAGE = 256  # LSPSession.perMessageBytes
# What may be taken beyond the limit: the client's pipe (64 KiB), the reader's 64 KiB
# chunk, one partly read 1 MiB frame, and the few requests answered before stdout filled.
SLACK = 4 * MIB

FILLERS = {
    "large notifications": frame({"jsonrpc": "2.0", "method": "$/vramlint/filler",
                                  "params": {"pad": "a" * (MIB - 100)}}),
    # Not a JSON-RPC object: each is answered -32600 with id null.
    "tiny frames": b"Content-Length: 2\r\n\r\n[]" * 4096,
}


def rss_mib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def replies_by_id(stream):
    """The replies that carry an id other than null (the flood's errors are skipped unparsed:
    there are half a million of them)."""
    found, at = {}, 0
    while at < len(stream):
        split = stream.index(b"\r\n\r\n", at)
        length = int(stream[at:split].split(b":")[1])
        body = stream[split + 4:split + 4 + length]
        at = split + 4 + length
        if not body.startswith(b'{"error":{"code":-32600') and b'"id":null' not in body:
            message = json.loads(body)
            found[message.get("id")] = message
    return found


def accepted_frames(filler):
    """How many frames the server queues before it stops reading, and their wire size."""
    one = filler[:filler.index(b"Content-Length", 1)] if filler.count(b"Content-Length") > 1 else filler
    body = len(one) - len(one[:one.index(b"\r\n\r\n") + 4])
    return LIMIT // (body + PER_MESSAGE), len(one)


@pytest.mark.parametrize("kind", FILLERS)
def test_a_client_that_writes_too_fast_waits_on_its_pipe(kind):
    filler = FILLERS[kind]
    frames, frame_bytes = accepted_frames(filler)
    expected = frames * frame_bytes
    server = subprocess.Popen([VRAMLINT, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
    stdin = server.stdin.fileno()
    try:
        big_ids = ["%02d" % n + "x" * 16_000 for n in range(8)]
        server.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                  "params": {"capabilities": {}}}))
        for big_id in big_ids:  # each answered -32601 with its 16 KB id: stdout fills
            server.stdin.write(frame({"jsonrpc": "2.0", "id": big_id, "method": "vramlint/none"}))
        server.stdin.flush()
        time.sleep(0.5)

        os.set_blocking(stdin, False)
        written, pending, stalled_since = 0, b"", None
        while written < 2 * expected + 2 * LIMIT // PER_MESSAGE:
            if not pending:
                pending = filler
            try:
                count = os.write(stdin, pending)
            except BlockingIOError:
                count = 0
            if count:
                written += count
                pending = pending[count:]
                stalled_since = None
                continue
            # Refused: the server may only be slow to read. Refused for two seconds: it
            # has stopped reading.
            stalled_since = stalled_since or time.monotonic()
            if time.monotonic() - stalled_since > 2:
                break
            time.sleep(0.01)
        peak_while_held = rss_mib(server.pid, "VmRSS")
        print(f"{kind}: the server took {written / MIB:.1f} MiB before the client had to wait "
              f"(expected {expected / MIB:.1f}); RSS {peak_while_held:.0f} MiB")
        assert written < expected + SLACK, f"took {written / MIB:.1f} MiB: the reader did not stop"
        # It did read ahead while the server was held: the pipe alone would have refused
        # the client after 64 KiB.
        assert written > expected - SLACK, f"only {written / MIB:.1f} MiB taken before it stopped"
        # Memory follows the queue, not what the client wants to send.
        assert peak_while_held < 3 * LIMIT / MIB, f"RSS {peak_while_held:.0f} MiB"

        # Read again: the queue drains and everything after it is answered.
        replies = bytearray()
        drain = threading.Thread(target=lambda: replies.extend(server.stdout.read()))
        drain.start()
        os.set_blocking(stdin, True)
        server.stdin.write(pending)
        server.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        server.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
        server.stdin.flush()
        assert server.wait(timeout=120) == 0
        drain.join(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()

    by_id = replies_by_id(bytes(replies))
    assert "capabilities" in by_id[1]["result"]
    for big_id in big_ids:
        assert by_id[big_id]["error"]["code"] == -32601
    assert by_id[2]["result"] is None
