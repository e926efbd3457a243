// swift-format-ignore-file
// GENERATED FILE, do not edit. Written by Benchmarks/catalogs/embed.py from
// Sources/VRAMModel/Resources/models.json and Sources/VRAMModel/Resources/gpus.json,
// which stay the source of truth. After editing either, regenerate this file with
//
//     python3 Benchmarks/catalogs/embed.py
//
// (EmbeddedCatalogTests fails until it is regenerated). Each catalog is a raw string
// literal holding the file byte for byte; the generator explains how.

/// The catalogs compiled into the binary, so that vramlint needs no resource bundle.
enum EmbeddedCatalogs {
  /// Every embedded file: its name in `Sources/VRAMModel/Resources/` and its contents.
  static let files: [(name: String, text: String)] = [
    ("models.json", models),
    ("gpus.json", gpus),
  ]

  /// `models.json`: 102134 bytes, SHA-256 2cf691ca369916cab3df9be75668dc1786fd5191fd9399731746f00bf871c9a2.
  static let models: String = ##"""
[
  {
    "id": "huggyllama/llama-7b",
    "aliases": [
      "llama-7b",
      "llama1-7b",
      "llama-1-7b",
      "decapoda-research/llama-7b-hf",
      "llama-7b-hf"
    ],
    "source": "github scottlogic-alex/llm-memory-calculator @ 93934b33eb75e68020f297dd6331c0f7fdaa898f llama-sizes.md (module printout of https://huggingface.co/huggyllama/llama-7b/blob/main/config.json); max_position_embeddings 2048 from the LLaMA paper (arXiv 2302.13971, 2048-token training context)",
    "source_status": "partial",
    "note": "Original LLaMA (v1), re-hosted by huggyllama; decapoda-research/llama-7b-hf (cases C05) is an older conversion of the same weights. Dimensions read from the transformers module printout (32 layers, 4096, FFN 11008, vocab 32000, untied lm_head); max_context, dtype float16 and MHA (32 KV heads) are the LLaMA family defaults, not read from config.json.",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 11008,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 2048,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "float16",
    "params": {
      "stated": "6.7B",
      "source": "LLaMA paper arXiv 2302.13971 Table 2 (6.7B)"
    }
  },
  {
    "id": "huggyllama/llama-13b",
    "aliases": [
      "llama-13b",
      "llama1-13b",
      "llama-1-13b",
      "decapoda-research/llama-13b-hf",
      "llama-13b-hf"
    ],
    "source": "github scottlogic-alex/llm-memory-calculator @ 93934b33eb75e68020f297dd6331c0f7fdaa898f llama-sizes.md (module printout of https://huggingface.co/huggyllama/llama-13b/blob/main/config.json); max_position_embeddings 2048 from the LLaMA paper (arXiv 2302.13971)",
    "source_status": "partial",
    "note": "Original LLaMA 13B (v1). Dimensions from the module printout (40 layers, 5120, FFN 13824, vocab 32000, untied); max_context/dtype are family defaults. decapoda-research/llama-13b-hf (cases C05) is an older conversion of the same weights.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 13824,
    "attention_heads": 40,
    "kv_heads": 40,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 2048,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "float16",
    "params": {
      "stated": "13.0B",
      "source": "LLaMA paper arXiv 2302.13971 Table 2 (13.0B)"
    }
  },
  {
    "id": "huggyllama/llama-65b",
    "aliases": [
      "llama-65b",
      "llama1-65b",
      "llama-1-65b",
      "decapoda-research/llama-65b-hf"
    ],
    "source": "github jafioti/luminal @ 87854bbdf0d838aa1af1008dc8a2a4140f0bfb81 examples/llama/config.rs (65B: hidden 8192, intermediate 22016, 64 heads, 80 layers, vocab 32000); LLaMA paper arXiv 2302.13971 Table 2 (dim 8192, 64 heads, 80 layers)",
    "source_status": "partial",
    "note": "Original LLaMA 65B (v1), the model of the QLoRA claim in cases C07. No verbatim config.json found: dimensions from a hand-written config and the paper; max_context 2048, vocab 32000, untied, float16 are family defaults (as in llama-7b/13b).",
    "layers": 80,
    "hidden_size": 8192,
    "intermediate_size": 22016,
    "attention_heads": 64,
    "kv_heads": 64,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 2048,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "float16",
    "params": {
      "stated": "65.2B",
      "source": "LLaMA paper arXiv 2302.13971 Table 2 (65.2B)"
    }
  },
  {
    "id": "meta-llama/Llama-2-7b-hf",
    "aliases": [
      "llama-2-7b",
      "llama2-7b",
      "llama-2-7b-hf",
      "meta-llama/llama-2-7b-chat-hf",
      "llama-2-7b-chat",
      "llama2-7b-chat"
    ],
    "source": "github scaleapi/llm-engine @ a82369619a365b79a45e49ef6af1045653102615 model-engine/tests/unit/conftest.py lines 810-832 (model_config with _name_or_path meta-llama/Llama-2-7b-hf)",
    "source_status": "complete",
    "note": "Chat variant (Llama-2-7b-chat-hf) has the same architecture. params.total is the F16 weight count; the HF API safetensors.total 6738417664 additionally counts 2048 F32 values (rotary inv_freq buffers saved in the safetensors).",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 11008,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 4096,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "float16",
    "params": {
      "total": 6738415616,
      "stated": "7B",
      "source": "HF model API snapshot github daniel-p-green/alain-ai-learning-platform @ 522537bc54b2efa439c7755a8c5dedd6f8b001da out/research-meta-llama-llama-2-7b-hf/sources/huggingface/model.json: safetensors.parameters {F32: 2048, F16: 6738415616}, total 6738417664; stated size from the model name"
    }
  },
  {
    "id": "meta-llama/Llama-2-13b-hf",
    "aliases": [
      "llama-2-13b",
      "llama2-13b",
      "llama-2-13b-hf",
      "meta-llama/llama-2-13b-chat-hf",
      "llama-2-13b-chat"
    ],
    "source": "github scaleapi/llm-engine @ a82369619a365b79a45e49ef6af1045653102615 model-engine/tests/unit/domain/test_llm_use_cases.py lines 3360-3384 (model_config with _name_or_path meta-llama/Llama-2-13b-hf)",
    "source_status": "partial",
    "note": "Fixture omits tie_word_embeddings/rope_scaling: tie_word_embeddings false taken from the github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'llama2_13b' (_name_or_path meta-llama/Llama-2-13b-hf). params.total is HF safetensors.total 13015866880 minus the 2560 F32 rotary buffers (40 layers x 64), by analogy with Llama-2-7b-hf.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 13824,
    "attention_heads": 40,
    "kv_heads": 40,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 4096,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "float16",
    "params": {
      "total": 13015864320,
      "stated": "13B",
      "source": "HF model API safetensors.total as recorded in the HF_API table of a public GitHub dataset script on LLM training compute (repository/path not recorded; see /work/shared/models notes): safetensors.total 13015866880 at revision 5c31dfb671ce7cfe2d7bb7c04375e44c55e815b1 (includes 2560 F32 rotary buffers)"
    }
  },
  {
    "id": "meta-llama/Llama-2-70b-hf",
    "aliases": [
      "llama-2-70b",
      "llama2-70b",
      "llama-2-70b-hf",
      "meta-llama/llama-2-70b-chat-hf",
      "llama-2-70b-chat"
    ],
    "source": "github scaleapi/llm-engine @ a82369619a365b79a45e49ef6af1045653102615 model-engine/tests/unit/domain/test_llm_use_cases.py lines 3436-3460 (model_config with _name_or_path meta-llama/Llama-2-70b-hf)",
    "source_status": "partial",
    "note": "GQA 64 q / 8 kv heads. tie_word_embeddings false is the Llama-2 family value (see Llama-2-7b-hf, mlc preset llama2_70b). params.total is HF safetensors.total 68976653312 minus 5120 F32 rotary buffers (80 layers x 64).",
    "layers": 80,
    "hidden_size": 8192,
    "intermediate_size": 28672,
    "attention_heads": 64,
    "kv_heads": 8,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 4096,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "float16",
    "params": {
      "total": 68976648192,
      "stated": "70B",
      "source": "HF model API safetensors.total as recorded in the HF_API table of a public GitHub dataset script on LLM training compute (repository/path not recorded; see /work/shared/models notes): safetensors.total 68976653312 at revision 3aba440b59558f995867ba6e1f58f21d0336b5bb (includes 5120 F32 rotary buffers)"
    }
  },
  {
    "id": "codellama/CodeLlama-7b-hf",
    "aliases": [
      "codellama-7b",
      "codellama-7b-hf",
      "code-llama-7b"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'codellama_7b' (line 80; _name_or_path codellama/CodeLlama-7b-hf)",
    "source_status": "proxy",
    "note": "mlc preset, mlc keys context_window_size/prefill_chunk_size dropped; gpu_poor all_configs.json agrees on the dimensions. vocab 32016 (16 infilling tokens), rope_theta 1e6, 16k context. Param check: architecture gives 6.74B (Llama-2-7B tensors + 16 extra vocab rows); '7B' is the size-class name.",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 11008,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 32016,
    "tied_embeddings": false,
    "max_context": 16384,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "7B",
      "source": "model name (Code Llama 7B)"
    }
  },
  {
    "id": "meta-llama/Meta-Llama-3-8B",
    "aliases": [
      "llama-3-8b",
      "llama3-8b",
      "meta-llama-3-8b",
      "meta-llama/meta-llama-3-8b-instruct",
      "meta-llama-3-8b-instruct",
      "llama-3-8b-instruct",
      "llama3-8b-instruct"
    ],
    "source": "github scaleapi/llm-engine @ a82369619a365b79a45e49ef6af1045653102615 model-engine/tests/unit/domain/test_llm_use_cases.py lines 3323-3347 (test 'llama-3-8b', eos 128001 = base); cross-check github kevinstephano/thunder_model_blocks @ 4b180c4fedfe518387c051706be7e200a367e4e0 thunder_model_blocks/llama/llama_3_8B_Instruct_config.py (verbatim Meta-Llama-3-8B-Instruct config)",
    "source_status": "partial",
    "note": "Base fixture omits tie_word_embeddings; false taken from the Instruct config (identical architecture: 32 layers, 4096, 8 KV heads, 14336, vocab 128256, 8192 context, rope_theta 5e5). Base and Instruct share this entry (cases A01/A02 use the base id, C10 the Instruct GGUF).",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "vocab_size": 128256,
    "tied_embeddings": false,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "total": 8030261248,
      "stated": "8B",
      "source": "HF model API snapshot github daniel-p-green/alain-ai-learning-platform @ 522537bc54b2efa439c7755a8c5dedd6f8b001da out/research-meta-llama-meta-llama-3-8b/sources/huggingface/model.json (safetensors BF16 8030261248)"
    }
  },
  {
    "id": "meta-llama/Meta-Llama-3-70B-Instruct",
    "aliases": [
      "meta-llama/meta-llama-3-70b",
      "llama-3-70b",
      "llama3-70b",
      "meta-llama-3-70b",
      "meta-llama-3-70b-instruct",
      "llama-3-70b-instruct",
      "llama3-70b-instruct"
    ],
    "source": "github mlc-ai/mlc-llm @ 01ced331a9e155c5ba4e7625b027a51bee611450 python/mlc_llm/model/model_preset.py commented preset 'llama3_70b' (eos 128001: base Meta-Llama-3-70B config)",
    "source_status": "proxy",
    "note": "Config of the BASE model (mlc preset, commented out to save CI time); the Instruct model (cases C11) has the same architecture and differs in eos_token_id. Same tensor shapes as Llama-3.1-70B except the 8192 context.",
    "layers": 80,
    "hidden_size": 8192,
    "intermediate_size": 28672,
    "attention_heads": 64,
    "kv_heads": 8,
    "vocab_size": 128256,
    "tied_embeddings": false,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "70B",
      "source": "model name (Meta Llama 3 70B)"
    }
  },
  {
    "id": "meta-llama/Llama-3.1-8B-Instruct",
    "aliases": [
      "meta-llama/llama-3.1-8b",
      "meta-llama/meta-llama-3.1-8b",
      "meta-llama/meta-llama-3.1-8b-instruct",
      "llama-3.1-8b",
      "llama-3.1-8b-instruct",
      "llama3.1-8b",
      "llama3.1-8b-instruct",
      "meta-llama-3.1-8b",
      "meta-llama-3.1-8b-instruct"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'llama3_1_8b' (line 1427; eos [128001,128008,128009] = Instruct); base config verbatim in github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md (section 'Llama-3.1-8B')",
    "source_status": "proxy",
    "note": "mlc preset is not labelled with the HF id; the base config (LLM-Prof) is identical apart from eos_token_id. Base and Instruct share this entry.",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "vocab_size": 128256,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "total": 8030261248,
      "stated": "8B",
      "source": "HF safetensors.total 8030261248 (GitHub doc example of HF API metadata for meta-llama/Llama-3.1-8B-Instruct, see /work/shared/models; equals the base model's figure); llama.cpp prints 'model params = 8.03 B' (cases B02)"
    }
  },
  {
    "id": "meta-llama/Llama-3.1-70B-Instruct",
    "aliases": [
      "meta-llama/llama-3.1-70b",
      "meta-llama/meta-llama-3.1-70b",
      "meta-llama/meta-llama-3.1-70b-instruct",
      "llama-3.1-70b",
      "llama-3.1-70b-instruct",
      "llama3.1-70b",
      "llama3.1-70b-instruct",
      "meta-llama-3.1-70b-instruct"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'llama3_1_70b' (line 1459; eos list = Instruct)",
    "source_status": "proxy",
    "note": "mlc preset not labelled with the HF id; matches maxtext llama31_70b_config and the aiconfigurator base config except eos. params.total is the BASE model's safetensors.total (identical tensor shapes). Alias meta-llama/meta-llama-3.1-70b-instruct is the old repo name used in cases C04.",
    "layers": 80,
    "hidden_size": 8192,
    "intermediate_size": 28672,
    "attention_heads": 64,
    "kv_heads": 8,
    "vocab_size": 128256,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "total": 70553706496,
      "stated": "70B",
      "source": "HF model API safetensors.total as recorded in the HF_API table of a public GitHub dataset script on LLM training compute (repository/path not recorded; see /work/shared/models notes): BASE meta-llama/Llama-3.1-70B safetensors.total 70553706496 (revision 349b2ddb53ce8f2849a6c168a81980ab25258dac)"
    }
  },
  {
    "id": "meta-llama/Llama-3.1-405B-Instruct",
    "aliases": [
      "meta-llama/llama-3.1-405b",
      "meta-llama/meta-llama-3.1-405b",
      "meta-llama/meta-llama-3.1-405b-instruct",
      "llama-3.1-405b",
      "llama-3.1-405b-instruct",
      "llama3.1-405b",
      "llama3.1-405b-instruct"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-405B_config.json (BASE model config)",
    "source_status": "proxy",
    "note": "Base config (eos 128001); the Instruct model has the same architecture (maxtext llama31_405b_config). The bf16 Instruct repo is assumed; meta-llama/Llama-3.1-405B-Instruct-FP8 is a separate checkpoint. params.total is the base model's figure.",
    "layers": 126,
    "hidden_size": 16384,
    "intermediate_size": 53248,
    "attention_heads": 128,
    "kv_heads": 8,
    "vocab_size": 128256,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "total": 405853388800,
      "stated": "405B",
      "source": "HF model API safetensors.total as recorded in the HF_API table of a public GitHub dataset script on LLM training compute (repository/path not recorded; see /work/shared/models notes): BASE meta-llama/Llama-3.1-405B safetensors.total 405853388800 (revision b906e4dc842aa489c962f9db26554dcfdde901fe)"
    }
  },
  {
    "id": "meta-llama/Llama-3.2-1B",
    "aliases": [
      "llama-3.2-1b",
      "llama3.2-1b",
      "meta-llama/llama-3.2-1b-instruct",
      "llama-3.2-1b-instruct",
      "llama3.2-1b-instruct"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'llama3_2_1b' (line 1491)",
    "source_status": "proxy",
    "note": "The preset carries the Instruct eos list; base and Instruct share the architecture (16 layers, head_dim 64, tied embeddings). Both share this entry.",
    "layers": 16,
    "hidden_size": 2048,
    "intermediate_size": 8192,
    "attention_heads": 32,
    "kv_heads": 8,
    "head_dim": 64,
    "vocab_size": 128256,
    "tied_embeddings": true,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "total": 1235814400,
      "stated": "1.23B",
      "source": "HF model API snapshot github daniel-p-green/alain-ai-learning-platform @ 522537bc54b2efa439c7755a8c5dedd6f8b001da out/research-meta-llama-llama-3-2-1b/sources/huggingface/model.json (safetensors BF16 1235814400); 1.23B from the Llama 3.2 model card table"
    }
  },
  {
    "id": "meta-llama/Llama-3.2-3B",
    "aliases": [
      "llama-3.2-3b",
      "llama3.2-3b",
      "meta-llama/llama-3.2-3b-instruct",
      "llama-3.2-3b-instruct",
      "llama3.2-3b-instruct"
    ],
    "source": "github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md (section 'Llama-3.2-3B', eos 128001 = base)",
    "source_status": "complete",
    "note": "Instruct variant (mlc preset llama3_2_3b) has identical architecture; both share this entry.",
    "layers": 28,
    "hidden_size": 3072,
    "intermediate_size": 8192,
    "attention_heads": 24,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 128256,
    "tied_embeddings": true,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "3.21B",
      "source": "Llama 3.2 model card table (https://huggingface.co/meta-llama/Llama-3.2-3B): 3B (3.21B)"
    }
  },
  {
    "id": "meta-llama/Llama-3.3-70B-Instruct",
    "aliases": [
      "llama-3.3-70b",
      "llama-3.3-70b-instruct",
      "llama3.3-70b",
      "llama3.3-70b-instruct"
    ],
    "source": "github ai-dynamo/aiconfigurator @ f577ab8432dfc9970fea27853a24861a6d3076cf src/aiconfigurator/model_configs/meta-llama--Llama-3.3-70B-Instruct_config.json",
    "source_status": "complete",
    "layers": 80,
    "hidden_size": 8192,
    "intermediate_size": 28672,
    "attention_heads": 64,
    "kv_heads": 8,
    "vocab_size": 128256,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "70B",
      "source": "model name (Llama 3.3 70B)"
    }
  },
  {
    "id": "meta-llama/Llama-4-Scout-17B-16E-Instruct",
    "aliases": [
      "llama-4-scout",
      "llama4-scout",
      "llama-4-scout-17b-16e",
      "llama-4-scout-17b-16e-instruct",
      "meta-llama/llama-4-scout-17b-16e"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/meta-llama--Llama-4-Scout-17B-16E-Instruct_config.json (trimmed copy: text_config only)",
    "source_status": "partial",
    "note": "Every layer is MoE (interleave_moe_layer_step 1): 16 routed experts top-1 of width 8192 plus 1 shared expert of width 8192; intermediate_size_mlp 16384 is unused. tie_word_embeddings false is the Llama4TextConfig default (key missing in the trimmed copy). use_qk_norm true is a weight-free L2 norm, so qk_norm is left off. Chunked local attention (attention_chunk_size 8192) on 3 of every 4 layers (every 4th layer is a global NoPE layer): modelled as sliding_window 8192 on 36 of 48 layers. max_position_embeddings 10485760 (10M). Vision config not in the trimmed copy: extra = Llama 4 vision encoder + adapter + projector computed from vision_config (34 layers x 1408, FFN 5632, patch 14, image 336, pixel-shuffle adapter 5632->4096->4096, projector 4096->5120): ~0.87B, assuming Scout uses the same encoder as Maverick.",
    "layers": 48,
    "hidden_size": 5120,
    "intermediate_size": 8192,
    "attention_heads": 40,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 202048,
    "tied_embeddings": false,
    "max_context": 10485760,
    "mlp": "gated",
    "norm": "rms",
    "sliding_window": 8192,
    "sliding_window_layers": 36,
    "moe": {
      "experts": 16,
      "experts_per_token": 1,
      "expert_intermediate_size": 8192,
      "shared_experts": 1,
      "shared_expert_intermediate_size": 8192,
      "moe_layer_interval": 1
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "109B",
      "extra": 871932416,
      "source": "Llama 4 model card (https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct): 17B active / 109B total parameters; extra computed from the Maverick vision_config (github ai-dynamo/aiconfigurator @ 64c5ddb697dd8ad88a938f65b23d25cf5f45de12 aic-core/src/aiconfigurator_core/model_configs/meta-llama--Llama-4-Maverick-17B-128E-Instruct_config.json)"
    }
  },
  {
    "id": "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
    "aliases": [
      "llama-4-maverick",
      "llama4-maverick",
      "llama-4-maverick-17b-128e",
      "llama-4-maverick-17b-128e-instruct",
      "meta-llama/llama-4-maverick-17b-128e"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 64c5ddb697dd8ad88a938f65b23d25cf5f45de12 aic-core/src/aiconfigurator_core/model_configs/meta-llama--Llama-4-Maverick-17B-128E-Instruct_config.json",
    "source_status": "partial",
    "note": "Copy keeps text_config and vision_config but drops some text keys (no_rope_layers, moe_layers, tie_word_embeddings: false = Llama4TextConfig default). interleave_moe_layer_step 2: 24 MoE layers (128 routed experts top-1 of width 8192 + 1 shared expert of width 8192) alternate with 24 dense layers of width intermediate_size_mlp 16384 (given here as intermediate_size). use_qk_norm false. Chunked local attention (8192) on 3 of every 4 layers, modelled as sliding_window 8192 on 36 layers. The official repo ships bf16 weights (an -FP8 variant exists separately). extra = Llama 4 vision encoder + adapter + projector computed from vision_config (34 layers x 1408, FFN 5632, patch 14, image 336, pixel-shuffle adapter 5632->4096->4096, projector 4096->5120): ~0.87B.",
    "layers": 48,
    "hidden_size": 5120,
    "intermediate_size": 16384,
    "attention_heads": 40,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 202048,
    "tied_embeddings": false,
    "max_context": 1048576,
    "mlp": "gated",
    "norm": "rms",
    "sliding_window": 8192,
    "sliding_window_layers": 36,
    "moe": {
      "experts": 128,
      "experts_per_token": 1,
      "expert_intermediate_size": 8192,
      "shared_experts": 1,
      "shared_expert_intermediate_size": 8192,
      "moe_layer_interval": 2
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "400B",
      "extra": 871932416,
      "source": "Llama 4 model card (https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct): 17B active / 400B total; extra computed from vision_config in the cited file"
    }
  },
  {
    "id": "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
    "aliases": [
      "deepseek-r1-distill-llama-8b",
      "r1-distill-llama-8b"
    ],
    "source": "architecture of meta-llama/Llama-3.1-8B (github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md, section 'Llama-3.1-8B'); HF model API snapshot github daniel-p-green/alain-ai-learning-platform @ 522537bc54b2efa439c7755a8c5dedd6f8b001da out/research-deepseek-ai-deepseek-r1-distill-llama-8b/sources/huggingface/model.json (LlamaForCausalLM, sha 6a6f4aa4197940add57724a7707d069478df56b1)",
    "source_status": "proxy",
    "note": "Distilled from DeepSeek-R1 onto Llama-3.1-8B; the HF API reports LlamaForCausalLM and exactly the Llama-3.1-8B parameter count (8030261248 BF16), so the base config stands in. Context 131072 per the distill model cards.",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "vocab_size": 128256,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "total": 8030261248,
      "stated": "8B",
      "source": "HF model API snapshot (cited source): safetensors BF16 8030261248"
    }
  },
  {
    "id": "deepseek-ai/DeepSeek-R1-Distill-Llama-70B",
    "aliases": [
      "deepseek-r1-distill-llama-70b",
      "r1-distill-llama-70b"
    ],
    "source": "architecture of meta-llama/Llama-3.3-70B-Instruct (github ai-dynamo/aiconfigurator @ f577ab8432dfc9970fea27853a24861a6d3076cf src/aiconfigurator/model_configs/meta-llama--Llama-3.3-70B-Instruct_config.json)",
    "source_status": "proxy",
    "note": "DeepSeek-R1 distilled onto Llama-3.3-70B-Instruct (DeepSeek-R1 README); no config.json of the distill itself was found, the base model's config stands in (eos/bos differ).",
    "layers": 80,
    "hidden_size": 8192,
    "intermediate_size": 28672,
    "attention_heads": 64,
    "kv_heads": 8,
    "vocab_size": 128256,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "70B",
      "source": "model name"
    }
  },
  {
    "id": "mistralai/Mistral-7B-v0.1",
    "aliases": [
      "mistral-7b-v0.1",
      "mistral-7b",
      "mistralai/mistral-7b-instruct-v0.1",
      "mistral-7b-instruct-v0.1"
    ],
    "source": "github mlc-ai/mlc-llm @ 01ced331a9e155c5ba4e7625b027a51bee611450 python/mlc_llm/model/model_preset.py preset 'mistral_7b' (vocab 32000, rope_theta 1e4, sliding window 4096); same values in a transformers MistralConfig printout with _name_or_path mistralai/Mistral-7B-v0.1 (public GitHub notebook, repository not recorded)",
    "source_status": "proxy",
    "note": "mlc renames sliding_window to sliding_window_size and adds attention_sink_size/prefill_chunk_size; the transformers printout shows sliding_window 4096, max_position_embeddings 32768, tie false, bf16. Sliding window on all layers (Mistral-7B-Instruct-v0.1 has the same config).",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "sliding_window": 4096,
    "dtype": "bfloat16",
    "params": {
      "stated": "7.3B",
      "source": "Mistral 7B announcement (https://mistral.ai/news/announcing-mistral-7b): 7.3B parameters"
    }
  },
  {
    "id": "mistralai/Mistral-7B-Instruct-v0.3",
    "aliases": [
      "mistralai/mistral-7b-v0.3",
      "mistral-7b-v0.3",
      "mistral-7b-instruct-v0.3"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'mistral_7b_v03' (line 228)",
    "source_status": "proxy",
    "note": "Preset not labelled base vs Instruct; v0.3 base and Instruct share the architecture (vocab 32768, rope_theta 1e6, no sliding window).",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "vocab_size": 32768,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "7.3B",
      "source": "Mistral 7B family figure (https://mistral.ai/news/announcing-mistral-7b)"
    }
  },
  {
    "id": "mistralai/Mistral-Nemo-Base-2407",
    "aliases": [
      "mistral-nemo-base-2407",
      "mistral-nemo-base"
    ],
    "source": "github kevinstephano/thunder_model_blocks @ 7327d0fa4d917dd8614cc10ce8b176a54aee1773 hf_mistral-nemo/mistral-nemo_lora_model.py (verbatim config string, _name_or_path mistralai/Mistral-Nemo-Base-2407)",
    "source_status": "complete",
    "note": "head_dim 128 (32 x 128 = 4096 != hidden 5120). max_position_embeddings 128000. Param check: architecture gives 12.25B; the announced '12B' is rounded.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 131072,
    "tied_embeddings": false,
    "max_context": 128000,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "12B",
      "source": "Mistral NeMo announcement (https://mistral.ai/news/mistral-nemo): 12B"
    }
  },
  {
    "id": "mistralai/Mistral-Nemo-Instruct-2407",
    "aliases": [
      "mistral-nemo",
      "mistral-nemo-12b",
      "mistral-nemo-instruct",
      "mistral-nemo-instruct-2407"
    ],
    "source": "architecture from github kevinstephano/thunder_model_blocks @ 7327d0fa4d917dd8614cc10ce8b176a54aee1773 hf_mistral-nemo/mistral-nemo_lora_model.py (Base-2407 config); max_position_embeddings from github NVIDIA/NeMo @ 09d2252fd8f5bface4ce5ac51f055614b73912c9 nemo/collections/llm/gpt/model/mistral.py (MistralNeMo2407Config12B comment: '\"max_position_embeddings\": 1024000')",
    "source_status": "partial",
    "note": "Same tensors as Mistral-Nemo-Base-2407; the Instruct config.json declares max_position_embeddings 1024000 (engines defaulting max_model_len to it will size KV for 1M tokens; the model card recommends 128k). Instruct config itself not read. Param check: architecture gives 12.25B; the announced '12B' is rounded.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 131072,
    "tied_embeddings": false,
    "max_context": 1024000,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "12B",
      "source": "Mistral NeMo announcement (https://mistral.ai/news/mistral-nemo)"
    }
  },
  {
    "id": "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
    "aliases": [
      "mistral-small-3.1",
      "mistral-small-3.1-24b",
      "mistral-small-3.1-24b-instruct",
      "mistral-small-3.1-24b-instruct-2503",
      "mistralai/mistral-small-3.1-24b-base-2503"
    ],
    "source": "Hugging Face page https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503/blob/main/config.json (page copy, text_config complete, vision_config cut); dimensions cross-checked against https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503/raw/68faf511d618ef198fef186659617cfd2eb8e33a/config.json as transcribed in a public GitHub script (exp2_memory_wall.py, repository not recorded)",
    "source_status": "partial",
    "note": "Mistral3ForConditionalGeneration; text_config: head_dim 128, rope_theta 1e9, no sliding window. tie_word_embeddings not visible: false assumed (Mistral family; untied count 23.57B + vision 0.44B matches the stated 24B, tied would give 23.3B). extra = Pixtral vision encoder (24 layers x 1024, gated FFN 4096, patch 14; values from the visible vision_config part and the identical encoder in the mlc-llm ministral3 preset) + patch merger + 2-layer projector, computed ~0.44B.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 32768,
    "attention_heads": 32,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 131072,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "24B",
      "extra": 438958080,
      "source": "model name / card (24B); extra computed from vision_config (see note)"
    }
  },
  {
    "id": "mistralai/Mixtral-8x7B-Instruct-v0.1",
    "aliases": [
      "mixtral-8x7b",
      "mixtral-8x7b-instruct",
      "mixtral-8x7b-instruct-v0.1",
      "mistralai/mixtral-8x7b-v0.1",
      "mixtral-8x7b-v0.1",
      "mixtral-8x7b-holodeck-v1"
    ],
    "source": "Hugging Face page https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1/blob/eba92302a2861cdc0098cc54bc9f17cb2c47eb61/config.json (page copy)",
    "source_status": "complete",
    "note": "8 experts top-2, expert width 14336, no shared expert, every layer MoE. Base Mixtral-8x7B-v0.1 (mlc preset Mixtral-8x7B-v0.1) is identical. Alias mixtral-8x7b-holodeck-v1 (cases C09) is a community fine-tune with the same architecture.",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "moe": {
      "experts": 8,
      "experts_per_token": 2,
      "expert_intermediate_size": 14336
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "46.7B",
      "source": "github Azure/azureml-assets assets/models/system/mistralai-Mixtral-8x7B-Instruct-v01/description.md: 46.7B total parameters, 12.9B used per token"
    }
  },
  {
    "id": "mistralai/Mixtral-8x22B-Instruct-v0.1",
    "aliases": [
      "mixtral-8x22b",
      "mixtral-8x22b-instruct",
      "mixtral-8x22b-instruct-v0.1",
      "mistralai/mixtral-8x22b-v0.1",
      "mixtral-8x22b-v0.1"
    ],
    "source": "github bytedance/ByteMLPerf @ a30b4f97b174c1f542d601573686524950ef190f byte_infer_perf/llm_perf/model_zoo/mixtral-torch-bf16-8x22b.json ('network' object)",
    "source_status": "complete",
    "note": "Identical to maxtext mixtral_8x22b_dict (commented as the HF config). 8 experts top-2 of width 16384.",
    "layers": 56,
    "hidden_size": 6144,
    "intermediate_size": 16384,
    "attention_heads": 48,
    "kv_heads": 8,
    "vocab_size": 32768,
    "tied_embeddings": false,
    "max_context": 65536,
    "mlp": "gated",
    "norm": "rms",
    "moe": {
      "experts": 8,
      "experts_per_token": 2,
      "expert_intermediate_size": 16384
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "141B",
      "source": "Mixtral 8x22B announcement (https://mistral.ai/news/mixtral-8x22b): 141B total, 39B active"
    }
  },
  {
    "id": "meetkai/functionary-small-v2.4",
    "aliases": [
      "functionary-small-v2.4",
      "meetkai/functionary-small-v2.4-gguf"
    ],
    "source": "no config.json found; architecture assumed = Mistral-7B family (github mlc-ai/mlc-llm @ 01ced331a9e155c5ba4e7625b027a51bee611450 python/mlc_llm/model/model_preset.py preset 'mistral_7b'); 8k context from the MeetKai/functionary README model table (https://github.com/MeetKai/functionary)",
    "source_status": "partial",
    "note": "7B function-calling fine-tune (cases C14 uses its GGUF). KV geometry is consistent with C14: llama.cpp KV 256 MiB at n_ctx 2048 f16 = 32 layers x 1024 KV dims. Assumed from the Mistral-7B family, unverified: FFN 14336, vocab 32000 (functionary adds special tokens, so the real vocab may be slightly larger), no sliding window, untied, bf16. Param check: assumed architecture gives 7.24B (Mistral-7B); '7B' is the size-class label.",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 14336,
    "attention_heads": 32,
    "kv_heads": 8,
    "vocab_size": 32000,
    "tied_embeddings": false,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "7B",
      "source": "Hugging Face discussion dranger003/c4ai-command-r-v01-iMat.GGUF #6 table (cases C14): functionary-small-v2.4 (7B)"
    }
  },
  {
    "id": "Qwen/Qwen-7B",
    "aliases": [
      "qwen-7b",
      "qwen1-7b",
      "qwen/qwen-7b-chat",
      "qwen-7b-chat"
    ],
    "source": "github abhibambhaniya/GenZ-LLM-Analyzer @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 GenZ/Models/Model_sets/alibaba.py lines 11-16 (qwen1_7b_config; comment cites https://huggingface.co/Qwen/Qwen-7B/blob/main/config.json)",
    "source_status": "partial",
    "note": "Hand-transcribed dims. Qwen-1 config 'intermediate_size' 22016 is twice the per-branch FFN width (modeling_qwen uses intermediate_size // 2 for w1/w2): intermediate_size here is 11008. seq_length 8192 (GenZ max_model_len; the Sep-2023 v1.1 update). Family defaults (QWenLMHeadModel): MHA, c_attn has a bias (qkv_bias), c_proj/MLP without bias (no_bias true), RMSNorm, untied lm_head, bf16 weights; not read from the file. Param check: architecture gives 7.72B (with the halved FFN width; the unhalved 22016 would give 12.0B); '7B' is the size-class name.",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 11008,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 151936,
    "tied_embeddings": false,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "7B",
      "source": "model name (Qwen-7B)"
    }
  },
  {
    "id": "Qwen/Qwen-14B",
    "aliases": [
      "qwen-14b",
      "qwen1-14b",
      "qwen/qwen-14b-chat",
      "qwen-14b-chat"
    ],
    "source": "github abhibambhaniya/GenZ-LLM-Analyzer @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 GenZ/Models/Model_sets/alibaba.py lines 18-23 (qwen1_14b_config; comment cites https://huggingface.co/Qwen/Qwen-14B/blob/main/config.json)",
    "source_status": "partial",
    "note": "Config intermediate_size 27392 = 2 x 13696 per-branch width (given here). seq_length 2048 (GenZ max_model_len). Cross-check: gpu_poor all_configs.json 'Qwen/Qwen-14B-Chat' (hidden 5120, intermediate 27392, 40 heads, 40 layers, vocab 152064). Qwen-1 family defaults as for Qwen-7B. Param check: architecture gives 14.17B vs the '14B' name.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 13696,
    "attention_heads": 40,
    "kv_heads": 40,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 2048,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "14B",
      "source": "model name (Qwen-14B)"
    }
  },
  {
    "id": "Qwen/Qwen-72B",
    "aliases": [
      "qwen-72b",
      "qwen1-72b",
      "qwen/qwen-72b-chat",
      "qwen-72b-chat"
    ],
    "source": "github abhibambhaniya/GenZ-LLM-Analyzer @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 GenZ/Models/Model_sets/alibaba.py lines 25-30 (qwen1_72b_config; comment cites https://huggingface.co/Qwen/Qwen-72B/blob/main/config.json)",
    "source_status": "partial",
    "note": "Config intermediate_size 49152 = 2 x 24576 per-branch width (given here). seq_length 32768. GenZ lists num_key_value_heads 40 (copy error; Qwen-1 has no GQA): MHA 64 used. Qwen-1 family defaults as for Qwen-7B.",
    "layers": 80,
    "hidden_size": 8192,
    "intermediate_size": 24576,
    "attention_heads": 64,
    "kv_heads": 64,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "72B",
      "source": "model name (Qwen-72B)"
    }
  },
  {
    "id": "Qwen/Qwen1.5-32B-Chat",
    "aliases": [
      "qwen1.5-32b-chat",
      "qwen1.5-32b",
      "qwen/qwen1.5-32b"
    ],
    "source": "github abhibambhaniya/GenZ-LLM-Analyzer @ 13ebfb842b4248bf0252d089a904181e33ead320 GenZ/Models/Model_sets/alibaba.py (qwen1_5_32b_config; comment cites https://huggingface.co/Qwen/Qwen1.5-32B/blob/main/config.json)",
    "source_status": "partial",
    "note": "Hand-transcribed: 64 layers, hidden 5120, 8 KV heads, intermediate 27392, vocab 152064, 32k context. GenZ gives num_attention_heads 64, which contradicts head_dim 128 and the llama.cpp KV size in cases C12 (512 MiB at n_ctx 2048 f16 = 64 layers x 1024 KV dims = 8 x 128): 40 heads used. Qwen2 family defaults: qkv bias, untied, bf16, no sliding window. Param check: architecture gives 32.51B vs the '32B' name (with GenZ's 64 heads and head_dim 80 the count would be unchanged, but KV would disagree with C12).",
    "layers": 64,
    "hidden_size": 5120,
    "intermediate_size": 27392,
    "attention_heads": 40,
    "kv_heads": 8,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "32B",
      "source": "model name (Qwen1.5-32B)"
    }
  },
  {
    "id": "Qwen/Qwen1.5-MoE-A2.7B",
    "aliases": [
      "qwen1.5-moe-a2.7b",
      "qwen/qwen1.5-moe-a2.7b-chat",
      "qwen1.5-moe-a2.7b-chat"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'qwen2moe' (line 982)",
    "source_status": "proxy",
    "note": "Unlabelled preset (eos 151645 suggests the -Chat config); values identify Qwen1.5-MoE-A2.7B: 60 experts top-4 of width 1408 plus one shared expert of width 5632 (with a 1-output shared_expert_gate), every layer MoE, use_sliding_window false.",
    "layers": 24,
    "hidden_size": 2048,
    "intermediate_size": 5632,
    "attention_heads": 16,
    "kv_heads": 16,
    "vocab_size": 151936,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "moe": {
      "experts": 60,
      "experts_per_token": 4,
      "expert_intermediate_size": 1408,
      "shared_experts": 1,
      "shared_expert_intermediate_size": 5632
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "14.3B",
      "source": "Qwen1.5-MoE blog (https://qwenlm.github.io/blog/qwen-moe/): 14.3B total, 2.7B activated"
    }
  },
  {
    "id": "Qwen/Qwen2.5-0.5B-Instruct",
    "aliases": [
      "qwen2.5-0.5b",
      "qwen2.5-0.5b-instruct",
      "qwen/qwen2.5-0.5b"
    ],
    "source": "github mlc-ai/mlc-llm @ 01ced331a9e155c5ba4e7625b027a51bee611450 python/mlc_llm/model/model_preset.py preset 'qwen2_0_5b' (Qwen2-0.5B-Instruct config); Qwen2.5-0.5B dimensions cross-checked against https://huggingface.co/Qwen/Qwen2.5-0.5B/raw/060db6499f32faf8b98477b0a26969ef7d8b9987/config.json as transcribed in a public GitHub script (exp2_memory_wall.py, repository not recorded)",
    "source_status": "proxy",
    "note": "Qwen2 and Qwen2.5 0.5B share the architecture (24 layers, 896, 14 q / 2 kv heads, head_dim 64, FFN 4864, tied embeddings). Instruct context 32768.",
    "layers": 24,
    "hidden_size": 896,
    "intermediate_size": 4864,
    "attention_heads": 14,
    "kv_heads": 2,
    "vocab_size": 151936,
    "tied_embeddings": true,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "0.49B",
      "source": "Qwen2.5-0.5B-Instruct model card (https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct): 0.49B parameters"
    }
  },
  {
    "id": "Qwen/Qwen2.5-1.5B-Instruct",
    "aliases": [
      "qwen2.5-1.5b",
      "qwen2.5-1.5b-instruct",
      "qwen/qwen2.5-1.5b"
    ],
    "source": "github mlc-ai/mlc-llm @ 01ced331a9e155c5ba4e7625b027a51bee611450 python/mlc_llm/model/model_preset.py preset 'qwen2_1_5b' (Qwen2-1.5B-Instruct config); github abhibambhaniya/GenZ-LLM-Analyzer @ 13ebfb842b4248bf0252d089a904181e33ead320 GenZ/Models/Model_sets/alibaba.py qwen2_1_5b_config (comment cites https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct/blob/main/config.json)",
    "source_status": "proxy",
    "note": "Qwen2-1.5B-Instruct preset stands in; GenZ's transcription of the Qwen2.5-1.5B-Instruct config agrees (1536, 12 q / 2 kv heads, FFN 8960, 28 layers, vocab 151936, 32k). Tied embeddings.",
    "layers": 28,
    "hidden_size": 1536,
    "intermediate_size": 8960,
    "attention_heads": 12,
    "kv_heads": 2,
    "vocab_size": 151936,
    "tied_embeddings": true,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "1.54B",
      "source": "Qwen2.5-1.5B-Instruct model card (https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct): 1.54B"
    }
  },
  {
    "id": "Qwen/Qwen2.5-3B-Instruct",
    "aliases": [
      "qwen2.5-3b",
      "qwen2.5-3b-instruct",
      "qwen/qwen2.5-3b"
    ],
    "source": "github mlc-ai/mlc-llm @ 01ced331a9e155c5ba4e7625b027a51bee611450 python/mlc_llm/model/model_preset.py preset 'qwen2.5_3b' (eos 151645 = Instruct); base config verbatim in github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md (section 'Qwen2.5-3B')",
    "source_status": "proxy",
    "note": "mlc preset (max_window_layers 70 as in the HF Instruct config); base Qwen2.5-3B has identical dims and also 32768 context. Tied embeddings.",
    "layers": 36,
    "hidden_size": 2048,
    "intermediate_size": 11008,
    "attention_heads": 16,
    "kv_heads": 2,
    "vocab_size": 151936,
    "tied_embeddings": true,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "3.09B",
      "source": "Qwen2.5-3B-Instruct model card (https://huggingface.co/Qwen/Qwen2.5-3B-Instruct): 3.09B"
    }
  },
  {
    "id": "Qwen/Qwen2.5-7B-Instruct",
    "aliases": [
      "qwen2.5-7b",
      "qwen2.5-7b-instruct",
      "qwen/qwen2.5-7b"
    ],
    "source": "github kevinstephano/thunder_model_blocks @ d84dd5ccba375ee539abc702629d048f56c3852b hf_qwen2/qwen2_rope.py (verbatim config string, _name_or_path Qwen/Qwen2.5-7B-Instruct, transformers 4.43.3)",
    "source_status": "complete",
    "note": "Instruct config differs from the base config only in eos_token_id (151645 vs 151643) and max_position_embeddings (32768 vs 131072 in base); base and Instruct share this entry, so the base model's longer declared context is not reflected. use_sliding_window false (sliding_window value ignored). Base config: github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md (section 'Qwen2.5-7B').",
    "layers": 28,
    "hidden_size": 3584,
    "intermediate_size": 18944,
    "attention_heads": 28,
    "kv_heads": 4,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "7.61B",
      "source": "Qwen2.5-7B-Instruct model card (https://huggingface.co/Qwen/Qwen2.5-7B-Instruct): 7.61B parameters"
    }
  },
  {
    "id": "RedHatAI/Qwen2.5-7B-Instruct-fp8-dynamic",
    "aliases": [
      "qwen2.5-7b-instruct-fp8-dynamic",
      "redhatai/qwen2.5-7b-instruct-fp8",
      "neuralmagic/qwen2.5-7b-instruct-fp8-dynamic"
    ],
    "source": "architecture of Qwen/Qwen2.5-7B-Instruct (github kevinstephano/thunder_model_blocks @ d84dd5ccba375ee539abc702629d048f56c3852b hf_qwen2/qwen2_rope.py); quantization from the vLLM log in /work/shared/accuracy/cases.json A23 (quantization=compressed-tensors, dtype bfloat16)",
    "source_status": "proxy",
    "note": "FP8 (W8A8, dynamic per-token activation scales) compressed-tensors export of Qwen2.5-7B-Instruct: all linear layers of the decoder in FP8 with per-channel scales; embeddings, lm_head and norms stay bf16. Architecture identical to the base entry; config.json of this repo not read.",
    "layers": 28,
    "hidden_size": 3584,
    "intermediate_size": 18944,
    "attention_heads": 28,
    "kv_heads": 4,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "quantization": {
      "method": "fp8",
      "applies_to": "linear"
    },
    "params": {
      "stated": "7.61B",
      "source": "Qwen2.5-7B-Instruct model card (same weights, quantized)"
    }
  },
  {
    "id": "Qwen/Qwen2.5-14B-Instruct",
    "aliases": [
      "qwen2.5-14b",
      "qwen2.5-14b-instruct",
      "qwen/qwen2.5-14b"
    ],
    "source": "github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md (section 'Qwen2.5-14B', verbatim BASE config); Instruct dims github abhibambhaniya/GenZ-LLM-Analyzer @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 GenZ/Models/Model_sets/alibaba.py lines 130-135",
    "source_status": "proxy",
    "note": "Base config stands in for the Instruct model; Instruct config differs from the base config only in eos_token_id (151645 vs 151643) and max_position_embeddings (32768 vs 131072 in base); base and Instruct share this entry, so the base model's longer declared context is not reflected. use_sliding_window false (sliding_window value ignored).",
    "layers": 48,
    "hidden_size": 5120,
    "intermediate_size": 13824,
    "attention_heads": 40,
    "kv_heads": 8,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "14.7B",
      "source": "Qwen2.5-14B-Instruct model card (https://huggingface.co/Qwen/Qwen2.5-14B-Instruct): 14.7B"
    }
  },
  {
    "id": "Qwen/Qwen2.5-32B-Instruct",
    "aliases": [
      "qwen2.5-32b",
      "qwen2.5-32b-instruct",
      "qwen/qwen2.5-32b"
    ],
    "source": "github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md (section 'Qwen2.5-32B', verbatim BASE config); Instruct dims github abhibambhaniya/GenZ-LLM-Analyzer @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 GenZ/Models/Model_sets/alibaba.py lines 137-142",
    "source_status": "proxy",
    "note": "Base config stands in for the Instruct model; Instruct config differs from the base config only in eos_token_id (151645 vs 151643) and max_position_embeddings (32768 vs 131072 in base); base and Instruct share this entry, so the base model's longer declared context is not reflected. use_sliding_window false (sliding_window value ignored). Same tensor shapes as DeepSeek-R1-Distill-Qwen-32B (32763876352 parameters).",
    "layers": 64,
    "hidden_size": 5120,
    "intermediate_size": 27648,
    "attention_heads": 40,
    "kv_heads": 8,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "32.5B",
      "source": "Qwen2.5-32B-Instruct model card (https://huggingface.co/Qwen/Qwen2.5-32B-Instruct): 32.5B"
    }
  },
  {
    "id": "Qwen/Qwen2.5-72B-Instruct",
    "aliases": [
      "qwen2.5-72b",
      "qwen2.5-72b-instruct",
      "qwen/qwen2.5-72b"
    ],
    "source": "github abhibambhaniya/GenZ-LLM-Analyzer @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 GenZ/Models/Model_sets/alibaba.py lines 144-149 (comment cites https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/config.json)",
    "source_status": "partial",
    "note": "Hand-transcribed dims (80 layers, 8192, 64 q / 8 kv heads, FFN 29568, vocab 152064, 32k). Qwen2.5 family defaults filled: qkv bias, untied, bf16, use_sliding_window false, Instruct max_position_embeddings 32768 (base: 131072).",
    "layers": 80,
    "hidden_size": 8192,
    "intermediate_size": 29568,
    "attention_heads": 64,
    "kv_heads": 8,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "72.7B",
      "source": "Qwen2.5-72B-Instruct model card (https://huggingface.co/Qwen/Qwen2.5-72B-Instruct): 72.7B"
    }
  },
  {
    "id": "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B",
    "aliases": [
      "deepseek-r1-distill-qwen-14b",
      "r1-distill-qwen-14b"
    ],
    "source": "Hugging Face page https://huggingface.co/neody/r1-14b-awq/blame/main/config.json (commit dc2cf53; AWQ derivative re-saved from the official snapshot c79f47acaf303faabb7133b4b7b76f24231f2c8d)",
    "source_status": "proxy",
    "note": "Architecture keys from an AWQ derivative; its quantization_config, use_cache and transformers_version come from the quantizer. The official checkpoint is bf16 without quantization (no quantization here). Same dims as Qwen2.5-14B; context 131072, use_sliding_window false. Param check: architecture gives 14.77B (same tensors as Qwen2.5-14B, card figure 14.7B); '14B' is the size-class name.",
    "layers": 48,
    "hidden_size": 5120,
    "intermediate_size": 13824,
    "attention_heads": 40,
    "kv_heads": 8,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "14B",
      "source": "model name"
    }
  },
  {
    "id": "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
    "aliases": [
      "deepseek-r1-distill-qwen-32b",
      "r1-distill-qwen-32b"
    ],
    "source": "Hugging Face page https://huggingface.co/XelotX/DeepSeek-R1-Distill-Qwen-32B/blob/main/config.json (commit 18eead6 'Duplicate from deepseek-ai/DeepSeek-R1-Distill-Qwen-32B')",
    "source_status": "complete",
    "note": "sliding_window 131072 present but use_sliding_window false (full attention).",
    "layers": 64,
    "hidden_size": 5120,
    "intermediate_size": 27648,
    "attention_heads": 40,
    "kv_heads": 8,
    "vocab_size": 152064,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "total": 32763876352,
      "stated": "32B",
      "source": "HF model API snapshot github daniel-p-green/alain-ai-learning-platform @ 522537bc54b2efa439c7755a8c5dedd6f8b001da out/research-deepseek-ai-deepseek-r1-distill-qwen-32b/sources/huggingface/model.json (safetensors BF16 32763876352)"
    }
  },
  {
    "id": "Qwen/Qwen3-0.6B",
    "aliases": [
      "qwen3-0.6b",
      "qwen/qwen3-0.6b-base"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-0.6B_config.json",
    "source_status": "complete",
    "note": "head_dim 128 (16 x 128 = 2048 != hidden 1024). Tied embeddings. qk_norm (q_norm/k_norm). max_position_embeddings 40960 (YaRN to 131072 optional).",
    "layers": 28,
    "hidden_size": 1024,
    "intermediate_size": 3072,
    "attention_heads": 16,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 151936,
    "tied_embeddings": true,
    "max_context": 40960,
    "mlp": "gated",
    "norm": "rms",
    "qk_norm": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "0.6B",
      "source": "Qwen3 model card (https://huggingface.co/Qwen/Qwen3-0.6B): 0.6B parameters"
    }
  },
  {
    "id": "Qwen/Qwen3-1.7B",
    "aliases": [
      "qwen3-1.7b"
    ],
    "source": "github mlc-ai/mlc-llm @ 01ced331a9e155c5ba4e7625b027a51bee611450 python/mlc_llm/model/model_preset.py preset 'qwen3_1.7b'",
    "source_status": "proxy",
    "note": "mlc preset (unlabelled but values match Qwen3-1.7B: 28 layers, 2048, FFN 6144, tied). Param check: architecture gives 1.72B vs the card's rounded 1.7B.",
    "layers": 28,
    "hidden_size": 2048,
    "intermediate_size": 6144,
    "attention_heads": 16,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 151936,
    "tied_embeddings": true,
    "max_context": 40960,
    "mlp": "gated",
    "norm": "rms",
    "qk_norm": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "1.7B",
      "source": "Qwen3 model card (https://huggingface.co/Qwen/Qwen3-1.7B): 1.7B parameters"
    }
  },
  {
    "id": "Qwen/Qwen3-4B",
    "aliases": [
      "qwen3-4b"
    ],
    "source": "github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md (section 'Qwen3-4B')",
    "source_status": "complete",
    "note": "Original April-2025 Qwen3-4B (the 2507 variants use rope_theta 5e6 and 262144 context). Tied embeddings.",
    "layers": 36,
    "hidden_size": 2560,
    "intermediate_size": 9728,
    "attention_heads": 32,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 151936,
    "tied_embeddings": true,
    "max_context": 40960,
    "mlp": "gated",
    "norm": "rms",
    "qk_norm": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "4.0B",
      "source": "Qwen3 model card (https://huggingface.co/Qwen/Qwen3-4B): 4.0B parameters"
    }
  },
  {
    "id": "Qwen/Qwen3-8B",
    "aliases": [
      "qwen3-8b"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-8B_config.json",
    "source_status": "complete",
    "layers": 36,
    "hidden_size": 4096,
    "intermediate_size": 12288,
    "attention_heads": 32,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 151936,
    "tied_embeddings": false,
    "max_context": 40960,
    "mlp": "gated",
    "norm": "rms",
    "qk_norm": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "8.2B",
      "source": "Qwen3 model card (https://huggingface.co/Qwen/Qwen3-8B): 8.2B parameters"
    }
  },
  {
    "id": "Qwen/Qwen3-14B",
    "aliases": [
      "qwen3-14b"
    ],
    "source": "github citsjtu2020/LLM-Prof @ 8434c8d19c396b2f95d92a67845a7c0a0e0dd512 sglang/Model_Config.md (section 'Qwen3-14B')",
    "source_status": "complete",
    "note": "Cross-check: maxtext qwen3_14b_config has the same dims.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 17408,
    "attention_heads": 40,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 151936,
    "tied_embeddings": false,
    "max_context": 40960,
    "mlp": "gated",
    "norm": "rms",
    "qk_norm": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "14.8B",
      "source": "Qwen3 model card (https://huggingface.co/Qwen/Qwen3-14B): 14.8B parameters"
    }
  },
  {
    "id": "Qwen/Qwen3-32B",
    "aliases": [
      "qwen3-32b"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-32B_config.json",
    "source_status": "complete",
    "note": "head_dim 128 (64 x 128 = 8192 != hidden 5120). llama.cpp prints 'model params = 32.762 B' (cases B06/B08).",
    "layers": 64,
    "hidden_size": 5120,
    "intermediate_size": 25600,
    "attention_heads": 64,
    "kv_heads": 8,
    "head_dim": 128,
    "vocab_size": 151936,
    "tied_embeddings": false,
    "max_context": 40960,
    "mlp": "gated",
    "norm": "rms",
    "qk_norm": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "32.8B",
      "source": "Qwen3 model card (https://huggingface.co/Qwen/Qwen3-32B): 32.8B parameters"
    }
  },
  {
    "id": "Qwen/Qwen3-30B-A3B",
    "aliases": [
      "qwen3-30b-a3b",
      "qwen3-30b"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-30B-A3B_config.json",
    "source_status": "complete",
    "note": "Every layer MoE (decoder_sparse_step 1, mlp_only_layers empty): 128 experts top-8 of width 768, no shared expert; intermediate_size 6144 is unused.",
    "layers": 48,
    "hidden_size": 2048,
    "intermediate_size": 6144,
    "attention_heads": 32,
    "kv_heads": 4,
    "head_dim": 128,
    "vocab_size": 151936,
    "tied_embeddings": false,
    "max_context": 40960,
    "mlp": "gated",
    "norm": "rms",
    "qk_norm": true,
    "moe": {
      "experts": 128,
      "experts_per_token": 8,
      "expert_intermediate_size": 768
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "30.5B",
      "source": "Qwen3-30B-A3B model card (https://huggingface.co/Qwen/Qwen3-30B-A3B): 30.5B total, 3.3B activated"
    }
  },
  {
    "id": "Qwen/Qwen3-235B-A22B",
    "aliases": [
      "qwen3-235b-a22b",
      "qwen3-235b"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B_config.json",
    "source_status": "complete",
    "note": "Every layer MoE: 128 experts top-8 of width 1536, no shared expert; intermediate_size 12288 unused.",
    "layers": 94,
    "hidden_size": 4096,
    "intermediate_size": 12288,
    "attention_heads": 64,
    "kv_heads": 4,
    "head_dim": 128,
    "vocab_size": 151936,
    "tied_embeddings": false,
    "max_context": 40960,
    "mlp": "gated",
    "norm": "rms",
    "qk_norm": true,
    "moe": {
      "experts": 128,
      "experts_per_token": 8,
      "expert_intermediate_size": 1536
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "235B",
      "source": "Qwen3-235B-A22B model card (https://huggingface.co/Qwen/Qwen3-235B-A22B): 235B total, 22B activated"
    }
  },
  {
    "id": "google/gemma-7b",
    "aliases": [
      "gemma-7b",
      "google/gemma-7b-it",
      "gemma-7b-it"
    ],
    "source": "Hugging Face page https://huggingface.co/Tizzzzy/kgllm_Gemma/blob/main/config.json (derivative 'Upload GemmaForCausalLM', _name_or_path google/gemma-7b)",
    "source_status": "proxy",
    "note": "Derivative re-save; agrees with EmbeddedLLM/gemma-7b-it-onnx and GenZ gemma_7b_config. MHA 16 heads x head_dim 256 (4096 != hidden 3072). GeGLU gated MLP. tie_word_embeddings absent: Gemma ties lm_head to the embedding (GemmaConfig default true).",
    "layers": 28,
    "hidden_size": 3072,
    "intermediate_size": 24576,
    "attention_heads": 16,
    "kv_heads": 16,
    "head_dim": 256,
    "vocab_size": 256000,
    "tied_embeddings": true,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "8.54B",
      "source": "HF model page google/gemma-7b (model size 8.54B params)"
    }
  },
  {
    "id": "google/gemma-2-2b-it",
    "aliases": [
      "gemma-2-2b",
      "gemma-2-2b-it",
      "gemma2-2b",
      "google/gemma-2-2b"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'gemma2_2b' (line 1153; eos [1,107] = -it config)",
    "source_status": "proxy",
    "note": "Gemma 2: 4 RMSNorms per layer (pre/post attention and MLP), tied embeddings (Gemma2Config default), local sliding-window attention (4096) on every other layer, logit soft-capping. head_dim 256.",
    "layers": 26,
    "hidden_size": 2304,
    "intermediate_size": 9216,
    "attention_heads": 8,
    "kv_heads": 4,
    "head_dim": 256,
    "vocab_size": 256000,
    "tied_embeddings": true,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "rms",
    "norms_per_layer": 4,
    "sliding_window": 4096,
    "sliding_window_layers": 13,
    "dtype": "bfloat16",
    "params": {
      "stated": "2.61B",
      "source": "HF model page google/gemma-2-2b-it (2.61B params)"
    }
  },
  {
    "id": "google/gemma-2-9b-it",
    "aliases": [
      "gemma-2-9b",
      "gemma-2-9b-it",
      "gemma2-9b",
      "google/gemma-2-9b"
    ],
    "source": "Hugging Face commit page https://huggingface.co/thejaminator/gemma-hook-layer-0-step-2000/commit/33738e3d45f3bc4dc6cba719f54d0513279e2231 ('Copy config.json from google/gemma-2-9b-it'); identical to github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'gemma2_9b'",
    "source_status": "complete",
    "note": "Gemma 2: 4 RMSNorms per layer (pre/post attention and MLP), tied embeddings (Gemma2Config default), local sliding-window attention (4096) on every other layer, logit soft-capping. head_dim 256. Param check: architecture gives 9.24B vs the '9B' name.",
    "layers": 42,
    "hidden_size": 3584,
    "intermediate_size": 14336,
    "attention_heads": 16,
    "kv_heads": 8,
    "head_dim": 256,
    "vocab_size": 256000,
    "tied_embeddings": true,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "rms",
    "norms_per_layer": 4,
    "sliding_window": 4096,
    "sliding_window_layers": 21,
    "dtype": "bfloat16",
    "params": {
      "stated": "9B",
      "source": "Gemma 2 model card (https://huggingface.co/google/gemma-2-9b-it)"
    }
  },
  {
    "id": "google/gemma-2-27b-it",
    "aliases": [
      "gemma-2-27b",
      "gemma-2-27b-it",
      "gemma2-27b",
      "google/gemma-2-27b"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'gemma2_27b' (line 1276)",
    "source_status": "proxy",
    "note": "Gemma 2: 4 RMSNorms per layer (pre/post attention and MLP), tied embeddings (Gemma2Config default), local sliding-window attention (4096) on every other layer, logit soft-capping. head_dim 128 with query_pre_attn_scalar 144. Preset not labelled base vs -it; maxtext gemma2_27b_config has the same dims.",
    "layers": 46,
    "hidden_size": 4608,
    "intermediate_size": 36864,
    "attention_heads": 32,
    "kv_heads": 16,
    "head_dim": 128,
    "vocab_size": 256000,
    "tied_embeddings": true,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "rms",
    "norms_per_layer": 4,
    "sliding_window": 4096,
    "sliding_window_layers": 23,
    "dtype": "bfloat16",
    "params": {
      "stated": "27B",
      "source": "Gemma 2 model card (https://huggingface.co/google/gemma-2-27b-it)"
    }
  },
  {
    "id": "google/gemma-3-1b-it",
    "aliases": [
      "gemma-3-1b",
      "gemma-3-1b-it",
      "gemma3-1b",
      "google/gemma-3-1b-pt"
    ],
    "source": "github mlc-ai/mlc-llm @ 01ced331a9e155c5ba4e7625b027a51bee611450 python/mlc_llm/model/model_preset.py preset 'gemma3_1b_it' (Gemma3ForCausalLM, eos [1,106])",
    "source_status": "proxy",
    "note": "Gemma 3: 4 RMSNorms per layer + q/k norms, tied embeddings, local sliding-window attention on 5 of every 6 layers (sliding_window_pattern 6; count = layers - floor(layers/6)). Text-only model: window 512, 32k context, vocab 262144, 4 q / 1 kv heads x 256.",
    "layers": 26,
    "hidden_size": 1152,
    "intermediate_size": 6912,
    "attention_heads": 4,
    "kv_heads": 1,
    "head_dim": 256,
    "vocab_size": 262144,
    "tied_embeddings": true,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "norms_per_layer": 4,
    "qk_norm": true,
    "sliding_window": 512,
    "sliding_window_layers": 22,
    "dtype": "bfloat16",
    "params": {
      "total": 999885952,
      "stated": "1B",
      "source": "HF model API snapshot github daniel-p-green/alain-ai-learning-platform @ 522537bc54b2efa439c7755a8c5dedd6f8b001da out/research-google-gemma-3-1b-it/sources/huggingface/model.json (safetensors BF16 999885952)"
    }
  },
  {
    "id": "google/gemma-3-4b-it",
    "aliases": [
      "gemma-3-4b",
      "gemma-3-4b-it",
      "gemma3-4b",
      "google/gemma-3-4b-pt"
    ],
    "source": "Hugging Face page https://huggingface.co/mlx-community/gemma-3-4b-it-bf16/blob/main/config.json (MLX bf16 conversion of google/gemma-3-4b-it, upstream minimal config form)",
    "source_status": "partial",
    "note": "Gemma 3: 4 RMSNorms per layer + q/k norms, tied embeddings, local sliding-window attention on 5 of every 6 layers (sliding_window_pattern 6; count = layers - floor(layers/6)). The minimal config gives hidden 2560, FFN 10240, 34 layers, window 1024; unstated keys take transformers Gemma3TextConfig defaults: 8 q / 4 kv heads, head_dim 256, vocab 262208, max_position_embeddings 131072, sliding_window_pattern 6 (maxtext gemma3_4b_config agrees on heads/head_dim). extra = SigLIP vision tower (27 layers x 1152, FFN 4304, patch 14, image 896, no head) + multimodal projector, computed from vision_config (~0.42B).",
    "layers": 34,
    "hidden_size": 2560,
    "intermediate_size": 10240,
    "attention_heads": 8,
    "kv_heads": 4,
    "head_dim": 256,
    "vocab_size": 262208,
    "tied_embeddings": true,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "norms_per_layer": 4,
    "qk_norm": true,
    "sliding_window": 1024,
    "sliding_window_layers": 29,
    "dtype": "bfloat16",
    "params": {
      "stated": "4.3B",
      "extra": 419816304,
      "source": "Gemma 3 Technical Report (arXiv 2503.19786) Table 1: 417M vision encoder + 3,209M non-embedding + embedding parameters (~4.3B, the size shown on the HF model page); extra computed from vision_config (SigLIP 416.9M + projector)"
    }
  },
  {
    "id": "google/gemma-3-12b-it",
    "aliases": [
      "gemma-3-12b",
      "gemma-3-12b-it",
      "gemma3-12b",
      "google/gemma-3-12b-pt"
    ],
    "source": "Hugging Face page https://huggingface.co/harmonicdata/Gemma3-SD-v0.2/blob/main/config.json (third-party repo with the upstream gemma-3-12b minimal config, eos [1,106])",
    "source_status": "proxy",
    "note": "Gemma 3: 4 RMSNorms per layer + q/k norms, tied embeddings, local sliding-window attention on 5 of every 6 layers (sliding_window_pattern 6; count = layers - floor(layers/6)). head_dim 256 and max_position_embeddings 131072 are Gemma3TextConfig defaults (maxtext gemma3_12b_config and google/gemma_pytorch get_config_for_12b agree on head_dim 256, 16 q / 8 kv heads). extra = SigLIP vision tower (27 layers x 1152, FFN 4304, patch 14, image 896, no head) + multimodal projector, computed from vision_config (~0.42B; vision_config absent in this copy, same SigLIP tower as 4B/27B).",
    "layers": 48,
    "hidden_size": 3840,
    "intermediate_size": 15360,
    "attention_heads": 16,
    "kv_heads": 8,
    "head_dim": 256,
    "vocab_size": 262208,
    "tied_embeddings": true,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "norms_per_layer": 4,
    "qk_norm": true,
    "sliding_window": 1024,
    "sliding_window_layers": 40,
    "dtype": "bfloat16",
    "params": {
      "stated": "12.2B",
      "extra": 421290864,
      "source": "Gemma 3 Technical Report (arXiv 2503.19786) Table 1: 417M vision encoder + 10,759M non-embedding + embedding parameters (~12.2B); extra computed from the Gemma 3 vision_config (see gemma-3-27b-it)"
    }
  },
  {
    "id": "google/gemma-3-27b-it",
    "aliases": [
      "gemma-3-27b",
      "gemma-3-27b-it",
      "gemma3-27b",
      "google/gemma-3-27b-pt"
    ],
    "source": "github aws-neuron/neuronx-distributed-inference @ 4bcdc54bf3b6ccdad490e5cd0680a3dc95270b8e contrib/models/gemma3-vision/test/assets/gemma3_27b_config.json",
    "source_status": "complete",
    "note": "Gemma 3: 4 RMSNorms per layer + q/k norms, tied embeddings, local sliding-window attention on 5 of every 6 layers (sliding_window_pattern 6; count = layers - floor(layers/6)). Re-serialized by transformers 4.56.2 with explicit layer_types: 52 sliding / 10 full. head_dim 128, query_pre_attn_scalar 168. extra = SigLIP vision tower (27 layers x 1152, FFN 4304, patch 14, image 896, no head) + multimodal projector, computed from vision_config (~0.42B).",
    "layers": 62,
    "hidden_size": 5376,
    "intermediate_size": 21504,
    "attention_heads": 32,
    "kv_heads": 16,
    "head_dim": 128,
    "vocab_size": 262208,
    "tied_embeddings": true,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "norms_per_layer": 4,
    "qk_norm": true,
    "sliding_window": 1024,
    "sliding_window_layers": 52,
    "dtype": "bfloat16",
    "params": {
      "stated": "27.4B",
      "extra": 423060336,
      "source": "Gemma 3 Technical Report (arXiv 2503.19786) Table 1: 417M vision encoder + 25,600M non-embedding + embedding parameters (~27.4B); extra computed from vision_config in the cited file"
    }
  },
  {
    "id": "microsoft/phi-2",
    "aliases": [
      "phi-2",
      "phi2"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'phi-2' (line 467; _name_or_path microsoft/phi-2)",
    "source_status": "proxy",
    "note": "Original remote-code revision (model_type phi-msft, n_embd/n_layer/n_head naming); the current HF revision (PhiForCausalLM) has the same numbers. n_inner null = 4 x 2560. Parallel attention/MLP with one LayerNorm per layer; biases on qkv, dense, fc1/fc2 and lm_head; partial rotary (rotary_dim 32) does not affect memory; untied. Param check: architecture gives 2.78B vs the card's rounded 2.7B.",
    "layers": 32,
    "hidden_size": 2560,
    "intermediate_size": 10240,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 51200,
    "tied_embeddings": false,
    "max_context": 2048,
    "mlp": "plain",
    "norm": "layer",
    "norms_per_layer": 1,
    "qkv_bias": true,
    "output_bias": true,
    "dtype": "float16",
    "params": {
      "stated": "2.7B",
      "source": "phi-2 model card (https://huggingface.co/microsoft/phi-2): 2.7 billion parameters"
    }
  },
  {
    "id": "microsoft/Phi-3-mini-4k-instruct",
    "aliases": [
      "phi-3-mini-4k",
      "phi-3-mini-4k-instruct",
      "phi3-mini-4k",
      "phi-3-mini"
    ],
    "source": "github scaleapi/llm-engine @ a82369619a365b79a45e49ef6af1045653102615 model-engine/tests/unit/domain/test_llm_use_cases.py lines 3047-3072 (test 'phi-3-mini-4k-instruct')",
    "source_status": "partial",
    "note": "Fused qkv_proj and gate_up_proj (same parameter count as separate matrices), MHA 32 heads. Fixture omits auto_map/rope_scaling (rope_scaling null per the mlc-llm commented 'phi-3' preset). config sliding_window 2047 on all layers: engines that honour it (transformers/flash-attn) cap per-layer attention at 2047 tokens; others (e.g. llama.cpp) keep the full context in the KV cache.",
    "layers": 32,
    "hidden_size": 3072,
    "intermediate_size": 8192,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 32064,
    "tied_embeddings": false,
    "max_context": 4096,
    "mlp": "gated",
    "norm": "rms",
    "sliding_window": 2047,
    "dtype": "bfloat16",
    "params": {
      "stated": "3.8B",
      "source": "Phi-3 technical report (arXiv 2404.14219): phi-3-mini, a 3.8 billion parameter language model"
    }
  },
  {
    "id": "microsoft/Phi-3-mini-128k-instruct",
    "aliases": [
      "phi-3-mini-128k",
      "phi-3-mini-128k-instruct",
      "phi3-mini-128k"
    ],
    "source": "github abhibambhaniya/GenZ-LLM-Analyzer @ 091bdd0a2777dfe4d405a8fcdd91c8f12b474bf3 GenZ/Models/Model_sets/microsoft.py lines 6-12 (phi3mini_config; comment cites https://huggingface.co/microsoft/Phi-3-mini-128k-instruct/blob/main/config.json)",
    "source_status": "partial",
    "note": "Fused qkv_proj and gate_up_proj (same parameter count as separate matrices), MHA 32 heads. Hand-transcribed dims; num_key_value_heads 32 (MHA) from Phi-3-mini-4k-instruct; 131072 context with LongRoPE (original 4096). The config's sliding_window 262144 exceeds the context, so no window is recorded. bf16 and untied from the Phi-3-mini family.",
    "layers": 32,
    "hidden_size": 3072,
    "intermediate_size": 8192,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 32064,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "3.8B",
      "source": "Phi-3 technical report (arXiv 2404.14219)"
    }
  },
  {
    "id": "microsoft/Phi-3-medium-4k-instruct",
    "aliases": [
      "phi-3-medium",
      "phi-3-medium-4k",
      "phi-3-medium-4k-instruct",
      "phi3-medium"
    ],
    "source": "github abhibambhaniya/GenZ-LLM-Analyzer @ 13ebfb842b4248bf0252d089a904181e33ead320 GenZ/Models/Model_sets/microsoft.py (phi3medium_config; comment cites https://huggingface.co/microsoft/Phi-3-medium-4k-instruct/blob/main/config.json)",
    "source_status": "partial",
    "note": "Hand-transcribed: 40 layers, 5120, 40 q / 10 kv heads (head_dim 128), FFN 17920, vocab 32064, 4k context, sliding_window 2047 (see Phi-3-mini-4k note). untied, bf16 from the Phi-3 family.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 17920,
    "attention_heads": 40,
    "kv_heads": 10,
    "vocab_size": 32064,
    "tied_embeddings": false,
    "max_context": 4096,
    "mlp": "gated",
    "norm": "rms",
    "sliding_window": 2047,
    "dtype": "bfloat16",
    "params": {
      "stated": "14B",
      "source": "Phi-3-medium model card (https://huggingface.co/microsoft/Phi-3-medium-4k-instruct): 14B parameters"
    }
  },
  {
    "id": "microsoft/phi-4",
    "aliases": [
      "phi-4",
      "phi4"
    ],
    "source": "dimensions of https://huggingface.co/microsoft/phi-4/raw/2db69c1c3e91a05d2c64a3185acfbaf36f744e25/config.json as transcribed in a public GitHub script (exp2_memory_wall.py, repository not recorded) and in a GitHub Rust test fixture phi4_config_json() (repository not recorded)",
    "source_status": "partial",
    "note": "Phi3ForCausalLM: 40 layers, 5120, 40 q / 10 kv heads (head_dim 128), FFN 17920, vocab 100352, max_position_embeddings 16384 (llama.cpp GGUF phi3.context_length 16384 in cases B10). Family values assumed: untied embeddings, bf16, no sliding window, full rotary. Param check: architecture gives 14.66B vs the card's '14B'.",
    "layers": 40,
    "hidden_size": 5120,
    "intermediate_size": 17920,
    "attention_heads": 40,
    "kv_heads": 10,
    "vocab_size": 100352,
    "tied_embeddings": false,
    "max_context": 16384,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "14B",
      "source": "phi-4 model card (https://huggingface.co/microsoft/phi-4): 14B parameters; GGUF size_label 15B (cases B10)"
    }
  },
  {
    "id": "deepseek-ai/DeepSeek-V2-Lite-Chat",
    "aliases": [
      "deepseek-v2-lite",
      "deepseek-v2-lite-chat",
      "deepseek-ai/deepseek-v2-lite"
    ],
    "source": "github mlc-ai/mlc-llm @ 79d603f085f50500e9509fa01785ffa7ecfaaa93 python/mlc_llm/model/model_preset.py preset 'deepseek_v2_lite' (line 1015)",
    "source_status": "proxy",
    "note": "Preset not labelled base vs Chat (same architecture). MLA without q compression; first layer dense (first_k_dense_replace 1, width 10944), then 64 routed experts top-6 of width 1408 + 2 shared experts of width 1408. yarn rope_scaling factor 40.",
    "layers": 27,
    "hidden_size": 2048,
    "intermediate_size": 10944,
    "attention_heads": 16,
    "kv_heads": 16,
    "vocab_size": 102400,
    "tied_embeddings": false,
    "max_context": 163840,
    "mlp": "gated",
    "norm": "rms",
    "mla": {
      "kv_lora_rank": 512,
      "q_lora_rank": null,
      "qk_rope_head_dim": 64,
      "qk_nope_head_dim": 128,
      "v_head_dim": 128
    },
    "moe": {
      "experts": 64,
      "experts_per_token": 6,
      "expert_intermediate_size": 1408,
      "shared_experts": 2,
      "dense_layers": 1
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "15.7B",
      "source": "DeepSeek-V2-Lite model card (https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite): 15.7B total, 2.4B activated"
    }
  },
  {
    "id": "deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct",
    "aliases": [
      "deepseek-coder-v2-lite",
      "deepseek-coder-v2-lite-instruct"
    ],
    "source": "github scaleapi/llm-engine @ a82369619a365b79a45e49ef6af1045653102615 model-engine/tests/unit/domain/test_llm_use_cases.py lines 2967-3020 (test 'deepseek-coder-v2-lite-instruct')",
    "source_status": "partial",
    "note": "Fixture omits rope_scaling and q_lora_rank (absent = no q compression, as in DeepSeek-V2-Lite). Same architecture as DeepSeek-V2-Lite. Param check: architecture gives 15.71B (DeepSeek-V2-Lite card: 15.7B) vs the README's rounded '16B'.",
    "layers": 27,
    "hidden_size": 2048,
    "intermediate_size": 10944,
    "attention_heads": 16,
    "kv_heads": 16,
    "vocab_size": 102400,
    "tied_embeddings": false,
    "max_context": 163840,
    "mlp": "gated",
    "norm": "rms",
    "mla": {
      "kv_lora_rank": 512,
      "q_lora_rank": null,
      "qk_rope_head_dim": 64,
      "qk_nope_head_dim": 128,
      "v_head_dim": 128
    },
    "moe": {
      "experts": 64,
      "experts_per_token": 6,
      "expert_intermediate_size": 1408,
      "shared_experts": 2,
      "dense_layers": 1
    },
    "dtype": "bfloat16",
    "params": {
      "stated": "16B",
      "source": "DeepSeek-Coder-V2 README: Lite 16B total, 2.4B active"
    }
  },
  {
    "id": "deepseek-ai/DeepSeek-V3",
    "aliases": [
      "deepseek-v3",
      "deepseek-ai/deepseek-v3-base",
      "deepseek-v3-base",
      "deepseek-ai/deepseek-v3-0324",
      "deepseek-v3-0324"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-V3_config.json",
    "source_status": "complete",
    "note": "MLA (q_lora_rank 1536); first 3 layers dense (width 18432), then 256 routed experts top-8 of width 2048 + 1 shared expert. Native FP8 (e4m3, 128x128 block scales) on the linear layers; embeddings, lm_head, norms and router stay bf16. num_hidden_layers 61 excludes the Multi-Token-Prediction layer 61 (~14B more weights in the HF checkpoint, loaded only for speculative decoding). V3-Base and V3-0324 share the architecture.",
    "layers": 61,
    "hidden_size": 7168,
    "intermediate_size": 18432,
    "attention_heads": 128,
    "kv_heads": 128,
    "vocab_size": 129280,
    "tied_embeddings": false,
    "max_context": 163840,
    "mlp": "gated",
    "norm": "rms",
    "mla": {
      "kv_lora_rank": 512,
      "q_lora_rank": 1536,
      "qk_rope_head_dim": 64,
      "qk_nope_head_dim": 128,
      "v_head_dim": 128
    },
    "moe": {
      "experts": 256,
      "experts_per_token": 8,
      "expert_intermediate_size": 2048,
      "shared_experts": 1,
      "dense_layers": 3
    },
    "dtype": "bfloat16",
    "quantization": {
      "method": "fp8",
      "applies_to": "linear"
    },
    "params": {
      "stated": "671B",
      "source": "github deepseek-ai/DeepSeek-V3 @ 9b4e9788e4a3a731f7567338ed15d3ec549ce03b README.md: 671B total (37B activated); 685B on Hugging Face including the 14B MTP module"
    }
  },
  {
    "id": "deepseek-ai/DeepSeek-R1",
    "aliases": [
      "deepseek-r1",
      "deepseek-ai/deepseek-r1-0528",
      "deepseek-r1-0528",
      "deepseek-ai/deepseek-r1-zero"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-V3_config.json (DeepSeek-V3 config; R1 is post-trained from DeepSeek-V3-Base with the same architecture)",
    "source_status": "proxy",
    "note": "Architecture identical to DeepSeek-V3 (DeepSeek-R1 README: built on DeepSeek-V3-Base; same 671B/37B). R1's own config.json not read. MLA (q_lora_rank 1536); first 3 layers dense (width 18432), then 256 routed experts top-8 of width 2048 + 1 shared expert. Native FP8 (e4m3, 128x128 block scales) on the linear layers; embeddings, lm_head, norms and router stay bf16. num_hidden_layers 61 excludes the Multi-Token-Prediction layer 61 (~14B more weights in the HF checkpoint, loaded only for speculative decoding).",
    "layers": 61,
    "hidden_size": 7168,
    "intermediate_size": 18432,
    "attention_heads": 128,
    "kv_heads": 128,
    "vocab_size": 129280,
    "tied_embeddings": false,
    "max_context": 163840,
    "mlp": "gated",
    "norm": "rms",
    "mla": {
      "kv_lora_rank": 512,
      "q_lora_rank": 1536,
      "qk_rope_head_dim": 64,
      "qk_nope_head_dim": 128,
      "v_head_dim": 128
    },
    "moe": {
      "experts": 256,
      "experts_per_token": 8,
      "expert_intermediate_size": 2048,
      "shared_experts": 1,
      "dense_layers": 3
    },
    "dtype": "bfloat16",
    "quantization": {
      "method": "fp8",
      "applies_to": "linear"
    },
    "params": {
      "stated": "671B",
      "source": "DeepSeek-R1 model card (https://huggingface.co/deepseek-ai/DeepSeek-R1): 671B total, 37B activated"
    }
  },
  {
    "id": "deepseek-ai/deepseek-coder-6.7b-instruct",
    "aliases": [
      "deepseek-coder-6.7b",
      "deepseek-coder-6.7b-instruct",
      "deepseek-ai/deepseek-coder-6.7b-base"
    ],
    "source": "Hugging Face page https://huggingface.co/ajibawa-2023/Code-290k-6.7B-Instruct/blame/b0fa276d6f9a2a309d37473d88ada67e4e26ce6b/config.json (full fine-tune saved from a local copy of deepseek-coder-6.7b-instruct)",
    "source_status": "proxy",
    "note": "Derivative re-save; architecture keys unchanged (agrees with another derivative re-serialized from deepseek-ai/deepseek-coder-6.7b-instruct). Llama architecture, MHA, vocab 32256, 16k context with linear rope scaling x4.",
    "layers": 32,
    "hidden_size": 4096,
    "intermediate_size": 11008,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 32256,
    "tied_embeddings": false,
    "max_context": 16384,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "6.7B",
      "source": "model name"
    }
  },
  {
    "id": "openai/gpt-oss-20b",
    "aliases": [
      "gpt-oss-20b",
      "gpt-oss:20b"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-20b_config.json",
    "source_status": "complete",
    "note": "Every layer MoE (experts only, no shared expert, no dense MLP; intermediate_size = expert width 2880); router has a bias; attention has biases on q/k/v/o (and a learned per-head sink), experts have biases. Alternating sliding (128) / full attention (layer_types). MXFP4 checkpoint: routed experts in MXFP4 (4-bit + 1 e8m0 scale per 32 values), attention, router, embeddings and lm_head in bf16 (config has no torch_dtype key). HF safetensors.total counts the MXFP4 U8 bytes, not parameters.",
    "layers": 24,
    "hidden_size": 2880,
    "intermediate_size": 2880,
    "attention_heads": 64,
    "kv_heads": 8,
    "head_dim": 64,
    "vocab_size": 201088,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "output_bias": true,
    "sliding_window": 128,
    "sliding_window_layers": 12,
    "moe": {
      "experts": 32,
      "experts_per_token": 4,
      "expert_intermediate_size": 2880,
      "router_bias": true
    },
    "dtype": "bfloat16",
    "quantization": {
      "method": "mxfp4",
      "applies_to": "experts"
    },
    "params": {
      "stated": "21B",
      "source": "github openai/gpt-oss @ 7b583341fe16729127f6d5b94a7b09ccae97e1a1 README.md line 19: 21B parameters with 3.6B active"
    }
  },
  {
    "id": "openai/gpt-oss-120b",
    "aliases": [
      "gpt-oss-120b",
      "gpt-oss:120b"
    ],
    "source": "github ai-dynamo/aiconfigurator @ 095f58a51c4ca8e61b66ec108d86f223f8d559ce aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-120b_config.json",
    "source_status": "complete",
    "note": "Every layer MoE (experts only, no shared expert, no dense MLP; intermediate_size = expert width 2880); router has a bias; attention has biases on q/k/v/o (and a learned per-head sink), experts have biases. Alternating sliding (128) / full attention (layer_types). MXFP4 checkpoint: routed experts in MXFP4 (4-bit + 1 e8m0 scale per 32 values), attention, router, embeddings and lm_head in bf16 (config has no torch_dtype key). HF safetensors.total counts the MXFP4 U8 bytes, not parameters.",
    "layers": 36,
    "hidden_size": 2880,
    "intermediate_size": 2880,
    "attention_heads": 64,
    "kv_heads": 8,
    "head_dim": 64,
    "vocab_size": 201088,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "output_bias": true,
    "sliding_window": 128,
    "sliding_window_layers": 18,
    "moe": {
      "experts": 128,
      "experts_per_token": 4,
      "expert_intermediate_size": 2880,
      "router_bias": true
    },
    "dtype": "bfloat16",
    "quantization": {
      "method": "mxfp4",
      "applies_to": "experts"
    },
    "params": {
      "stated": "117B",
      "source": "github openai/gpt-oss @ 7b583341fe16729127f6d5b94a7b09ccae97e1a1 README.md line 18: 117B parameters with 5.1B active. HF API (github daniel-p-green/alain-ai-learning-platform @ 522537bc54b2efa439c7755a8c5dedd6f8b001da out/research-openai-gpt-oss-120b/sources/huggingface/model.json) lists BF16 2167371072 + U8 118244966400 = 120412337472 stored elements (U8 = packed MXFP4 values + scales)"
    }
  },
  {
    "id": "ibm-granite/granite-3.1-8b-instruct",
    "aliases": [
      "granite-3.1-8b",
      "granite-3.1-8b-instruct",
      "ibm-granite/granite-3.1-8b-base"
    ],
    "source": "Hugging Face page https://huggingface.co/ibm-granite/granite-3.1-8b-instruct/blame/96fedcdf5764b7e36d2737d129bc07caff913e72/config.json (official repo)",
    "source_status": "complete",
    "note": "GQA 32/8, tied embeddings, Granite multipliers. The official config declares torch_dtype float32 (kept here); vLLM's --dtype auto runs float32 configs in 16-bit. Param check: architecture gives 8.17B vs the '8B' name.",
    "layers": 40,
    "hidden_size": 4096,
    "intermediate_size": 12800,
    "attention_heads": 32,
    "kv_heads": 8,
    "vocab_size": 49155,
    "tied_embeddings": true,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "float32",
    "params": {
      "stated": "8B",
      "source": "model name (Granite 3.1 8B)"
    }
  },
  {
    "id": "tiiuae/falcon-7b",
    "aliases": [
      "falcon-7b",
      "tiiuae/falcon-7b-instruct",
      "falcon-7b-instruct"
    ],
    "source": "Hugging Face page https://huggingface.co/justinpinkney/falcon-7b/blob/main/config.json (commit 89cd100 'Duplicate from tiiuae/falcon-7b', original RefinedWebModel revision)",
    "source_status": "complete",
    "note": "Multi-query attention (71 q heads, 1 shared KV head, head_dim 64), parallel attention/MLP with a single input LayerNorm, no biases, plain GELU MLP 4 x 4544 = 18176. No max_position_embeddings key: 2048 from the model card. tie_word_embeddings absent: lm_head is tied to the word embeddings (config default true). Param check: architecture gives 6.92B vs the card's '7B'.",
    "layers": 32,
    "hidden_size": 4544,
    "intermediate_size": 18176,
    "attention_heads": 71,
    "kv_heads": 1,
    "vocab_size": 65024,
    "tied_embeddings": true,
    "max_context": 2048,
    "mlp": "plain",
    "norm": "layer",
    "norms_per_layer": 1,
    "dtype": "bfloat16",
    "params": {
      "stated": "7B",
      "source": "falcon-7b model card (https://huggingface.co/tiiuae/falcon-7b): 7B parameters"
    }
  },
  {
    "id": "tiiuae/falcon-40b",
    "aliases": [
      "falcon-40b",
      "tiiuae/falcon-40b-instruct",
      "falcon-40b-instruct"
    ],
    "source": "Hugging Face page https://huggingface.co/tiiuae/falcon-40b/blob/refs%2Fpr%2F111/config.json (commit 4a70170, in-library falcon revision)",
    "source_status": "complete",
    "note": "new_decoder_architecture: 128 q heads / 8 KV heads (head_dim 64), parallel attention/MLP with two LayerNorms (ln_attn, ln_mlp), no biases, plain MLP 4 x 8192 = 32768. Context 2048 from the model card (no key). Tied embeddings (default). The stated 40B is rounded down (architecture gives ~41.3B). Param check: architecture gives 41.30B vs the card's '40B'.",
    "layers": 60,
    "hidden_size": 8192,
    "intermediate_size": 32768,
    "attention_heads": 128,
    "kv_heads": 8,
    "vocab_size": 65024,
    "tied_embeddings": true,
    "max_context": 2048,
    "mlp": "plain",
    "norm": "layer",
    "norms_per_layer": 2,
    "dtype": "bfloat16",
    "params": {
      "stated": "40B",
      "source": "falcon-40b model card (https://huggingface.co/tiiuae/falcon-40b): 40B parameters"
    }
  },
  {
    "id": "CohereForAI/c4ai-command-r-v01",
    "aliases": [
      "command-r",
      "command-r-v01",
      "c4ai-command-r-v01",
      "cohereforai/c4ai-command-r-v01-4bit",
      "coherelabs/c4ai-command-r-v01"
    ],
    "source": "Hugging Face page https://huggingface.co/TechxGenus/c4ai-command-r-v01-AWQ/blame/0e9e54b4a8dcffef839078322c06b1e9b10eb5e5/config.json (AWQ derivative, _name_or_path CohereForAI/c4ai-command-r-v01)",
    "source_status": "proxy",
    "note": "Architecture keys from an AWQ derivative (its quantization_config is not part of the official model, which is fp16 without quantization). MHA 64/64 (no GQA: the KV outlier in cases C15), parallel attention/MLP block with one LayerNorm per layer (CohereLayerNorm has a weight but no bias: counted as 'layer', over by 8192 per norm), gated SiLU MLP, no biases, tied embeddings (Cohere default; a derivative shows tie_word_embeddings true), logit_scale 0.0625. max_position_embeddings 8192 although model_max_length is 131072.",
    "layers": 40,
    "hidden_size": 8192,
    "intermediate_size": 22528,
    "attention_heads": 64,
    "kv_heads": 64,
    "vocab_size": 256000,
    "tied_embeddings": true,
    "max_context": 8192,
    "mlp": "gated",
    "norm": "layer",
    "norms_per_layer": 1,
    "dtype": "float16",
    "params": {
      "stated": "35B",
      "source": "Command-R model card (https://huggingface.co/CohereForAI/c4ai-command-r-v01): 35 billion parameters"
    }
  },
  {
    "id": "01-ai/Yi-1.5-34B-Chat",
    "aliases": [
      "yi-1.5-34b",
      "yi-1.5-34b-chat",
      "01-ai/yi-1.5-34b"
    ],
    "source": "Hugging Face page https://huggingface.co/01-ai/Yi-1.5-34B-Chat/blob/7b967a3a456738c0330b1624980dd6a7d3ed33f5/config.json (official repo)",
    "source_status": "complete",
    "note": "Llama architecture, GQA 56 q / 8 kv heads (head_dim 128), 4k context. Base Yi-1.5-34B has the same dims. Param check: architecture gives 34.39B vs the '34B' name.",
    "layers": 60,
    "hidden_size": 7168,
    "intermediate_size": 20480,
    "attention_heads": 56,
    "kv_heads": 8,
    "vocab_size": 64000,
    "tied_embeddings": false,
    "max_context": 4096,
    "mlp": "gated",
    "norm": "rms",
    "dtype": "bfloat16",
    "params": {
      "stated": "34B",
      "source": "model name"
    }
  },
  {
    "id": "THUDM/chatglm-6b",
    "aliases": [
      "chatglm-6b",
      "chatglm1-6b"
    ],
    "source": "GitHub README of a Chinese RAG knowledge-base project quoting the downloaded chatglm-6b config.json (repository/path not recorded; same values in several other GitHub copies)",
    "source_status": "proxy",
    "note": "WEAK citation. GLM-130B-style block: MHA 32 heads, fused query_key_value with bias, dense and MLP with biases, plain GELU MLP (inner_hidden_size 16384), two LayerNorms, 2D rotary positions, max_sequence_length 2048. tie_word_embeddings absent: the PretrainedConfig default true ties lm_head to the embedding at load (6.2B matches the tied count). An early revision used vocab 150528.",
    "layers": 28,
    "hidden_size": 4096,
    "intermediate_size": 16384,
    "attention_heads": 32,
    "kv_heads": 32,
    "vocab_size": 130528,
    "tied_embeddings": true,
    "max_context": 2048,
    "mlp": "plain",
    "norm": "layer",
    "qkv_bias": true,
    "output_bias": true,
    "dtype": "float16",
    "params": {
      "stated": "6.2B",
      "source": "ChatGLM-6B README (https://github.com/THUDM/ChatGLM-6B): 62亿 (6.2B) parameters"
    }
  },
  {
    "id": "THUDM/chatglm2-6b",
    "aliases": [
      "chatglm2-6b"
    ],
    "source": "github bytedance/ByteMLPerf @ a30b4f97b174c1f542d601573686524950ef190f byte_infer_perf/llm_perf/model_zoo/chatglm2-torch-fp16-6b.json ('network' object = HF config.json, _name_or_path THUDM/chatglm2-6b)",
    "source_status": "complete",
    "note": "multi_query_group_num 2 (2 KV groups x kv_channels 128), add_qkv_bias true, add_bias_linear false, RMSNorm, SwiGLU ffn_hidden_size 13696, padded_vocab_size 65024, seq_length 32768, untied output_layer. ChatGLM3-6B uses the same block layout. Param check: architecture gives 6.24B vs the '6B' name.",
    "layers": 28,
    "hidden_size": 4096,
    "intermediate_size": 13696,
    "attention_heads": 32,
    "kv_heads": 2,
    "head_dim": 128,
    "vocab_size": 65024,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "float16",
    "params": {
      "stated": "6B",
      "source": "model name"
    }
  },
  {
    "id": "THUDM/glm-4-9b-chat",
    "aliases": [
      "glm-4-9b-chat",
      "glm4-9b-chat",
      "thudm/glm4-9b-chat"
    ],
    "source": "Hugging Face page https://huggingface.co/THUDM/glm-4-9b-chat/blame/731ca7fd937cff9f2ae5f01de85a0c8bf21df6fa/config.json (official repo)",
    "source_status": "complete",
    "note": "ChatGLM block: multi_query_group_num 2 (2 KV heads x 128), qkv bias, no other biases, RMSNorm, SwiGLU 13696, padded vocab 151552, seq_length 131072, untied. The base glm-4-9b has seq_length 8192, so it is not aliased here. Param check: architecture gives 9.40B vs the '9B' name.",
    "layers": 40,
    "hidden_size": 4096,
    "intermediate_size": 13696,
    "attention_heads": 32,
    "kv_heads": 2,
    "head_dim": 128,
    "vocab_size": 151552,
    "tied_embeddings": false,
    "max_context": 131072,
    "mlp": "gated",
    "norm": "rms",
    "qkv_bias": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "9B",
      "source": "model name (GLM-4-9B)"
    }
  },
  {
    "id": "THUDM/GLM-Z1-32B-0414",
    "aliases": [
      "glm-z1-32b",
      "glm-z1-32b-0414",
      "thudm/glm-4-32b-0414",
      "glm-4-32b-0414",
      "zai-org/glm-z1-32b-0414"
    ],
    "source": "GGUF metadata of bartowski THUDM_GLM-Z1-32B-0414-IQ4_XS printed by llama.cpp build 5192 in github ikawrakow/ik_llama.cpp @ 8337e4cd3861406fc04e0854b1409cd1b027fbc9 github-data/pull_requests/344 - Add GLM-4-0414 Model Support.md (glm4.block_count 61, embedding_length 6144, feed_forward_length 23040, head_count 48, head_count_kv 2, key/value_length 128, context_length 32768, n_vocab 151552, 613 tensors)",
    "source_status": "partial",
    "note": "config.json not read; values from the converted GGUF (Glm4ForCausalLM). 613 tensors = 3 + 61 x 10 and 245 f32 tensors = 61 x 4 norms + output_norm: four RMSNorms per layer (input, post-self-attn, post-attention, post-MLP), separate output tensor (untied), no q/k/v bias tensors. Partial rotary (rope dimension 64 of 128) does not affect memory. dtype bf16 assumed from the GLM-4-0414 family. GLM-4-32B-0414 belongs to the same series with the same architecture.",
    "layers": 61,
    "hidden_size": 6144,
    "intermediate_size": 23040,
    "attention_heads": 48,
    "kv_heads": 2,
    "head_dim": 128,
    "vocab_size": 151552,
    "tied_embeddings": false,
    "max_context": 32768,
    "mlp": "gated",
    "norm": "rms",
    "norms_per_layer": 4,
    "dtype": "bfloat16",
    "params": {
      "stated": "32.57B",
      "source": "llama.cpp 'model params = 32.57 B' / ik_llama.cpp 'model params = 32.566 B' for this GGUF (cited file; cases B04)"
    }
  },
  {
    "id": "bigscience/bloom",
    "aliases": [
      "bloom",
      "bloom-176b",
      "bigscience/bloom-176b",
      "bigscience/bloomz",
      "bloomz"
    ],
    "source": "Hugging Face page https://huggingface.co/danasone/bloom-petals/blame/main/config.json (commit ca2e4fc; copy of the BLOOM-176B config used by Petals)",
    "source_status": "proxy",
    "note": "Not the official page; agrees with joaoalvarenga/bloom-8bit (_name_or_path bigscience/bloom), gpu_poor and BLOOMChat-176B configs. MHA 112 heads x 128, ALiBi (no position embeddings; 2048 training sequence length used as max_context), LayerNorm after the embedding, biases everywhere, plain GELU MLP 4 x 14336 = 57344, tied embeddings.",
    "layers": 70,
    "hidden_size": 14336,
    "intermediate_size": 57344,
    "attention_heads": 112,
    "kv_heads": 112,
    "vocab_size": 250880,
    "tied_embeddings": true,
    "max_context": 2048,
    "mlp": "plain",
    "norm": "layer",
    "qkv_bias": true,
    "output_bias": true,
    "embedding_norm": true,
    "dtype": "bfloat16",
    "params": {
      "stated": "176.247B",
      "source": "BLOOM paper (arXiv 2211.05100) hyper-parameter table: 176,247M parameters"
    }
  },
  {
    "id": "EleutherAI/gpt-neox-20b",
    "aliases": [
      "gpt-neox-20b",
      "gptneox-20b",
      "neox-20b"
    ],
    "source": "github huggingface/transformers @ 008e574391258935f3ecc3035c882e73bbcac419 src/transformers/models/gpt_neox/configuration_gpt_neox.py (GPTNeoXConfig defaults, documented as the EleutherAI/gpt-neox-20b configuration)",
    "source_status": "partial",
    "note": "config.json not read; the transformers defaults reproduce gpt-neox-20b: 44 layers, 6144, 64 heads (MHA), FFN 24576, vocab 50432, 2048 context, rotary_pct 0.25, parallel residual with two LayerNorms, attention_bias true (qkv and dense biases), MLP biases, untied embed_out. float16 weights per the model card. Param check: architecture gives 20.55B vs the card's '20B'.",
    "layers": 44,
    "hidden_size": 6144,
    "intermediate_size": 24576,
    "attention_heads": 64,
    "kv_heads": 64,
    "vocab_size": 50432,
    "tied_embeddings": false,
    "max_context": 2048,
    "mlp": "plain",
    "norm": "layer",
    "qkv_bias": true,
    "output_bias": true,
    "dtype": "float16",
    "params": {
      "stated": "20B",
      "source": "GPT-NeoX-20B model card (https://huggingface.co/EleutherAI/gpt-neox-20b): 20 billion parameter autoregressive language model"
    }
  },
  {
    "id": "openai/gpt-3-175b",
    "aliases": [
      "gpt-3",
      "gpt3",
      "gpt3-175b",
      "gpt-3-175b",
      "davinci"
    ],
    "source": "GPT-3 paper (Brown et al. 2020, arXiv 2005.14165) Table 2.1, GPT-3 175B row: n_layers 96, d_model 12288, n_heads 96, d_head 128, n_ctx 2048",
    "source_status": "partial",
    "note": "Never released; architecture-only reference from the seed guide. GPT-2-style block: learned absolute positions (2048), plain GELU MLP 4 x d_model, pre-LayerNorm with biases, biases on all projections, BPE vocab 50257. Tied input/output embeddings and fp16 storage are assumptions (GPT-2 convention; the paper does not state them).",
    "reference_only": true,
    "layers": 96,
    "hidden_size": 12288,
    "intermediate_size": 49152,
    "attention_heads": 96,
    "kv_heads": 96,
    "head_dim": 128,
    "vocab_size": 50257,
    "tied_embeddings": true,
    "max_context": 2048,
    "mlp": "plain",
    "norm": "layer",
    "qkv_bias": true,
    "output_bias": true,
    "learned_positions": 2048,
    "dtype": "float16",
    "params": {
      "stated": "175B",
      "source": "GPT-3 paper Table 2.1 (175.0B)"
    }
  }
]
"""##

  /// `gpus.json`: 50954 bytes, SHA-256 859f38abbd868f39411260bc29f7cea90af8925ff650020b556e7202e63992d6.
  static let gpus: String = ##"""
[
  {
    "id": "H100-80GB",
    "aliases": [
      "h100",
      "h100-80gb",
      "h100-sxm",
      "h100-sxm5",
      "h100-sxm5-80gb",
      "h100-sxm-80gb",
      "nvidia-h100",
      "nvidia-h100-80gb-hbm3",
      "nvidia-h100-sxm5-80gb"
    ],
    "name": "NVIDIA H100 SXM5 80GB",
    "vendor": "nvidia",
    "architecture": "hopper",
    "memory_gb": 80,
    "memory_bytes": 85029615043,
    "memory_source": "79.19 GiB: PyTorch OOM messages on 'NVIDIA H100 80GB HBM3' print 'GPU 0 has a total capacity of 79.19 GiB' (many public logs, e.g. a GitHub devlog of GLM-4.5-Air-FP8 on 2x H100); vLLM logs print total_gpu_memory 79.19-79.22 GiB (vllm-project/vllm PR #10511 shows 79.22GiB); torch.cuda.get_device_properties prints total_memory=81089-81090MB; deviceQuery in thamada/nvidia-smi nvsim/H100SXMx8_deviceQuery.py prints 85045477376 bytes (79.20 GiB) on a newer driver. nvidia-smi shows 81559MiB (vllm-project/vllm #27508). Value varies by ~0.03 GiB with driver.",
    "bandwidth_gbps": 3350,
    "fp16_tflops": 989.4,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/en-us/data-center/h100/ (datasheet: 3.35 TB/s, FP16/BF16 Tensor 1,979 TFLOPS with sparsity -> 989.4 dense)"
  },
  {
    "id": "H100-PCIe-80GB",
    "aliases": [
      "h100-pcie",
      "h100-pcie-80gb",
      "h100-80gb-pcie",
      "nvidia-h100-pcie"
    ],
    "name": "NVIDIA H100 PCIe 80GB",
    "vendor": "nvidia",
    "architecture": "hopper",
    "memory_gb": 80,
    "memory_bytes": 84943044608,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='NVIDIA H100 PCIe', major=9, minor=0, total_memory=81008MB, multi_processor_count=114)\" (GitHub file located with the code index's exact-string search (the index does not name the repository)); 81008 MiB = 79.11 GiB. Another public log on 'NVIDIA H100 PCIe' prints 'total capacity of 79.19 GiB' (newer driver).",
    "bandwidth_gbps": 2000,
    "fp16_tflops": 756,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/data-center/h100/ (H100 PCIe: 2 TB/s, FP16 Tensor 1,513 TFLOPS with sparsity -> 756 dense)"
  },
  {
    "id": "H100-NVL-94GB",
    "aliases": [
      "h100-nvl",
      "h100nvl",
      "h100-nvl-94gb",
      "h100-94gb",
      "nvidia-h100-nvl"
    ],
    "name": "NVIDIA H100 NVL 94GB",
    "vendor": "nvidia",
    "architecture": "hopper",
    "memory_gb": 94,
    "memory_bytes": 99861594112,
    "memory_source": "deviceQuery 'Total amount of global memory: 95235 MBytes (99861594112 bytes)' on 'NVIDIA H100 NVL' (thamada/nvidia-smi gls/H100NVLx2_deviceQuery.py); consistent with a PyTorch OOM on RunPod H100 NVL: 'GPU 0 has a total capacity of 93.00 GiB' (https://github.com/ali-vilab/VACE/issues/56).",
    "bandwidth_gbps": 3900,
    "fp16_tflops": 835.5,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/en-us/data-center/h100/ (H100 NVL per GPU: 94 GB HBM3, 3.9 TB/s, FP16 Tensor 1,671 TFLOPS with sparsity -> 835.5 dense; PCIe card with NVLink bridge)"
  },
  {
    "id": "H200-141GB",
    "aliases": [
      "h200",
      "h200-sxm",
      "h200-141gb",
      "h200-sxm-141gb",
      "nvidia-h200",
      "nvidia-h200-141gb-hbm3e"
    ],
    "name": "NVIDIA H200 SXM 141GB",
    "vendor": "nvidia",
    "architecture": "hopper",
    "memory_gb": 141,
    "memory_bytes": 150109945856,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='NVIDIA H200', major=9, minor=0, total_memory=143156MB, ...)\" (GitHub file located with the code index's exact-string search (the index does not name the repository)); 143156 MiB = 139.80 GiB, the figure PyTorch OOM messages print ('GPU 0 has a total capacity of 139.80 GiB', several public logs; 139.81 and 139.72 also seen).",
    "bandwidth_gbps": 4800,
    "fp16_tflops": 989.4,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/en-us/data-center/h200/ (141 GB HBM3e, 4.8 TB/s, FP16 Tensor 1,979 TFLOPS with sparsity -> 989.4 dense)"
  },
  {
    "id": "H20",
    "aliases": [
      "h20-96gb",
      "nvidia-h20"
    ],
    "name": "NVIDIA H20 96GB",
    "vendor": "nvidia",
    "architecture": "hopper",
    "memory_gb": 96,
    "memory_bytes": 102010716160,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='NVIDIA H20', major=9, minor=0, total_memory=97285MB, multi_processor_count=78)\" (comment in several kernel files, GitHub file located with the code index's exact-string search (the index does not name the repository)); 97285 MiB = 95.00 GiB, matching public OOM logs 'total capacity of 95.00 GiB'.",
    "bandwidth_gbps": 4000,
    "fp16_tflops": 148,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8"
    ],
    "interconnect": "nvlink",
    "source": "https://willitrunai.com/es/gpus/h20-96gb (96 GB HBM3, 4.0 TB/s, 148 TFLOPS FP16 dense); NVIDIA publishes no public H20 datasheet"
  },
  {
    "id": "B200",
    "aliases": [
      "b200-180gb",
      "b200-192gb",
      "nvidia-b200",
      "hgx-b200"
    ],
    "name": "NVIDIA B200 (HGX/DGX, SXM)",
    "vendor": "nvidia",
    "architecture": "blackwell",
    "memory_gb": 180,
    "memory_bytes": 191501854310,
    "memory_source": "CUDA device query on 'NVIDIA B200' printed 'Total Global Memory: 178.35 GB' (totalGlobalMem / 2^30, https://github.com/pytorch/ao/pull/4002); PyTorch OOM messages on B200 print 'GPU 0 has a total capacity of 178.35 GiB' (many public logs).",
    "bandwidth_gbps": 8000,
    "fp16_tflops": 2250,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8",
      "fp6",
      "fp4"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/en-us/data-center/dgx-b200/ (DGX B200: 1,440 GB total = 180 GB per GPU, 64 TB/s = 8 TB/s per GPU; HGX B200 FP16/BF16 4.5 PFLOPS sparse -> 2.25 dense, see https://glennklockwood.com/garden/processors/B200). pytorch/ao#4002 measured a 7680-bit bus, i.e. ~7.67 TB/s effective"
  },
  {
    "id": "GB200",
    "aliases": [
      "gb200-186gb",
      "nvidia-gb200",
      "gb200-nvl72"
    ],
    "name": "NVIDIA GB200 (one Blackwell GPU of a Grace Blackwell superchip)",
    "vendor": "nvidia",
    "architecture": "blackwell",
    "memory_gb": 186,
    "memory_bytes": 197901355581,
    "memory_source": "PyTorch OOM messages on GB200 print 'GPU 0 has a total capacity of 184.31 GiB' (several public logs, e.g. a vLLM DeepSeek-V4 GB200 decode note; GitHub file located with the code index's exact-string search (the index does not name the repository)).",
    "bandwidth_gbps": 8000,
    "fp16_tflops": 2500,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8",
      "fp6",
      "fp4"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/en-us/data-center/gb200-nvl72/ (NVL72: 13.4 TB HBM3e / 72 GPUs = 186 GB, 576 TB/s / 72 = 8 TB/s, FP16/BF16 360 PFLOPS sparse / 72 = 5 -> 2.5 PFLOPS dense per GPU; https://glennklockwood.com/garden/processors/B200 lists 2,500 TFLOPS dense FP16 for the GB200 variant)"
  },
  {
    "id": "B100",
    "aliases": [
      "b100-180gb",
      "nvidia-b100",
      "hgx-b100"
    ],
    "name": "NVIDIA B100 (HGX, SXM)",
    "vendor": "nvidia",
    "architecture": "blackwell",
    "memory_gb": 180,
    "memory_bytes": 191501854310,
    "memory_source": "estimated: no printed B100 total found; same 8-stack HBM3e configuration as B200, so the B200 measurement (178.35 GiB, https://github.com/pytorch/ao/pull/4002) is used.",
    "bandwidth_gbps": 8000,
    "fp16_tflops": 1750,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8",
      "fp6",
      "fp4"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/en-us/data-center/hgx/ (HGX B100: 700 W drop-in for HGX H100, 8 TB/s per GPU); FP16 Tensor 3.5 PFLOPS sparse -> 1.75 dense (https://hmc-tech.com/gpus/nvidia-b200-vs-nvidia-b100)"
  },
  {
    "id": "A100-40GB",
    "aliases": [
      "a100-40gb",
      "a100-sxm-40gb",
      "a100-sxm4-40gb",
      "a100-pcie-40gb",
      "nvidia-a100-sxm4-40gb",
      "nvidia-a100-pcie-40gb"
    ],
    "name": "NVIDIA A100 SXM4 40GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 40,
    "memory_bytes": 42405855232,
    "memory_source": "A public vLLM/PyTorch log on an A100 40GB prints 'total: 42405855232' bytes next to 'GPU 0 has a total capacity of 39.49 GiB' (GitHub file located with the code index's exact-string search (the index does not name the repository)); PyTorch OOM on 'one A100' 40GB: 'total capacity of 39.50 GiB' (https://github.com/TianheWu/CoSeR/issues/10). Older drivers print 39.59 GiB (40536 MiB). nvidia-smi shows 40960MiB (modal-labs/modal-client PR #2797).",
    "bandwidth_gbps": 1555,
    "fp16_tflops": 312,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf (40GB: 1,555 GB/s, FP16 Tensor 312 TFLOPS dense / 624 sparse)"
  },
  {
    "id": "A100-80GB",
    "aliases": [
      "a100",
      "a100-80gb",
      "a100-sxm",
      "a100-sxm-80gb",
      "a100-sxm4-80gb",
      "nvidia-a100",
      "nvidia-a100-sxm4-80gb"
    ],
    "name": "NVIDIA A100 SXM4 80GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 80,
    "memory_bytes": 85094039552,
    "memory_source": "PyTorch OOM on an A100 80GB: 'GPU 0 has a total capacity of 79.25 GiB' (https://github.com/HiDream-ai/VAREdit/issues/6 and '79.25 GiB total capacity' in https://github.com/levihsu/OOTDiffusion/issues/235); deviceQuery on 'NVIDIA A100-SXM4-80GB' prints 85100068864 bytes (79.26 GiB) on driver 12.5 and 84987740160 bytes (79.15 GiB) on driver 12.2 (GitHub file located with the code index's exact-string search (the index does not name the repository)). nvidia-smi shows 81920MiB.",
    "bandwidth_gbps": 2039,
    "fp16_tflops": 312,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf (80GB SXM: 2,039 GB/s, FP16 Tensor 312 TFLOPS dense)"
  },
  {
    "id": "A100-PCIe-80GB",
    "aliases": [
      "a100-pcie",
      "a100-pcie-80gb",
      "a100-80gb-pcie",
      "nvidia-a100-80gb-pcie"
    ],
    "name": "NVIDIA A100 PCIe 80GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 80,
    "memory_bytes": 84974239744,
    "memory_source": "deviceQuery on 'NVIDIA A100 80GB PCIe' (CUDA 12.4 driver): 'Total amount of global memory: 81038 MBytes (84974239744 bytes)' (GitHub file located with the code index's exact-string search (the index does not name the repository)); = 79.14 GiB.",
    "bandwidth_gbps": 1935,
    "fp16_tflops": 312,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf (80GB PCIe: 1,935 GB/s, FP16 Tensor 312 TFLOPS dense)"
  },
  {
    "id": "A10",
    "aliases": [
      "a10-24gb",
      "nvidia-a10"
    ],
    "name": "NVIDIA A10 24GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 24,
    "memory_bytes": 23609475072,
    "memory_source": "deviceQuery on 'NVIDIA A10' (driver 12.2): 'Total amount of global memory: 22516 MBytes (23609475072 bytes)' (GitHub file located with the code index's exact-string search (the index does not name the repository)); another deviceQuery on driver 12.8 prints 23696375808 bytes. = 21.99 GiB. nvidia-smi shows 23028MiB (modal-labs/modal-client PR #2797).",
    "bandwidth_gbps": 600,
    "fp16_tflops": 125,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/data-center/products/a10-gpu/ (600 GB/s, FP16 Tensor 125 TFLOPS dense / 250 sparse)"
  },
  {
    "id": "A10G",
    "aliases": [
      "a10g",
      "a10g-24gb",
      "nvidia-a10g"
    ],
    "name": "NVIDIA A10G 24GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 24,
    "memory_bytes": 23609475072,
    "memory_source": "nvidia-smi on 'NVIDIA A10G' shows 23028 MiB, the same total as the A10 (modal-labs/modal-client PR #2797 for the A10; an Ollama benchmark log lists 'NVIDIA A10G, 23028 MiB'): the A10's deviceQuery figure, 23609475072 bytes, is used.",
    "bandwidth_gbps": 600,
    "fp16_tflops": 70,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/ (AWS's A10 variant for EC2 G5: same 24 GB GDDR6 and 600 GB/s as the A10, 70 TFLOPS FP16 tensor against the A10's 125)"
  },
  {
    "id": "A30",
    "aliases": [
      "a30-24gb",
      "nvidia-a30"
    ],
    "name": "NVIDIA A30 24GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 24,
    "memory_bytes": 25265145119,
    "memory_source": "PyTorch OOM on an A30: 'GPU 0 has a total capacty of 23.53 GiB' (https://github.com/google/RB-Modulation/issues/5).",
    "bandwidth_gbps": 933,
    "fp16_tflops": 165,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/data-center/products/a30-gpu/ (24 GB HBM2, 933 GB/s, FP16 Tensor 165 TFLOPS dense / 330 sparse)"
  },
  {
    "id": "A40",
    "aliases": [
      "a40-48gb",
      "nvidia-a40"
    ],
    "name": "NVIDIA A40 48GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 48,
    "memory_bytes": 47608692736,
    "memory_source": "deviceQuery on 'NVIDIA A40': 'Total amount of global memory: 45403 MBytes (47608692736 bytes)' (thamada/nvidia-smi nvsim/A40x10_deviceQuery.py); = 44.34 GiB (ECC on).",
    "bandwidth_gbps": 696,
    "fp16_tflops": 149.7,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://images.nvidia.com/content/Solutions/data-center/a40/nvidia-a40-datasheet.pdf (696 GB/s, FP16 Tensor 149.7 TFLOPS dense / 299.4 sparse)"
  },
  {
    "id": "RTX-A4000",
    "aliases": [
      "a4000",
      "rtx-a4000",
      "rtxa4000",
      "nvidia-rtx-a4000"
    ],
    "name": "NVIDIA RTX A4000 16GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 16,
    "memory_bytes": 16761109873,
    "memory_source": "PyTorch OOM on an RTX A4000: 'GPU 0 has a total capacity of 15.61 GiB' (https://github.com/DengKaiCQ/VGGT-Long/issues/6).",
    "bandwidth_gbps": 448,
    "fp16_tflops": 76.7,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/design-visualization/rtx-a4000/ (448 GB/s, Tensor 153.4 TFLOPS with sparsity -> 76.7 dense FP16)"
  },
  {
    "id": "RTX-A5000",
    "aliases": [
      "a5000",
      "rtx-a5000",
      "rtxa5000",
      "nvidia-rtx-a5000"
    ],
    "name": "NVIDIA RTX A5000 24GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 24,
    "memory_bytes": 25310527488,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='NVIDIA RTX A5000', major=8, minor=6, total_memory=24138MB, multi_processor_count=64, ...)\" (GitHub file located with the code index's exact-string search (the index does not name the repository)); 24138 MiB = 23.57 GiB (another log prints 24114MB).",
    "bandwidth_gbps": 768,
    "fp16_tflops": 111.1,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/design-visualization/rtx-a5000/ (768 GB/s, Tensor 222.2 TFLOPS with sparsity -> 111.1 dense FP16)"
  },
  {
    "id": "RTX-A6000",
    "aliases": [
      "a6000",
      "rtx-a6000",
      "rtxa6000",
      "nvidia-rtx-a6000"
    ],
    "name": "NVIDIA RTX A6000 48GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 48,
    "memory_bytes": 51040485376,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='NVIDIA RTX A6000', major=8, minor=6, total_memory=48676MB, multi_processor_count=84)\" (GitHub file located with the code index's exact-string search (the index does not name the repository)); 48676 MiB = 47.54 GiB.",
    "bandwidth_gbps": 768,
    "fp16_tflops": 154.8,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/design-visualization/rtx-a6000/ (768 GB/s, Tensor 309.7 TFLOPS with sparsity -> 154.8 dense FP16)"
  },
  {
    "id": "L4",
    "aliases": [
      "l4-24gb",
      "nvidia-l4"
    ],
    "name": "NVIDIA L4 24GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 24,
    "memory_bytes": 23570219008,
    "memory_source": "deviceQuery on 'NVIDIA L4': 'Total amount of global memory: 22478 MBytes (23570219008 bytes)' (thamada/nvidia-smi gls/L4_deviceQuery.py); = 21.95 GiB. nvidia-smi shows 23034MiB (modal-labs/modal-client PR #2797).",
    "bandwidth_gbps": 300,
    "fp16_tflops": 121,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/data-center/l4/ (300 GB/s, FP16 Tensor 242 TFLOPS with sparsity -> 121 dense)"
  },
  {
    "id": "L40",
    "aliases": [
      "l40-48gb",
      "nvidia-l40"
    ],
    "name": "NVIDIA L40 48GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 48,
    "memory_bytes": 47803596800,
    "memory_source": "estimated: no printed L40 total found; the L40 uses the same AD102 board with 48 GB GDDR6 ECC as the L40S (both show 46068MiB in nvidia-smi), so the L40S deviceQuery value (47803596800 bytes, thamada/nvidia-smi nvsim/L40S_deviceQuery.py) is used.",
    "bandwidth_gbps": 864,
    "fp16_tflops": 181.05,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/data-center/l40/ (864 GB/s, FP16 Tensor 181.05 dense / 362.1 sparse; table also at https://www.mullet.se/product.html?product_id=355414)"
  },
  {
    "id": "L40S",
    "aliases": [
      "l40s-48gb",
      "nvidia-l40s"
    ],
    "name": "NVIDIA L40S 48GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 48,
    "memory_bytes": 47803596800,
    "memory_source": "deviceQuery on 'NVIDIA L40S': 'Total amount of global memory: 45589 MBytes (47803596800 bytes)' (thamada/nvidia-smi nvsim/L40S_deviceQuery.py); = 44.52 GiB. The cuda-device-query crate README shows 47576711168 bytes on another L40S. nvidia-smi shows 46068MiB (modal-labs/modal-client PR #2797).",
    "bandwidth_gbps": 864,
    "fp16_tflops": 362.05,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/data-center/l40s/ (864 GB/s, FP16/BF16 Tensor 362.05 dense / 733 sparse; table at https://www.mullet.se/product.html?product_id=355414)"
  },
  {
    "id": "RTX-6000-Ada",
    "aliases": [
      "rtx-6000-ada",
      "rtx6000-ada",
      "rtx-6000-ada-generation",
      "6000-ada",
      "nvidia-rtx-6000-ada-generation"
    ],
    "name": "NVIDIA RTX 6000 Ada Generation 48GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 48,
    "memory_bytes": 51002867712,
    "memory_source": "deviceQuery on 'NVIDIA RTX 6000 Ada Generation' (ECC disabled): 'Total amount of global memory: 48640 MBytes (51002867712 bytes)' (thamada/nvidia-smi gls/RTX6000Ada_x8_deviceQuery.py); = 47.50 GiB. With ECC enabled the card reports less: a PyTorch OOM prints 'total capacity of 44.43 GiB' with nvidia-smi 46068MiB (https://github.com/DINGYANB/MTVCrafter/issues/21).",
    "bandwidth_gbps": 960,
    "fp16_tflops": 364.2,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/design-visualization/rtx-6000/ (960 GB/s, Tensor 1,457 TFLOPS FP8 with sparsity -> 364.2 dense FP16 with FP32 accumulate; https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf)"
  },
  {
    "id": "T4",
    "aliases": [
      "t4-16gb",
      "tesla-t4",
      "nvidia-t4",
      "nvidia-tesla-t4"
    ],
    "name": "NVIDIA T4 16GB",
    "vendor": "nvidia",
    "architecture": "turing",
    "memory_gb": 16,
    "memory_bytes": 15837691904,
    "memory_source": "PyTorch OOM on a Colab T4: 'GPU 0 has a total capacity of 14.75 GiB' (https://github.com/hpcaitech/Open-Sora/issues/697); torch.cuda.get_device_properties on Colab prints total_memory=15109MB (14.75 GiB). nvidia-smi shows 15360MiB.",
    "bandwidth_gbps": 320,
    "fp16_tflops": 65,
    "native_precisions": [
      "fp32",
      "fp16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/data-center/tesla-t4/ (320 GB/s, mixed-precision FP16/FP32 65 TFLOPS, INT8 130 TOPS, INT4 260 TOPS)"
  },
  {
    "id": "V100-16GB",
    "aliases": [
      "v100",
      "v100-16gb",
      "v100-sxm2-16gb",
      "v100-pcie-16gb",
      "tesla-v100-sxm2-16gb",
      "tesla-v100-pcie-16gb"
    ],
    "name": "NVIDIA Tesla V100 SXM2 16GB",
    "vendor": "nvidia",
    "architecture": "volta",
    "memory_gb": 16,
    "memory_bytes": 16944988160,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='Tesla V100-SXM2-16GB', major=7, minor=0, total_memory=16160MB, multi_processor_count=80)\" in many public READMEs and logs (GitHub file located with the code index's exact-string search (the index does not name the repository)); 16160 MiB = 15.78 GiB.",
    "bandwidth_gbps": 900,
    "fp16_tflops": 125,
    "native_precisions": [
      "fp32",
      "fp16"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/en-us/data-center/v100/ (SXM2: 900 GB/s, Tensor 125 TFLOPS; PCIe variant 112 TFLOPS)"
  },
  {
    "id": "V100-32GB",
    "aliases": [
      "v100-32gb",
      "v100-sxm2-32gb",
      "v100-pcie-32gb",
      "tesla-v100-sxm2-32gb",
      "tesla-v100-pcie-32gb"
    ],
    "name": "NVIDIA Tesla V100 SXM2 32GB",
    "vendor": "nvidia",
    "architecture": "volta",
    "memory_gb": 32,
    "memory_bytes": 34080565494,
    "memory_source": "PyTorch OOM on a V100 32GB: '(GPU 0; 31.74 GiB total capacity; ...)' (https://github.com/liucongg/ChatGLM-Finetuning/issues/73); 31.75 GiB also seen (https://github.com/hiyouga/LlamaFactory/issues/182).",
    "bandwidth_gbps": 900,
    "fp16_tflops": 125,
    "native_precisions": [
      "fp32",
      "fp16"
    ],
    "interconnect": "nvlink",
    "source": "https://www.nvidia.com/en-us/data-center/v100/ (SXM2: 900 GB/s, Tensor 125 TFLOPS)"
  },
  {
    "id": "RTX-PRO-6000-Blackwell",
    "aliases": [
      "rtx-pro-6000",
      "rtx-pro-6000-blackwell",
      "rtxpro6000",
      "pro-6000-blackwell",
      "nvidia-rtx-pro-6000-blackwell-workstation-edition",
      "nvidia-rtx-pro-6000-blackwell-server-edition",
      "nvidia-rtx-pro-6000-blackwell-max-q-workstation-edition"
    ],
    "name": "NVIDIA RTX PRO 6000 Blackwell 96GB",
    "vendor": "nvidia",
    "architecture": "blackwell",
    "memory_gb": 96,
    "memory_bytes": 101974016000,
    "memory_source": "A public log on 'NVIDIA RTX PRO 6000 Blackwell Server Edition' prints torch device memory 'vram=97250MB' (GitHub file located with the code index's exact-string search (the index does not name the repository)); 97250 MiB = 94.97 GiB. nvidia-smi shows 97887MiB. A PyTorch OOM printing 'total capacity of 95.59 GiB' (= the nvidia-smi figure) also exists, probably under WSL/WDDM.",
    "bandwidth_gbps": 1792,
    "fp16_tflops": 503.8,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8",
      "fp6",
      "fp4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000/ (96 GB GDDR7, 1,792 GB/s, 4,000 AI TOPS FP4 sparse); dense FP16 tensor with FP32 accumulate 503.8 TFLOPS per https://hmc-tech.com/gpu/nvidia-rtx-pro-6000-blackwell-vs-amd-radeon-pro-duo-polaris"
  },
  {
    "id": "RTX-4090",
    "aliases": [
      "4090",
      "rtx4090",
      "rtx-4090",
      "geforce-rtx-4090",
      "nvidia-geforce-rtx-4090"
    ],
    "name": "NVIDIA GeForce RTX 4090 24GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 24,
    "memory_bytes": 25386352640,
    "memory_source": "deviceQuery on 'NVIDIA GeForce RTX 4090' (Linux, driver 12.4): 'Total amount of global memory: 24210 MBytes (25386352640 bytes)' (thamada/nvidia-smi gls/RTX4090_deviceQuery.py); = 23.64 GiB. Other drivers print 23.65-23.68 GiB (https://github.com/zai-org/CogVideo/issues/36); Windows reports ~23.99 GiB. nvidia-smi shows 24564MiB (vllm-project/vllm #7768).",
    "bandwidth_gbps": 1008,
    "fp16_tflops": 165.2,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/ and https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf (1,008 GB/s; 82.6 TFLOPS is the non-tensor FP16 figure the memory guide uses; the dense FP16 tensor figure with FP32 accumulate is 165.2, 330.3 with FP16 accumulate) fp16_tflops: dense FP16 tensor with FP32 accumulate (165.2), like every other GeForce entry here; the memory guide's 82.6 TFLOPS is the non-tensor FP16 shader rate, exactly half."
  },
  {
    "id": "RTX-4080",
    "aliases": [
      "4080",
      "rtx4080",
      "rtx-4080",
      "geforce-rtx-4080",
      "nvidia-geforce-rtx-4080"
    ],
    "name": "NVIDIA GeForce RTX 4080 16GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 16,
    "memory_bytes": 16828596224,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='NVIDIA GeForce RTX 4080', major=8, minor=9, total_memory=16049MB, multi_processor_count=76)\" (GitHub file located with the code index's exact-string search (the index does not name the repository)); 16049 MiB = 15.67 GiB. Windows reports ~15.99 GiB (https://github.com/aigc-apps/sd-webui-EasyPhoto/issues/281).",
    "bandwidth_gbps": 716.8,
    "fp16_tflops": 97.5,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4080-family/ and https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf (716.8 GB/s; 76 SMs x 2.505 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-4080-Super",
    "aliases": [
      "4080-super",
      "4080super",
      "rtx4080super",
      "rtx-4080-super",
      "geforce-rtx-4080-super",
      "nvidia-geforce-rtx-4080-super"
    ],
    "name": "NVIDIA GeForce RTX 4080 SUPER 16GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 16,
    "memory_bytes": 16828596224,
    "memory_source": "estimated: no printed 4080 SUPER total found; same AD103 with 16 GB GDDR6X (16376MiB in nvidia-smi) as the RTX 4080, so the 4080's torch total_memory=16049MB (15.67 GiB) is used.",
    "bandwidth_gbps": 736,
    "fp16_tflops": 104.4,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4080-family/ (736 GB/s; 80 SMs x 2.55 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-4070-Ti",
    "aliases": [
      "4070ti",
      "4070-ti",
      "rtx4070ti",
      "rtx-4070-ti",
      "geforce-rtx-4070-ti",
      "nvidia-geforce-rtx-4070-ti"
    ],
    "name": "NVIDIA GeForce RTX 4070 Ti 12GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 12,
    "memory_bytes": 12562779341,
    "memory_source": "PyTorch OOM on Linux (driver 545.23.08) with nvidia-smi 'NVIDIA GeForce RTX 4070 Ti ... 12282MiB': '(GPU 0; 11.70 GiB total capacity; ...)' (https://github.com/Kwai-Kolors/Kolors/issues/11).",
    "bandwidth_gbps": 504,
    "fp16_tflops": 80.2,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/ and https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf (504 GB/s; 60 SMs x 2.61 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-4070-Ti-Super",
    "aliases": [
      "4070ti-super",
      "4070-ti-super",
      "rtx4070tisuper",
      "rtx-4070-ti-super",
      "geforce-rtx-4070-ti-super",
      "nvidia-geforce-rtx-4070-ti-super"
    ],
    "name": "NVIDIA GeForce RTX 4070 Ti SUPER 16GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 16,
    "memory_bytes": 16828596224,
    "memory_source": "estimated: no printed 4070 Ti SUPER total found; it uses a cut AD103 with the same 16 GB GDDR6X as the RTX 4080, so the 4080's torch total_memory=16049MB (15.67 GiB) is used.",
    "bandwidth_gbps": 672,
    "fp16_tflops": 88.2,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/ (672 GB/s; 66 SMs x 2.61 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-4060",
    "aliases": [
      "4060",
      "rtx4060",
      "rtx-4060",
      "geforce-rtx-4060",
      "nvidia-geforce-rtx-4060"
    ],
    "name": "NVIDIA GeForce RTX 4060 8GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 8,
    "memory_bytes": 8270118912,
    "memory_source": "estimated: nvidia-smi total 8188MiB minus the ~301 MiB gap measured on the sibling RTX 4070 Ti on Linux (nvidia-smi 12282MiB vs PyTorch 11.70 GiB, https://github.com/Kwai-Kolors/Kolors/issues/11) = 7887 MiB (7.70 GiB).",
    "bandwidth_gbps": 272,
    "fp16_tflops": 30.2,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4060-4060ti/ (272 GB/s; 24 SMs x 2.46 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-4060-Ti-16GB",
    "aliases": [
      "4060ti-16gb",
      "4060-ti-16gb",
      "rtx4060ti-16gb",
      "rtx-4060-ti-16gb",
      "geforce-rtx-4060-ti-16gb"
    ],
    "name": "NVIDIA GeForce RTX 4060 Ti 16GB",
    "vendor": "nvidia",
    "architecture": "ada",
    "memory_gb": 16,
    "memory_bytes": 16857038848,
    "memory_source": "deviceQuery on 'NVIDIA GeForce RTX 4060 Ti' (16 GB, driver 12.4): 'Total amount of global memory: 16076 MBytes (16857038848 bytes)' (thamada/nvidia-smi package/RTX4060Ti_deviceQuery.py); = 15.70 GiB.",
    "bandwidth_gbps": 288,
    "fp16_tflops": 44.1,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4",
      "fp8"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4060-4060ti/ (288 GB/s; 34 SMs x 2.535 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-3060-12GB",
    "aliases": [
      "3060",
      "rtx3060",
      "rtx-3060",
      "rtx-3060-12gb",
      "geforce-rtx-3060",
      "nvidia-geforce-rtx-3060"
    ],
    "name": "NVIDIA GeForce RTX 3060 12GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 12,
    "memory_bytes": 12594446336,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='NVIDIA GeForce RTX 3060', major=8, minor=6, total_memory=12011MB, multi_processor_count=28)\" (GitHub file located with the code index's exact-string search (the index does not name the repository)); other public logs print 11931-12044MB depending on driver. 12011 MiB = 11.73 GiB.",
    "bandwidth_gbps": 360,
    "fp16_tflops": 25.5,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3060-3060ti/ and https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf (360 GB/s; 28 SMs x 1.777 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-3080-10GB",
    "aliases": [
      "3080",
      "rtx3080",
      "rtx-3080",
      "rtx-3080-10gb",
      "geforce-rtx-3080",
      "nvidia-geforce-rtx-3080"
    ],
    "name": "NVIDIA GeForce RTX 3080 10GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 10,
    "memory_bytes": 10501195039,
    "memory_source": "PyTorch OOM on an RTX 3080: '(GPU 0; 9.78 GiB total capacity; ...)' (https://github.com/zai-org/CogVideo/issues/34).",
    "bandwidth_gbps": 760,
    "fp16_tflops": 59.5,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3080-3080ti/ and https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf (760 GB/s; FP16 tensor 119 with FP16 accumulate, 59.5 with FP32 accumulate). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-3090",
    "aliases": [
      "3090",
      "rtx3090",
      "rtx-3090",
      "geforce-rtx-3090",
      "nvidia-geforce-rtx-3090"
    ],
    "name": "NVIDIA GeForce RTX 3090 24GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 24,
    "memory_bytes": 25318832210,
    "memory_source": "vLLM start-up log on RTX 3090s: 'the current vLLM instance can use total_gpu_memory (23.58GiB) x gpu_memory_utilization (0.99)' (https://github.com/vllm-project/vllm/pull/14447); deviceQuery on 'NVIDIA GeForce RTX 3090' prints 25327697920 bytes (23.59 GiB) (thamada/nvidia-smi gls/RTX3090_deviceQuery.py).",
    "bandwidth_gbps": 936,
    "fp16_tflops": 71,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/ and https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf (936 GB/s; FP16 tensor 142 with FP16 accumulate, 71 with FP32 accumulate). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-3090-Ti",
    "aliases": [
      "3090ti",
      "3090-ti",
      "rtx3090ti",
      "rtx-3090-ti",
      "geforce-rtx-3090-ti",
      "nvidia-geforce-rtx-3090-ti"
    ],
    "name": "NVIDIA GeForce RTX 3090 Ti 24GB",
    "vendor": "nvidia",
    "architecture": "ampere",
    "memory_gb": 24,
    "memory_bytes": 25285361664,
    "memory_source": "torch.cuda.get_device_properties printed \"_CudaDeviceProperties(name='NVIDIA GeForce RTX 3090 Ti', major=8, minor=6, total_memory=24114MB, multi_processor_count=84, ...)\" (GitHub file located with the code index's exact-string search (the index does not name the repository)); 24114 MiB = 23.55 GiB.",
    "bandwidth_gbps": 1008,
    "fp16_tflops": 80,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/ (1,008 GB/s; 84 SMs x 1.86 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-5090",
    "aliases": [
      "5090",
      "rtx5090",
      "rtx-5090",
      "geforce-rtx-5090",
      "nvidia-geforce-rtx-5090"
    ],
    "name": "NVIDIA GeForce RTX 5090 32GB",
    "vendor": "nvidia",
    "architecture": "blackwell",
    "memory_gb": 32,
    "memory_bytes": 33683281019,
    "memory_source": "PyTorch OOM on an RTX 5090: 'GPU 0 has a total capacity of 31.37 GiB' (https://github.com/Wan-Video/Wan2.1/issues/465). nvidia-smi shows 32607MiB.",
    "bandwidth_gbps": 1792,
    "fp16_tflops": 209.5,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8",
      "fp6",
      "fp4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/ and https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf (1,792 GB/s; FP16 tensor 419 with FP16 accumulate, 209.5 with FP32 accumulate; 170 SMs x 2.407 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "RTX-5080",
    "aliases": [
      "5080",
      "rtx5080",
      "rtx-5080",
      "geforce-rtx-5080",
      "nvidia-geforce-rtx-5080"
    ],
    "name": "NVIDIA GeForce RTX 5080 16GB",
    "vendor": "nvidia",
    "architecture": "blackwell",
    "memory_gb": 16,
    "memory_bytes": 16587423744,
    "memory_source": "estimated: nvidia-smi total 16303MiB minus the 484 MiB gap measured on the sibling RTX 5090 on Linux (nvidia-smi 32607MiB vs PyTorch 31.37 GiB, https://github.com/Wan-Video/Wan2.1/issues/465) = 15819 MiB (15.45 GiB). One public log prints total_memory=16302MB for an RTX 5080, apparently under WSL/WDDM where the full board is reported.",
    "bandwidth_gbps": 960,
    "fp16_tflops": 112.6,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8",
      "fp6",
      "fp4"
    ],
    "interconnect": "pcie",
    "source": "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5080/ and https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf (960 GB/s; 84 SMs x 2.617 GHz). fp16_tflops for GeForce cards is the dense FP16 tensor rate with FP32 accumulate (what PyTorch fp16/bf16 GEMMs use; GeForce runs it at half the FP16-accumulate rate), computed as SMs x boost clock x 1024 FLOP/clk/SM / 2 and matching the whitepaper tables."
  },
  {
    "id": "MI300X",
    "aliases": [
      "mi300x-192gb",
      "instinct-mi300x",
      "amd-mi300x",
      "amd-instinct-mi300x"
    ],
    "name": "AMD Instinct MI300X 192GB",
    "vendor": "amd",
    "architecture": "cdna3",
    "memory_gb": 192,
    "memory_bytes": 206141652992,
    "memory_source": "HIP device query on 'AMD Instinct MI300X': '196592: Total Global Memory (MB)' (thamada/nvidia-smi package/MI300X_deviceQuery.py); 196592 MiB = 191.98 GiB, the figure PyTorch ROCm prints (ROCm reports VRAM minus 16 MiB).",
    "bandwidth_gbps": 5300,
    "fp16_tflops": 1307.4,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8"
    ],
    "interconnect": "infinity-fabric",
    "source": "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html (192 GB HBM3, 5.3 TB/s, FP16/BF16 1307.4 TFLOPS dense, 2614.9 with sparsity)"
  },
  {
    "id": "MI325X",
    "aliases": [
      "mi325x-256gb",
      "instinct-mi325x",
      "amd-mi325x",
      "amd-instinct-mi325x"
    ],
    "name": "AMD Instinct MI325X 256GB",
    "vendor": "amd",
    "architecture": "cdna3",
    "memory_gb": 256,
    "memory_bytes": 274856432108,
    "memory_source": "HIP OOM in a vLLM ROCm bug report: 'GPU 0 has a total capacity of 255.98 GiB' (GitHub file located with the code index's exact-string search (the index does not name the repository); the only 256 GB ROCm device is the MI325X).",
    "bandwidth_gbps": 6000,
    "fp16_tflops": 1307.4,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "fp8"
    ],
    "interconnect": "infinity-fabric",
    "source": "https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html (256 GB HBM3E, 6 TB/s, FP16/BF16 1307.4 TFLOPS dense)"
  },
  {
    "id": "MI250X",
    "aliases": [
      "mi250x-gcd",
      "instinct-mi250x",
      "amd-mi250x",
      "amd-instinct-mi250x",
      "amd-instinct-mi250x/mi250"
    ],
    "name": "AMD Instinct MI250X (one GCD; the OAM module holds 2 GCDs, 128 GB)",
    "vendor": "amd",
    "architecture": "cdna2",
    "memory_gb": 64,
    "memory_bytes": 68698001900,
    "memory_source": "63.98 GiB per GCD: rocminfo on a 64 GB CDNA2 GCD lists the VRAM pool as 67092480 KB (https://github.com/ROCm/legacy-rocm-build/issues/2595) and PyTorch ROCm OOM messages print 'total capacity of 63.98 GiB' (several public logs); the logs do not say whether the card is an MI250X or MI210 (both 64 GB per device), so this is measured for the 64 GB CDNA2 class rather than for a named MI250X.",
    "bandwidth_gbps": 1638.4,
    "fp16_tflops": 191.5,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "infinity-fabric",
    "source": "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html (module: 128 GB HBM2e, 3.2768 TB/s, FP16 383 TFLOPS; halved per GCD, which ROCm exposes as a separate device)"
  },
  {
    "id": "MI210",
    "aliases": [
      "mi210-64gb",
      "instinct-mi210",
      "amd-mi210",
      "amd-instinct-mi210"
    ],
    "name": "AMD Instinct MI210 64GB",
    "vendor": "amd",
    "architecture": "cdna2",
    "memory_gb": 64,
    "memory_bytes": 68698001900,
    "memory_source": "63.98 GiB: rocminfo on a 64 GB CDNA2 device lists the VRAM pool as 67092480 KB (https://github.com/ROCm/legacy-rocm-build/issues/2595) and PyTorch ROCm OOM messages print 'total capacity of 63.98 GiB' (several public logs); the card is not named in those logs (MI210 or one MI250X GCD).",
    "bandwidth_gbps": 1638.4,
    "fp16_tflops": 181,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.amd.com/en/products/accelerators/instinct/mi200/mi210.html (64 GB HBM2e, 1.6384 TB/s, FP16 181 TFLOPS)"
  },
  {
    "id": "RX-7900-XTX",
    "aliases": [
      "7900xtx",
      "7900-xtx",
      "rx7900xtx",
      "rx-7900-xtx",
      "radeon-rx-7900-xtx",
      "amd-radeon-rx-7900-xtx"
    ],
    "name": "AMD Radeon RX 7900 XTX 24GB",
    "vendor": "amd",
    "architecture": "rdna3",
    "memory_gb": 24,
    "memory_bytes": 25748328940,
    "memory_source": "PyTorch ROCm OOM on a 7900 XTX: 'GPU 0 has a total capacity of 23.98 GiB' (a GLM-4.7-Flash investigation note, GitHub file located with the code index's exact-string search (the index does not name the repository); several other 7900 XTX logs print the same).",
    "bandwidth_gbps": 960,
    "fp16_tflops": 122.8,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16",
      "int8",
      "int4"
    ],
    "interconnect": "pcie",
    "source": "https://www.amd.com/en/products/graphics/desktops/radeon/7000-series/amd-radeon-rx-7900xtx.html (960 GB/s, peak FP16 122.8 TFLOPS via dual-issue/WMMA)"
  },
  {
    "id": "M2-Ultra-192GB",
    "aliases": [
      "m2-ultra",
      "m2-ultra-192gb",
      "m2ultra-192gb",
      "apple-m2-ultra",
      "apple-m2-ultra-192gb"
    ],
    "name": "Apple M2 Ultra 192GB (76-core GPU)",
    "vendor": "apple",
    "architecture": "apple-m2",
    "memory_gb": 192,
    "memory_bytes": 206158430208,
    "memory_source": "whole unified memory: 192 GB (binary) LPDDR5 per Apple's specification.",
    "usable_fraction": 0.75,
    "bandwidth_gbps": 800,
    "fp16_tflops": 27.2,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16"
    ],
    "interconnect": "unified",
    "source": "https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/ (800 GB/s, up to 192 GB, 76-core GPU ~27.2 TFLOPS; no tensor cores, FP16 runs at the FP32 rate). usable_fraction: Metal recommendedMaxWorkingSetSize is 75% of RAM above 36 GB on macOS 13-14 (llama.cpp logs: M2 Max 96 GB 73728 MB, https://github.com/ggml-org/llama.cpp/issues/3213; 64 GB 49152 MiB, https://github.com/ggml-org/llama.cpp/issues/1870); 144 GB for M2 Ultra 192 GB (https://github.com/raullenchai/Rapid-MLX/pull/183). Raise with sysctl iogpu.wired_limit_mb"
  },
  {
    "id": "M3-Max-128GB",
    "aliases": [
      "m3-max",
      "m3-max-128gb",
      "m3max-128gb",
      "apple-m3-max",
      "apple-m3-max-128gb"
    ],
    "name": "Apple M3 Max 128GB (40-core GPU)",
    "vendor": "apple",
    "architecture": "apple-m3",
    "memory_gb": 128,
    "memory_bytes": 137438953472,
    "memory_source": "whole unified memory: 128 GB (binary) LPDDR5 per Apple's specification.",
    "usable_fraction": 0.84,
    "bandwidth_gbps": 400,
    "fp16_tflops": 16.4,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16"
    ],
    "interconnect": "unified",
    "source": "https://www.apple.com/newsroom/2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/ (400 GB/s, up to 128 GB, 40-core GPU; ~16.4 TFLOPS FP32/FP16 estimated from 40 cores x 128 ALUs x 2 x ~1.6 GHz). usable_fraction: stock recommendedMaxWorkingSetSize measured as 107.52 GiB on 128 GiB Macs of two chip generations on current macOS (https://github.com/antirez/ds4/pull/893) = 0.84; older macOS used 0.75 (96 GB)"
  },
  {
    "id": "M4-Max-128GB",
    "aliases": [
      "m4-max",
      "m4-max-128gb",
      "m4max-128gb",
      "apple-m4-max",
      "apple-m4-max-128gb"
    ],
    "name": "Apple M4 Max 128GB (40-core GPU)",
    "vendor": "apple",
    "architecture": "apple-m4",
    "memory_gb": 128,
    "memory_bytes": 137438953472,
    "memory_source": "whole unified memory: 128 GB (binary) LPDDR5X per Apple's specification.",
    "usable_fraction": 0.84,
    "bandwidth_gbps": 546,
    "fp16_tflops": 18.4,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16"
    ],
    "interconnect": "unified",
    "source": "https://www.apple.com/newsroom/2024/10/apple-introduces-m4-pro-and-m4-max/ (546 GB/s, up to 128 GB, 40-core GPU; ~18.4 TFLOPS FP32/FP16 estimated). usable_fraction: llama.cpp on 'Apple M4 Max' prints 'recommendedMaxWorkingSetSize = 115448.73 MB' (1e6 bytes) = 107.52 GiB of 128 GiB = 0.84 (public test fixtures); same 107.52 GiB measured in https://github.com/antirez/ds4/pull/893"
  },
  {
    "id": "M3-Ultra-512GB",
    "aliases": [
      "m3-ultra",
      "m3-ultra-512gb",
      "m3ultra-512gb",
      "apple-m3-ultra",
      "apple-m3-ultra-512gb"
    ],
    "name": "Apple M3 Ultra 512GB (80-core GPU)",
    "vendor": "apple",
    "architecture": "apple-m3",
    "memory_gb": 512,
    "memory_bytes": 549755813888,
    "memory_source": "whole unified memory: 512 GB (binary) LPDDR5 per Apple's specification.",
    "usable_fraction": 0.906,
    "bandwidth_gbps": 819,
    "fp16_tflops": 28.4,
    "native_precisions": [
      "fp32",
      "fp16",
      "bf16"
    ],
    "interconnect": "unified",
    "source": "https://www.apple.com/newsroom/2025/03/apple-reveals-m3-ultra-taking-apple-silicons-top-of-the-line-chip-to-new-heights/ (819 GB/s, up to 512 GB, 80-core GPU; ~28.4 TFLOPS FP32/FP16 estimated). usable_fraction: llama-bench on 'Apple M3 Ultra' prints 'recommendedMaxWorkingSetSize = 498216.21 MB' = 464 GiB of 512 GiB = 0.906 (public GitHub benchmark notes)"
  }
]

"""##
}
