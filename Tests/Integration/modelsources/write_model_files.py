"""Writes real model files with the reference writers, for the model-source tests.

Hugging Face folders go through `safetensors.numpy.save_file` (the format's own library) and
GGUF files through `gguf.GGUFWriter` (llama.cpp's gguf-py, the writer its converters use),
so vramlint reads bytes laid out by code nobody here wrote. Every file describes a tiny
Llama-architecture model faithfully: real tensors of the shapes its config or metadata
implies. Corrupt variants are made by cutting or patching a valid file.

    python write_model_files.py OUT_DIR     # writes the files and prints the manifest

`write_all(out)` returns a manifest of each file's expected weight bytes, computed here
from numpy (`nbytes`) and gguf-py (`GGML_QUANT_SIZES`), independently of vramlint.
"""
import json
import os
import struct
import sys
from pathlib import Path

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType, GGUFWriter, LlamaFileType, quants
from safetensors.numpy import save_file

# A Llama-architecture model small enough to write in milliseconds. hidden 256 and
# intermediate 512 are whole Q4_K/Q6_K blocks (256 weights) per row, as llama.cpp requires.
TINY = {
    "layers": 2,
    "hidden": 256,
    "intermediate": 512,
    "heads": 4,
    "kv_heads": 2,
    "vocab": 512,
    "context": 256,
}

RNG = np.random.default_rng(20240501)


def hf_config(t: dict) -> dict:
    """config.json as transformers' LlamaConfig.save_pretrained writes it (the keys used)."""
    return {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "hidden_size": t["hidden"],
        "intermediate_size": t["intermediate"],
        "num_hidden_layers": t["layers"],
        "num_attention_heads": t["heads"],
        "num_key_value_heads": t["kv_heads"],
        "vocab_size": t["vocab"],
        "max_position_embeddings": t["context"],
        "rms_norm_eps": 1e-5,
        "tie_word_embeddings": False,
        "torch_dtype": "float16",
        "attention_bias": False,
        "mlp_bias": False,
    }


def hf_tensors(t: dict, dtype=np.float16) -> dict:
    """The tensors of LlamaForCausalLM with their transformers names and [out, in] shapes."""
    h, f, v = t["hidden"], t["intermediate"], t["vocab"]
    head_dim = h // t["heads"]
    kv = t["kv_heads"] * head_dim

    def w(*shape):
        return RNG.standard_normal(shape).astype(dtype)

    tensors = {"model.embed_tokens.weight": w(v, h), "model.norm.weight": w(h), "lm_head.weight": w(v, h)}
    for i in range(t["layers"]):
        p = f"model.layers.{i}."
        tensors |= {
            p + "self_attn.q_proj.weight": w(h, h),
            p + "self_attn.k_proj.weight": w(kv, h),
            p + "self_attn.v_proj.weight": w(kv, h),
            p + "self_attn.o_proj.weight": w(h, h),
            p + "mlp.gate_proj.weight": w(f, h),
            p + "mlp.up_proj.weight": w(f, h),
            p + "mlp.down_proj.weight": w(h, f),
            p + "input_layernorm.weight": w(h),
            p + "post_attention_layernorm.weight": w(h),
        }
    return tensors


def write_hf_folder(folder: Path, t: dict) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(hf_config(t), indent=2))
    tensors = hf_tensors(t)
    save_file(tensors, str(folder / "model.safetensors"), metadata={"format": "pt"})
    return {
        "path": str(folder),
        "bytes": int(sum(a.nbytes for a in tensors.values())),
        "elements": int(sum(a.size for a in tensors.values())),
        "tensors": len(tensors),
    }


def write_hf_sharded(folder: Path, t: dict, shards: int = 2) -> dict:
    """The layout `save_pretrained(max_shard_size=…)` produces: shards plus an index."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(hf_config(t), indent=2))
    tensors = hf_tensors(t)
    names = sorted(tensors)
    weight_map = {}
    for k in range(shards):
        shard = f"model-{k + 1:05d}-of-{shards:05d}.safetensors"
        part = {n: tensors[n] for n in names[k::shards]}
        save_file(part, str(folder / shard), metadata={"format": "pt"})
        weight_map |= {n: shard for n in part}
    total = int(sum(a.nbytes for a in tensors.values()))
    index = {"metadata": {"total_size": total}, "weight_map": weight_map}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index, indent=2))
    return {"path": str(folder), "bytes": total, "elements": int(sum(a.size for a in tensors.values()))}


def gguf_tensor_bytes(shape_ggml, qtype: GGMLQuantizationType) -> int:
    """Bytes of a tensor from gguf-py's own block table: elements / block × block bytes."""
    block, size = GGML_QUANT_SIZES[qtype]
    return int(np.prod(shape_ggml)) // block * size


