#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora, Tests/FuzzTargetsTests/Corpus/<target>/seed-*, from the
project's fixtures and from model files written by the reference writers (gguf-py,
safetensors). The seeds are committed: CI copies them into a scratch corpus, so it needs
neither this script nor its Python packages.

    python3 Benchmarks/fuzz/make_seeds.py          # needs numpy, gguf, safetensors

Regression inputs (crashes the fuzzers found, kept once fixed) live beside the seeds as
regression-*; this script never touches them.
"""
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "Tests/FuzzTargetsTests/Corpus"
sys.path.insert(0, str(ROOT / "Tests/Integration/modelsources"))

# Small enough that a seed stays under the targets' -max_len (64 KiB), still a whole model:
# F16/F32 tensors need no 256-weight quantization blocks.
SMALL = {"layers": 2, "hidden": 32, "intermediate": 64, "heads": 4, "kv_heads": 2,
         "vocab": 64, "context": 128}


def frame(message) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def yaml_files():
    roots = ["examples", "Tests/VRAMLintTests/Fixtures", "Tests/Fixtures/realworld"]
    return sorted(p for r in roots for p in (ROOT / r).rglob("*.y*ml") if p.stat().st_size < 16384)


def shell_scripts():
    """Launch lines as the fixtures write them, in sh -c strings and SkyPilot run: blocks."""
    yield b"vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len=32k --tensor-parallel-size 2"
    yield b"python3 -m sglang.launch_server --model-path Qwen/Qwen2.5-7B --mem-fraction-static 0.8"
    yield (b"set -e\nexport HF_HOME=/data\nif [ -n \"$TP\" ]; then\n  vllm serve \"$MODEL\" \\\n"
           b"    --tensor-parallel-size ${TP:-1} --max-num-seqs=$(nproc) 'quoted arg' \"a\\\"b\" # c\nfi &&"
           b" echo done | tee log || true; llama-server -m /models/x.gguf -c 8192 -ngl 99 &\n")
    yield b"cat <<EOF\nvllm serve x\nEOF\nfn() { vllm serve y; }\n"
    for path in yaml_files():
        for line in path.read_bytes().splitlines():
            if any(k in line for k in (b"vllm", b"sglang", b"llama-server", b"python", b"--")):
                yield line.strip().lstrip(b"- ").strip(b"\"'")


def jsonrpc_streams():
    # The first byte picks the chunk size the stream is fed in (see JSONRPCFuzzing).
    example = (ROOT / "examples/fits.yaml")
    text = example.read_text() if example.exists() else "model: llama-3.1-8b\ngpu: rtx-4090\n"
    uri = "file:///seed.yaml"
    init = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    opened = frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    change = frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": {
            "start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 5}}, "text": "mod"}]}})
    hover = frame({"jsonrpc": "2.0", "id": "h", "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri}, "position": {"line": 1, "character": 3}}})
    cancel = frame({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": "h"}})
    yield b"\x07" + init + opened + change + hover + cancel
    yield b"\x3f" + init + b"Content-Length: 9\r\n\r\n{not json" + b"Content-Length: 2\r\n\r\n[]"
    yield b"\x00" + b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}"
    yield b"\x01" + b"Content-Length: 99999999\r\n\r\n" + frame({"jsonrpc": "2.0", "id": 1.0, "method": "shutdown"})
    yield b"\x02" + frame({"jsonrpc": "2.0", "result": None, "id": 7}) + frame({"jsonrpc": "2.0", "method": 5})


def model_files(tmp: Path):
    from gguf import GGMLQuantizationType as Q, LlamaFileType
    from write_model_files import write_gguf, write_hf_folder, write_hf_sharded
    f16 = {"matrix": Q.F16, "down": Q.F16, "output": Q.F16, "embedding": Q.F16}
    write_gguf(tmp / "small-f16.gguf", SMALL, LlamaFileType.MOSTLY_F16, f16)
    write_gguf(tmp / "small-notokens.gguf", SMALL, LlamaFileType.MOSTLY_F16, f16, tokens=False)
    write_hf_folder(tmp / "hf", SMALL)
    write_hf_sharded(tmp / "sharded", SMALL)
    return tmp


def write(target: str, seeds):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("seed-*"):
        old.unlink()
    for index, data in enumerate(seeds):
        (folder / f"seed-{index:03d}").write_bytes(data)
    print(f"{target}: {index + 1} seeds")


def main():
    yaml = [p.read_bytes() for p in yaml_files()]
    write("yaml", yaml)
    write("server", yaml[::3])
    write("shell", list(dict.fromkeys(shell_scripts())))
    write("jsonrpc", list(jsonrpc_streams()))
    configs = sorted((ROOT / "Tests/VRAMModelTests/Fixtures/hf-configs").glob("*.json"))
    with tempfile.TemporaryDirectory() as name:
        tmp = model_files(Path(name))
        ggufs = [p.read_bytes() for p in sorted(tmp.glob("*.gguf"))]
        # A header alone, as a download cut short leaves it.
        write("gguf", ggufs + [ggufs[0][:4096]])
        tensors = [p.read_bytes() for p in sorted(tmp.rglob("*.safetensors"))]
        write("safetensors", tensors + [(tmp / "sharded/model.safetensors.index.json").read_bytes()])
        write("config", [p.read_bytes() for p in configs] + [(tmp / "hf/config.json").read_bytes()])


if __name__ == "__main__":
    main()
