/// TensorRT-LLM: the KV pool takes `free_gpu_memory_fraction` (default 0.9) of the memory
/// still free after the engine's weights and activation buffers are allocated
/// (tensorrt_llm/llmapi KvCacheConfig.free_gpu_memory_fraction; MEMORY-MODEL.md §3).
enum TensorRTLLMEngine {
  static let defaultFreeFraction = 0.9
  /// `max_num_tokens` default of the LLM API build config (tensorrt_llm BuildConfig).
  static let defaultMaxNumTokens = 8192

  static func evaluate(_ r: inout ResolvedDeployment) -> EngineResult {
    let spec = r.spec
    let capacity = spec.gpu.usableBytes
    let fraction = spec.options.memoryUtilization ?? defaultFreeFraction
    if spec.options.memoryUtilization == nil {
      r.note(
        Assumption(
          .engine,
          "free_gpu_memory_fraction \(fraction) of the memory left after weights and activations",
          source: "TensorRT-LLM KvCacheConfig.free_gpu_memory_fraction default 0.9"))
    }
    let tokens = Int64(spec.options.maxNumBatchedTokens ?? defaultMaxNumTokens)
    let activation = RuntimeOverhead.forwardActivationBytes(
      tokens: tokens, architecture: r.architecture, tensorParallel: r.tensorParallel,
      elementBytes: r.activationBytes)
    let context = RuntimeOverhead.contextBytes(for: r.spec.gpu)
    let free = capacity - context - r.rankWeightBytes - activation
    let poolBytes = free > 0 ? ByteUnits.bytes(Double(free) * fraction) : free
    let bytesPerToken = max(r.kv.bytesPerToken, 1)
    let poolTokens = max(poolBytes, 0) / bytesPerToken
    let perRequest = r.kv.bytes(tokens: Int64(r.seqLen))
    let requestedKV = perRequest.saturatingMultiply(Int64(spec.batch))
    let startsUp = poolBytes >= perRequest
    let fits = poolBytes >= requestedKV
    let limit = context + r.rankWeightBytes + activation + max(poolBytes, 0)
    var failure: String?
    if !r.explainsFailure {
    } else if poolBytes <= 0 {
      failure = "weights and activations leave no memory for the KV cache"
    } else if !fits {
      failure =
        "the KV pool holds \(poolTokens) tokens; \(spec.batch) × \(r.seqLen) tokens need more"
    }
    let memory = RankMemory(
      weights: r.rankWeightBytes, kvCache: max(poolBytes, 0), activations: activation,
      overhead: context,
      capacity: capacity, limit: max(limit, 0),
      required: (context + r.rankWeightBytes).saturatingAdd(activation).saturatingAdd(requestedKV))
    func components() -> [MemoryComponent] {
      [
        MemoryComponent(
          .weights, "weights", bytes: r.rankWeightBytes, formula: WeightsFormula.describe(r)),
        MemoryComponent(
          .kvCache, "KV cache pool", bytes: max(poolBytes, 0),
          formula: "\(fraction) × free memory after weights and activations = \(poolTokens) tokens"),
        MemoryComponent(
          .activations, "activation buffers", bytes: activation,
          formula: "forward over max_num_tokens \(tokens)"),
        .runtimeContext(r.spec.gpu),
      ]
    }
    return EngineResult(
      memory: memory, components: r.detail == .full ? components() : [],
      pool: .holding(bytes: poolBytes, bytesPerToken: bytesPerToken, bytesPerRequest: perRequest),
      startsUp: startsUp, fits: fits && startsUp, failure: failure)
  }
}