def quantized(array: np.ndarray, qtype: GGMLQuantizationType) -> np.ndarray:
    """Real quantization where gguf-py implements it; K-quants (which it cannot produce)
    get random blocks of the exact byte shape, so the header is faithful and the data sized
    right, though its values mean nothing."""
    if qtype in (GGMLQuantizationType.F32, GGMLQuantizationType.F16):
        return array.astype(np.float32 if qtype == GGMLQuantizationType.F32 else np.float16)
    try:
        return quants.quantize(array.astype(np.float32), qtype)
    except NotImplementedError:
        block, size = GGML_QUANT_SIZES[qtype]
        rows, cols = array.shape
        return RNG.integers(0, 256, (rows, cols // block * size), dtype=np.uint8)


def write_gguf(path: Path, t: dict, file_type: LlamaFileType, types: dict, tokens: bool = True) -> dict:
    """A llama-architecture GGUF with llama.cpp's tensor names. `types` picks the ggml type
    per tensor role: 'matrix', 'down', 'output', 'embedding' (norms are always F32)."""
    h, f, v = t["hidden"], t["intermediate"], t["vocab"]
    head_dim = h // t["heads"]
    kv = t["kv_heads"] * head_dim
    w = GGUFWriter(str(path), "llama")
    w.add_name("tiny-llama")
    w.add_block_count(t["layers"])
    w.add_context_length(t["context"])
    w.add_embedding_length(h)
    w.add_feed_forward_length(f)
    w.add_head_count(t["heads"])
    w.add_head_count_kv(t["kv_heads"])
    w.add_rope_dimension_count(head_dim)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type(file_type)
    if tokens:
        # A vocabulary like a real one: strings, scores and types, skipped by vramlint.
        w.add_tokenizer_model("llama")
        w.add_token_list([f"<tok{i}>" for i in range(v)])
        w.add_token_scores([float(-i) for i in range(v)])
        w.add_token_types([1] * v)

    expected = {}

    def add(name, shape_out_in, role):
        qtype = types[role] if role != "norm" else GGMLQuantizationType.F32
        array = RNG.standard_normal(shape_out_in).astype(np.float32)
        data = quantized(array, qtype) if array.ndim == 2 else array
        w.add_tensor(name, data, raw_dtype=qtype if array.ndim == 2 else None)
        ggml_shape = tuple(reversed(shape_out_in))  # ggml order: innermost first
        expected[name] = gguf_tensor_bytes(ggml_shape, qtype)

    add("token_embd.weight", (v, h), "embedding")
    for i in range(t["layers"]):
        b = f"blk.{i}."
        add(b + "attn_norm.weight", (h,), "norm")
        add(b + "attn_q.weight", (h, h), "matrix")
        add(b + "attn_k.weight", (kv, h), "matrix")
        add(b + "attn_v.weight", (kv, h), "matrix")
        add(b + "attn_output.weight", (h, h), "matrix")
        add(b + "ffn_norm.weight", (h,), "norm")
        add(b + "ffn_gate.weight", (f, h), "matrix")
        add(b + "ffn_up.weight", (f, h), "matrix")
        add(b + "ffn_down.weight", (h, f), "down")
    add("output_norm.weight", (h,), "norm")
    add("output.weight", (v, h), "output")

    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return {
        "path": str(path),
        "bytes": sum(expected.values()),
        "embedding_bytes": expected["token_embd.weight"],
        "tensors": len(expected),
    }


def write_sparse_gguf(path: Path, size_gb: float = 20.0) -> dict:
    """The header of a ~20 GB checkpoint (Llama-2-13B's layout in F16: 40 layers of 5120,
    26 GB would do too) written with `add_tensor_info`, and the file extended to its full
    length with truncate(): a sparse file that costs no disk, so reading it proves the
    reader touches the header only."""
    t = {"layers": 40, "hidden": 5120, "intermediate": 13824, "heads": 40, "kv_heads": 40,
         "vocab": 32000, "context": 4096}
    h, f, v = t["hidden"], t["intermediate"], t["vocab"]
    w = GGUFWriter(str(path), "llama")
    w.add_block_count(t["layers"])
    w.add_context_length(t["context"])
    w.add_embedding_length(h)
    w.add_feed_forward_length(f)
    w.add_head_count(t["heads"])
    w.add_head_count_kv(t["kv_heads"])
    w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type(LlamaFileType.MOSTLY_F16)
    w.add_tokenizer_model("llama")
    w.add_token_list([f"<tok{i}>" for i in range(v)])
    total = 0

    def info(name, shape_out_in, qtype):
        nonlocal total
        nbytes = gguf_tensor_bytes(tuple(reversed(shape_out_in)), qtype)
        dtype = np.float16 if qtype == GGMLQuantizationType.F16 else np.float32
        w.add_tensor_info(name, shape_out_in, np.dtype(dtype), nbytes)
        total += nbytes

    F16, F32 = GGMLQuantizationType.F16, GGMLQuantizationType.F32
    info("token_embd.weight", (v, h), F16)
    for i in range(t["layers"]):
        b = f"blk.{i}."
        info(b + "attn_norm.weight", (h,), F32)
        for m in ("attn_q", "attn_k", "attn_v", "attn_output"):
            info(b + m + ".weight", (h, h), F16)
        info(b + "ffn_norm.weight", (h,), F32)
        info(b + "ffn_gate.weight", (f, h), F16)
        info(b + "ffn_up.weight", (f, h), F16)
        info(b + "ffn_down.weight", (h, f), F16)
    info("output_norm.weight", (h,), F32)
    info("output.weight", (v, h), F16)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    w.close()
    # Data starts at the next 32-byte boundary (GGUF default alignment); tensors are packed
    # in order, each padded to 32 bytes by the writer's layout (all sizes here are multiples).
    header_end = os.path.getsize(path)
    data_start = (header_end + 31) // 32 * 32
    with open(path, "r+b") as fh:
        fh.truncate(data_start + total)
    return {"path": str(path), "bytes": total, "file_size": data_start + total}


def corrupt_variants(valid: Path, out: Path) -> dict:
    """Files that must be refused with a clear message, each named for its problem."""
    raw = valid.read_bytes()
    files = {}

    def put(name, data):
        p = out / name
        p.write_bytes(data)
        files[name] = str(p)

    put("bad-magic.gguf", b"GGUX" + raw[4:])
    put("truncated-header.gguf", raw[:100])
    # tensor_count is the u64 at byte 8 (after magic and version).
    put("absurd-tensor-count.gguf", raw[:8] + struct.pack("<Q", 1 << 40) + raw[16:])
    put("absurd-kv-count.gguf", raw[:16] + struct.pack("<Q", 1 << 40) + raw[24:])
    put("unknown-version.gguf", raw[:4] + struct.pack("<I", 7) + raw[8:])
    # The header intact, the tensor data cut off: an interrupted download.
    put("truncated-data.gguf", raw[: len(raw) - 4096])
    put("empty.gguf", b"")
    return files


def corrupt_safetensors(valid_folder: Path, out: Path) -> dict:
    folders = {}
    raw = (valid_folder / "model.safetensors").read_bytes()
    config = (valid_folder / "config.json").read_text()

    def folder(name, data):
        d = out / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "config.json").write_text(config)
        (d / "model.safetensors").write_bytes(data)
        folders[name] = str(d)

    folder("st-huge-header", struct.pack("<Q", 1 << 50) + raw[8:])
    folder("st-not-json", struct.pack("<Q", 16) + b"this is not json" + raw[24:])
    folder("st-truncated", raw[: len(raw) // 2])
    # A config.json without num_hidden_layers.
    d = out / "hf-missing-key"
    d.mkdir(parents=True, exist_ok=True)
    cfg = json.loads(config)
    del cfg["num_hidden_layers"]
    (d / "config.json").write_text(json.dumps(cfg))
    folders["hf-missing-key"] = str(d)
    return folders


def write_all(out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    Q = GGMLQuantizationType
    manifest = {
        "hf": write_hf_folder(out / "tiny-llama-hf", TINY),
        "hf_sharded": write_hf_sharded(out / "tiny-llama-sharded", TINY),
        "gguf_f16": write_gguf(
            out / "tiny-llama-f16.gguf", TINY, LlamaFileType.MOSTLY_F16,
            {"matrix": Q.F16, "down": Q.F16, "output": Q.F16, "embedding": Q.F16}),
        "gguf_q8_0": write_gguf(
            out / "tiny-llama-q8_0.gguf", TINY, LlamaFileType.MOSTLY_Q8_0,
            {"matrix": Q.Q8_0, "down": Q.Q8_0, "output": Q.Q8_0, "embedding": Q.Q8_0}),
        # llama.cpp's Q4_K_M mix: Q4_K matrices, Q6_K for ffn_down and the output head.
        "gguf_q4_k_m": write_gguf(
            out / "tiny-llama-q4_k_m.gguf", TINY, LlamaFileType.MOSTLY_Q4_K_M,
            {"matrix": Q.Q4_K, "down": Q.Q6_K, "output": Q.Q6_K, "embedding": Q.Q4_K}),
    }
    corrupt = out / "corrupt"
    corrupt.mkdir(exist_ok=True)
    manifest["corrupt_gguf"] = corrupt_variants(out / "tiny-llama-q8_0.gguf", corrupt)
    manifest["corrupt_hf"] = corrupt_safetensors(out / "tiny-llama-hf", corrupt)
    return manifest


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "model-files")
    print(json.dumps(write_all(target), indent=2))
