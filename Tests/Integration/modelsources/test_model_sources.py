"""`vramlint fit --model PATH` against files written by gguf-py and safetensors.

The expected weight bytes come from the writers' side: numpy `nbytes` of the arrays saved
to safetensors, and gguf-py's own `GGUFReader` reading the GGUF files back — never from
vramlint's readers. Corrupt files must exit 2 with one line naming the problem.
"""
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from gguf import GGUFReader

import write_model_files

# Not imported from conftest: Tests/Integration/lsp has a conftest module of its own.
ROOT = Path(__file__).resolve().parents[3]
VRAMLINT = os.environ.get("VRAMLINT", str(ROOT / ".build/release/vramlint"))


def fit(model, *extra, env=None):
    run_env = dict(os.environ, **(env or {}))
    r = subprocess.run(
        [VRAMLINT, "fit", "--model", str(model), "--gpu", "H100-80GB", "--format", "json", *extra],
        capture_output=True, text=True, timeout=60, env=run_env)
    return r


def fit_json(model, *extra):
    r = fit(model, *extra)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def gguf_bytes(path):
    """Tensor bytes as gguf-py's reader sees them, and the token embedding's."""
    reader = GGUFReader(str(path))
    total = sum(int(t.n_bytes) for t in reader.tensors)
    embedding = next(int(t.n_bytes) for t in reader.tensors if t.name == "token_embd.weight")
    return total, embedding, len(reader.tensors)


def measured_assumption(report):
    return [a for a in report["assumptions"]
            if a["topic"] == "weights" and a["text"].startswith("weights measured")]


# --- Hugging Face folders (config.json + safetensors) --------------------------------------

@pytest.mark.parametrize("key", ["hf", "hf_sharded"])
def test_safetensors_weights_are_the_tensor_bytes(model_files, key):
    entry = model_files[key]
    report = fit_json(entry["path"])
    assert report["per_gpu"]["weights"] == entry["bytes"]
    # The config gives the architecture: a Llama counted from it has exactly the saved elements.
    assert report["parameters"]["total"] == entry["elements"]
    assert report["weights_precision"] == "fp16"
    assert measured_assumption(report), report["assumptions"]


@pytest.mark.parametrize("relative", ["config.json", "model.safetensors"])
def test_a_file_inside_the_folder_reads_the_folder(model_files, relative):
    entry = model_files["hf"]
    report = fit_json(Path(entry["path"]) / relative)
    assert report["per_gpu"]["weights"] == entry["bytes"]


def test_the_sharded_index_path(model_files):
    entry = model_files["hf_sharded"]
    report = fit_json(Path(entry["path"]) / "model.safetensors.index.json")
    assert report["per_gpu"]["weights"] == entry["bytes"]


def test_tensor_parallel_splits_the_measured_bytes(model_files):
    entry = model_files["hf"]
    whole = fit_json(entry["path"])["per_gpu"]["weights"]
    per_rank = fit_json(entry["path"], "--tensor", "2")["per_gpu"]["weights"]
    # Two ranks hold about half each (norms are replicated, vocab padded to 64).
    assert 0.45 * whole < per_rank < 0.6 * whole


def test_a_precision_override_is_counted_not_measured(model_files):
    report = fit_json(model_files["hf"]["path"], "--precision", "int8")
    assert report["per_gpu"]["weights"] != model_files["hf"]["bytes"]
    assert not measured_assumption(report)


# --- GGUF files ------------------------------------------------------------------------------

@pytest.mark.parametrize("key,precision", [
    ("gguf_f16", "fp16"), ("gguf_q8_0", "q8_0"), ("gguf_q4_k_m", "q4_k_m")])
def test_gguf_weights_are_the_tensor_bytes(model_files, key, precision):
    path = model_files[key]["path"]
    total, _, count = gguf_bytes(path)
    assert total == model_files[key]["bytes"]  # the writer's table and the reader agree
    report = fit_json(path)
    assert report["per_gpu"]["weights"] == total
    assert report["weights_precision"] == precision
    source = measured_assumption(report)[0]["source"]
    assert f"{count} tensors" in source


