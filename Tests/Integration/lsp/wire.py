"""Raw LSP framing for the tests that write bytes to the pipe themselves (no client in
between): a message as a `Content-Length` frame, and a reply stream back into messages."""
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
VRAMLINT = os.environ.get("VRAMLINT", str(ROOT / ".build/release/vramlint"))


def frame(message) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def messages(stdout: bytes):
    found = []
    while stdout:
        header, _, rest = stdout.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        found.append(json.loads(rest[:length]))
        stdout = rest[length:]
    return found
