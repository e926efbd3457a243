/// The command-line flags and environment variables of each server that decide memory,
/// keyed by the flag's name without leading dashes. vLLM and SGLang read `_` and `-` alike
/// in long flags (vLLM `FlexibleArgumentParser` rewrites `--max_model_len` to
/// `--max-model-len`; SGLang's `ServerArgs` flags are declared with `-` and vLLM-style
/// configs reuse them), so long names are compared with `_` turned into `-`.
///
/// Sources: `vllm serve --help` (vllm/engine/arg_utils.py `EngineArgs.add_cli_args`),
/// sglang/srt/server_args.py `ServerArgs.add_cli_args`, llama.cpp common/arg.cpp (each
/// option's `set_env("LLAMA_ARG_…")`), text-generation-inference launcher/src/main.rs
/// (`#[clap(long, env)]` on every field: the flag `--max-total-tokens` and the variable
/// `MAX_TOTAL_TOKENS`).
enum EngineFlags {
  static func field(forFlag name: String, of server: ServerKind) -> DeploymentField? {
    let long = normalized(name)
    switch server {
    case .vllm: return vllm[long]
    // SGLang declares its flags with `-` only: argparse rejects `--context_length`.
    case .sglang: return name.contains("_") ? nil : sglang[long]
    case .llamaCpp: return llamaCpp[name] ?? llamaCpp[long]
    case .tgi: return tgi[long]
    }
  }

  /// The field an environment variable sets, for servers that read their settings from
  /// the environment too.
  static func field(forEnvironment name: String, of server: ServerKind) -> DeploymentField? {
    switch server {
    case .llamaCpp: return llamaCppEnvironment[name]
    case .tgi: return tgi[normalized(name.lowercased())]
    case .vllm, .sglang: return nil
    }
  }

  /// Flags that take no value, so the word after them is not read as theirs.
  static func isSwitch(_ name: String, of server: ServerKind) -> Bool {
    let long = normalized(name)
    if long.hasPrefix("enable-") || long.hasPrefix("disable-") || long.hasPrefix("no-") {
      return true
    }
    return switches.contains(long)
  }

  static func normalized(_ name: String) -> String {
    String(name.drop { $0 == "-" }.map { $0 == "_" ? "-" : $0 })
  }

  static let vllm: [String: DeploymentField] = [
    "model": .model, "dtype": .dtype, "quantization": .quantization, "q": .quantization,
    "kv-cache-dtype": .kvCache, "max-model-len": .seqLen, "max-num-seqs": .maxNumSeqs,
    "max-num-batched-tokens": .maxNumBatchedTokens, "tensor-parallel-size": .tensor,
    "tp": .tensor, "pipeline-parallel-size": .pipeline, "pp": .pipeline,
    "data-parallel-size": .data, "dp": .data, "gpu-memory-utilization": .memoryUtilization,
  ]

  static let sglang: [String: DeploymentField] = [
    "model-path": .model, "model": .model, "dtype": .dtype, "quantization": .quantization,
    "kv-cache-dtype": .kvCache, "context-length": .seqLen,
    "max-running-requests": .maxNumSeqs, "tensor-parallel-size": .tensor, "tp-size": .tensor,
    "tp": .tensor, "pipeline-parallel-size": .pipeline, "pp-size": .pipeline,
    "data-parallel-size": .data, "dp-size": .data, "dp": .data,
    "mem-fraction-static": .memoryUtilization,
  ]

  /// llama-server: short flags are case-sensitive and kept as written (`-c`, `-np`).
  /// `-c` is the whole context shared by the slots; `-np` the number of slots.
  static let llamaCpp: [String: DeploymentField] = [
    "-m": .model, "model": .model, "-c": .seqLen, "ctx-size": .seqLen, "-np": .maxNumSeqs,
    "parallel": .maxNumSeqs, "-ngl": .gpuLayers, "n-gpu-layers": .gpuLayers,
    "gpu-layers": .gpuLayers, "-ctk": .kvCache, "cache-type-k": .kvCache,
    "-hf": .model, "-hfr": .model, "hf-repo": .model,
  ]

  /// llama.cpp common/arg.cpp `set_env` names.
  static let llamaCppEnvironment: [String: DeploymentField] = [
    "LLAMA_ARG_MODEL": .model, "LLAMA_ARG_HF_REPO": .model, "LLAMA_ARG_CTX_SIZE": .seqLen,
    "LLAMA_ARG_N_PARALLEL": .maxNumSeqs, "LLAMA_ARG_N_GPU_LAYERS": .gpuLayers,
    "LLAMA_ARG_CACHE_TYPE_K": .kvCache,
  ]

  /// TGI launcher: `--max-total-tokens` is prompt + output per request (the sequence);
  /// `--max-batch-total-tokens` caps the tokens of the whole running batch.
  static let tgi: [String: DeploymentField] = [
    "model-id": .model, "dtype": .dtype, "quantize": .quantization,
    "max-total-tokens": .seqLen, "max-batch-total-tokens": .batchTotalTokens,
    "num-shard": .tensor, "cuda-memory-fraction": .memoryUtilization, "kv-cache-dtype": .kvCache,
  ]

  static let switches: Set<String> = [
    "trust-remote-code", "enforce-eager", "cb", "cont-batching", "mlock", "no-mmap", "jinja",
    "embedding", "embeddings", "metrics", "verbose", "v", "json-output", "sharded",
    "async-scheduling", "skip-tokenizer-init", "served-model-name-as-prefix",
  ]
}
