"""A Kubernetes manifest in the editor: the server lints it (it names vLLM, so the sniffer
lets it through), and a finding inside a `sh -c` string arrives at the UTF-16 range of the
value, past an emoji earlier on the line (2 UTF-16 units, 4 UTF-8 bytes)."""
import subprocess

from wire import VRAMLINT, frame, messages as read_messages

MANIFEST = """apiVersion: apps/v1
kind: Deployment
metadata: {name: llm}
spec:
  template:
    spec:
      nodeSelector: {nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3}
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.10.0
          command: ["/bin/sh", "-c"]
          args: ["echo 🚀 && vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 8k --max-model-len=4096"]
"""


def test_a_finding_inside_a_shell_string_lands_on_its_value(tmp_path):
    uri = (tmp_path / "deploy.yaml").as_uri()
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": MANIFEST}}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    completed = subprocess.run([VRAMLINT, "lsp"], input=b"".join(map(frame, messages)),
                               capture_output=True, timeout=60)
    assert completed.returncode == 0
    published = [m["params"] for m in read_messages(completed.stdout)
                 if m.get("method") == "textDocument/publishDiagnostics"]
    diagnostics = published[-1]["diagnostics"]
    conflict = next(d for d in diagnostics if d["code"] == "conflicting-setting")
    line = MANIFEST.splitlines()[11]
    # Expected columns computed independently: UTF-16 offset of "8k" in the line.
    start = len(line[:line.index("8k ")].encode("utf-16-le")) // 2
    assert conflict["range"] == {"start": {"line": 11, "character": start},
                                 "end": {"line": 11, "character": start + 2}}