@pytest.mark.parametrize("key", ["gguf_f16", "gguf_q8_0", "gguf_q4_k_m"])
def test_llama_cpp_keeps_the_token_embedding_off_the_gpu(model_files, key):
    path = model_files[key]["path"]
    total, embedding, _ = gguf_bytes(path)
    report = fit_json(path, "--engine", "llama.cpp")
    assert report["per_gpu"]["weights"] == total - embedding


def test_llama_cpp_partial_offload_scales_the_layers(model_files):
    """-ngl 1 of 2 layers: half of everything but token_embd and output (llama.cpp offloads
    the output head only when -ngl exceeds the layer count)."""
    path = model_files["gguf_q8_0"]["path"]
    reader = GGUFReader(path)
    size = {t.name: int(t.n_bytes) for t in reader.tensors}
    layers = sum(size.values()) - size["token_embd.weight"] - size["output.weight"]
    half = fit_json(path, "--engine", "llama.cpp", "--gpu-layers", "1")["per_gpu"]["weights"]
    assert abs(half - layers / 2) <= 1


def test_gguf_architecture_from_metadata(model_files):
    report = fit_json(model_files["gguf_f16"]["path"])
    t = write_model_files.TINY
    head_dim = t["hidden"] // t["heads"]
    # K and V of every layer, 2 bytes each (the generic engine's fp16 KV cache).
    assert report["kv_bytes_per_token"] == 2 * t["layers"] * t["kv_heads"] * head_dim * 2


# --- Only the header is read -----------------------------------------------------------------

def bytes_read(path):
    r = fit(path, env={"VRAMLINT_DEBUG_BYTES_READ": "1"})
    assert r.returncode == 0, r.stderr
    match = re.search(r"read (\d+) bytes", r.stderr)
    assert match, r.stderr
    return int(match.group(1)), json.loads(r.stdout)


def test_a_20_gb_gguf_costs_a_header_read(files_dir, model_files):
    path = files_dir / "sparse-13b-f16.gguf"
    written = write_model_files.write_sparse_gguf(path)
    stat = os.stat(path)
    if stat.st_blocks * 512 > 256 << 20:
        pytest.skip("this file system does not keep sparse files sparse")
    assert stat.st_size > 20e9
    big_read, report = bytes_read(path)
    small_read, _ = bytes_read(model_files["gguf_q8_0"]["path"])
    total, _, _ = gguf_bytes(path)
    assert report["per_gpu"]["weights"] == total == written["bytes"]
    # The 26 GB file costs its header (a 32000-token vocabulary) plus at most one 64 KiB
    # read-ahead, like the 1.5 MB file: never a read proportional to the file.
    header = written["file_size"] - written["bytes"]
    assert big_read <= header + (64 << 10)
    assert big_read < 2 << 20 and small_read < 2 << 20
    assert big_read < stat.st_size / 10_000


# --- Corrupt files: exit 2, one line naming the problem -------------------------------------

CORRUPT = {
    "bad-magic.gguf": "bad magic",
    "truncated-header.gguf": "truncated",
    "absurd-tensor-count.gguf": "tensor count 1099511627776",
    "absurd-kv-count.gguf": "metadata count 1099511627776",
    "unknown-version.gguf": "unsupported GGUF version 7",
    "truncated-data.gguf": "the file is truncated",
    "empty.gguf": "too short",
    "st-huge-header": "100 MB limit",
    "st-not-json": "not valid JSON",
    "st-truncated": "truncated",
    "hf-missing-key": "lacks num_hidden_layers",
}


@pytest.mark.parametrize("name,problem", sorted(CORRUPT.items()))
def test_corrupt_files_exit_2_with_the_problem(model_files, name, problem):
    path = {**model_files["corrupt_gguf"], **model_files["corrupt_hf"]}[name]
    r = fit(path)
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("error: cannot read model"), lines[0]
    assert problem in lines[0], lines[0]


def test_a_missing_path_exits_2(tmp_path):
    r = fit(tmp_path / "nothing-here.gguf")
    assert r.returncode == 2
    assert "no such file or folder" in r.stderr
