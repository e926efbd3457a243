"""Header-only GGUF files for the accuracy benchmark's "model source" rows.

Writes, with gguf-py's GGUFWriter (llama.cpp's own writer), the header of the GGUF file that
llama.cpp's convert_hf_to_gguf.py + llama-quantize would produce for a Hugging Face config:
the architecture's metadata keys, and one tensor info per tensor with its real shape and the
ggml type llama-quantize picks for the quantization (llama-quant.cpp `llama_tensor_get_type`).
No tensor data is written: the file is extended sparsely to its full length (truncate), since
vramlint reads only the header.

Only architectures whose tensor layout is written out here are supported (`ARCHS`); others
return None and the caller leaves the row out.
"""
import os

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType as Q, GGUFWriter, LlamaFileType

# model_type in config.json -> (GGUF architecture, q/k/v bias, q/k norm per head)
ARCHS = {
    "llama": ("llama", False, False),
    "mistral": ("llama", False, False),  # convert_hf_to_gguf writes Mistral as llama
    "qwen2": ("qwen2", True, False),
    "qwen3": ("qwen3", False, True),
}

# precision -> (llama_ftype, base matrix type, "more bits" type for attn_v/ffn_down or None)
# Q4_0: everything Q4_0 but output.weight, which llama-quantize raises to Q6_K.
# Q4_K_M / Q5_K_M: Q6_K for attn_v and ffn_down in the layers `use_more_bits` selects.
FTYPES = {
    "q4_0": (LlamaFileType.MOSTLY_Q4_0, Q.Q4_0, None),
    "q8_0": (LlamaFileType.MOSTLY_Q8_0, Q.Q8_0, None),
    "q4_k_m": (LlamaFileType.MOSTLY_Q4_K_M, Q.Q4_K, Q.Q6_K),
    "q5_k_m": (LlamaFileType.MOSTLY_Q5_K_M, Q.Q5_K, Q.Q6_K),
}


def use_more_bits(i, n):
    """llama-quant.cpp `use_more_bits`."""
    return i < n // 8 or i >= 7 * n // 8 or (i - n // 8) % 3 == 2


def tensor_bytes(shape_out_in, qtype):
    block, size = GGML_QUANT_SIZES[qtype]
    n = int(np.prod(shape_out_in))
    assert n % block == 0, (shape_out_in, qtype)
    return n // block * size


def write_header_only_gguf(path, name, cfg, precision):
    """Returns {"path", "bytes"} or None when the architecture or quantization is not covered."""
    model_type = cfg.get("model_type")
    if model_type not in ARCHS or precision not in FTYPES:
        return None
    arch, qkv_bias, qk_norm = ARCHS[model_type]
    ftype, base, more = FTYPES[precision]
    h = cfg["hidden_size"]
    f = cfg["intermediate_size"]
    n = cfg["num_hidden_layers"]
    heads = cfg["num_attention_heads"]
    kv_heads = cfg.get("num_key_value_heads", heads)
    head_dim = cfg.get("head_dim") or h // heads
    v = cfg["vocab_size"]
    tied = cfg.get("tie_word_embeddings", False)
    q_out, kv_out = heads * head_dim, kv_heads * head_dim

    w = GGUFWriter(str(path), arch)
    w.add_name(name)
    w.add_block_count(n)
    w.add_context_length(cfg.get("max_position_embeddings", 4096))
    w.add_embedding_length(h)
    w.add_feed_forward_length(f)
    w.add_head_count(heads)
    w.add_head_count_kv(kv_heads)
    if head_dim != h // heads:
        w.add_key_length(head_dim)
        w.add_value_length(head_dim)
    w.add_rope_dimension_count(head_dim)
    w.add_rope_freq_base(float(cfg.get("rope_theta", 10000.0)))
    w.add_layer_norm_rms_eps(float(cfg.get("rms_norm_eps", 1e-5)))
    w.add_vocab_size(v)
    w.add_file_type(ftype)

    offsets = 0
    alignment = 32

    def info(tname, shape_out_in, qtype):
        nonlocal offsets
        nbytes = tensor_bytes(shape_out_in, qtype)
        w.add_tensor_info(tname, shape_out_in, np.dtype(np.float32), nbytes, raw_dtype=qtype)
        offsets += (nbytes + alignment - 1) // alignment * alignment
        return nbytes

    total = 0
    total += info("token_embd.weight", (v, h), base)
    for i in range(n):
        b = f"blk.{i}."
        vtype = more if more is not None and use_more_bits(i, n) else base
        total += info(b + "attn_norm.weight", (h,), Q.F32)
        total += info(b + "attn_q.weight", (q_out, h), base)
        total += info(b + "attn_k.weight", (kv_out, h), base)
        total += info(b + "attn_v.weight", (kv_out, h), vtype)
        if qkv_bias:
            total += info(b + "attn_q.bias", (q_out,), Q.F32)
            total += info(b + "attn_k.bias", (kv_out,), Q.F32)
            total += info(b + "attn_v.bias", (kv_out,), Q.F32)
        if qk_norm:
            total += info(b + "attn_q_norm.weight", (head_dim,), Q.F32)
            total += info(b + "attn_k_norm.weight", (head_dim,), Q.F32)
        total += info(b + "attn_output.weight", (h, q_out), base)
        total += info(b + "ffn_norm.weight", (h,), Q.F32)
        total += info(b + "ffn_gate.weight", (f, h), base)
        total += info(b + "ffn_up.weight", (f, h), base)
        total += info(b + "ffn_down.weight", (h, f), vtype)
    total += info("output_norm.weight", (h,), Q.F32)
    if not tied:
        # llama-quant.cpp: output.weight becomes Q6_K unless the file type is Q8_0.
        total += info("output.weight", (v, h), Q.Q8_0 if base == Q.Q8_0 else Q.Q6_K)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    w.close()
    header_end = os.path.getsize(path)
    data_start = (header_end + alignment - 1) // alignment * alignment
    with open(path, "r+b") as fh:
        fh.truncate(data_start + offsets)
    return {"path": str(path), "bytes": total, "header_bytes": header_end}
