/// SGLang memory semantics. After the weights load, the KV pool takes what is free minus
/// total × (1 − mem_fraction_static) (python/sglang/srt/model_executor/model_runner.py
/// `profile_max_num_token`), i.e. pool = total × fraction − (CUDA context + weights). The
/// activations of chunked prefill and the CUDA graphs live in the remaining 1 − fraction.
enum SGLangEngine {
  /// Scheduler tiers by GPU memory (python/sglang/srt/server_args.py
  /// `_handle_gpu_memory_settings`, PR #10975; Documentation/research/engine-memory.md §2.1):
  /// chunked_prefill_size and cuda_graph_max_bs (tp < 4 / tp ≥ 4).
  static func tier(gpuMiB: Int64, tensorParallel: Int) -> (chunk: Int64, graphBatch: Int64) {
    let large = tensorParallel >= 4
    switch gpuMiB {
    case ..<(20 * 1024): return (2048, 8)
    case ..<(35 * 1024): return (2048, large ? 80 : 24)
    case ..<(60 * 1024): return (4096, large ? 160 : 32)
    case ..<(160 * 1024): return (8192, large ? 512 : 256)
    default: return (16384, 512)
    }
  }

  /// `mem_fraction_static` default: (gpu_mem − reserved) / gpu_mem with reserved MiB =
  /// 512 + max(chunked_prefill_size, 2048) × 1.5 + cuda_graph_max_bs × 2 + tp × pp / 8 × 1024,
  /// at least 10 GiB on GPUs above 60 GiB (server_args.py, PR #10975). H100 at TP 1: 0.835.
  static func defaultFraction(gpuMiB: Int64, tensorParallel: Int, pipelineParallel: Int) -> Double {
    let t = tier(gpuMiB: gpuMiB, tensorParallel: tensorParallel)
    var reserved =
      512 + Double(max(t.chunk, 2048)) * 1.5 + Double(t.graphBatch) * 2
      + Double(tensorParallel * pipelineParallel) / 8 * 1024
    if gpuMiB > 60 * 1024 { reserved = max(reserved, 10 * 1024) }
    return ((Double(gpuMiB) - reserved) / Double(gpuMiB) * 1000).rounded() / 1000
  }

  static func evaluate(_ r: inout ResolvedDeployment) -> EngineResult {
    let spec = r.spec
    let capacity = spec.gpu.usableBytes
    let gpuMiB = spec.gpu.memoryBytes / ByteUnits.miB
    let fraction =
      spec.options.memoryUtilization
      ?? defaultFraction(
        gpuMiB: gpuMiB, tensorParallel: r.tensorParallel, pipelineParallel: r.pipelineParallel)
    let tensorParallel = r.tensorParallel
    if spec.options.memoryUtilization == nil {
      r.note(
        Assumption(
          .engine,
          "mem_fraction_static \(fraction) (SGLang default for \(gpuMiB) MiB at TP \(tensorParallel))",
          source: "python/sglang/srt/server_args.py _handle_gpu_memory_settings (PR #10975)"))
    }
    let context = RuntimeOverhead.contextBytes(for: r.spec.gpu)
    let static_ = ByteUnits.bytes(Double(capacity) * fraction)
    let poolBytes = static_ - context - r.rankWeightBytes
    let bytesPerToken = max(r.kv.bytesPerToken, 1)
    let poolTokens = max(poolBytes, 0) / bytesPerToken
    let chunk = Int64(
      spec.options.maxNumBatchedTokens
        ?? Int(tier(gpuMiB: gpuMiB, tensorParallel: r.tensorParallel).chunk))
    let activation = RuntimeOverhead.forwardActivationBytes(
      tokens: chunk, architecture: r.architecture, tensorParallel: r.tensorParallel,
      elementBytes: r.activationBytes
    )
    let dynamicRoom = capacity - static_
    let graphs = VLLMEngine.cudaGraphBytes
    let seq = Int64(r.seqLen)
    let perRequest = r.kv.bytes(tokens: seq)
    let requestedKV = perRequest.saturatingMultiply(Int64(spec.batch))
    let startsUp = poolBytes > 0 && activation + graphs <= dynamicRoom
    let fits = startsUp && poolBytes >= requestedKV
    var failure: String?
    if !r.explainsFailure {
    } else if poolBytes <= 0 {
      failure =
        "weights (\(ByteUnits.gibString(r.rankWeightBytes))) leave no KV cache within mem_fraction_static \(fraction) of \(ByteUnits.gibString(capacity)): SGLang refuses to start"
    } else if activation + graphs > dynamicRoom {
      failure =
        "prefill activations and CUDA graphs (\(ByteUnits.gibString(activation + graphs))) exceed the \(ByteUnits.gibString(dynamicRoom)) outside mem_fraction_static"
    } else if !fits {
      failure = "the KV pool holds \(poolTokens) tokens; \(spec.batch) × \(seq) tokens need more"
    }
    let memory = RankMemory(
      weights: r.rankWeightBytes, kvCache: max(poolBytes, 0), activations: activation,
      overhead: context + graphs, capacity: capacity, limit: static_,
      required: (context + r.rankWeightBytes).saturatingAdd(requestedKV))
    func components() -> [MemoryComponent] {
      [
        MemoryComponent(
          .weights, "weights", bytes: r.rankWeightBytes, formula: WeightsFormula.describe(r)),
        MemoryComponent(
          .kvCache, "KV cache pool", bytes: max(poolBytes, 0),
          formula:
            "\(fraction) × \(ByteUnits.gibString(capacity)) − weights − CUDA context = \(poolTokens) tokens"
        ),
        MemoryComponent(
          .activations, "prefill activations", bytes: activation,
          formula:
            "forward over chunked_prefill_size \(chunk) tokens (logits are kept for the last token of each request only)"
        ),
        MemoryComponent(
          .overhead, "CUDA graphs", bytes: graphs,
          formula: "no SGLang log in the cases: vLLM's measured median (cases A19–A51) stands in"),
        .runtimeContext(r.spec.gpu),
      ]
    }
    return EngineResult(
      memory: memory, components: r.detail == .full ? components() : [],
      pool: .holding(bytes: poolBytes, bytesPerToken: bytesPerToken, bytesPerRequest: perRequest),
      startsUp: startsUp, fits: fits, failure: failure)
  }
}
