/// Memory of one GPU (the heaviest rank). Never a sum across GPUs.
public struct RankMemory: Sendable, Hashable, Codable {
  public var weights: Int64
  /// The KV cache this rank allocates: the whole pool for pool engines (vLLM, SGLang,
  /// TensorRT-LLM), batch × sequence for the others.
  public var kvCache: Int64
  public var activations: Int64
  /// CUDA context, NCCL and communication buffers, CUDA graphs, engine bookkeeping.
  public var overhead: Int64
  /// The device's usable memory.
  public var capacity: Int64
  /// What the engine lets itself use (vLLM: capacity × gpu_memory_utilization); equals
  /// `capacity` for engines without a memory fraction.
  public var limit: Int64
  /// The least memory the requested batch × sequence length needs within `limit`.
  public var required: Int64
  /// Training only: gradients of the trainable parameters on this rank.
  public var gradients: Int64 = 0
  /// Training only: optimizer state and fp32 master weights on this rank.
  public var optimizerStates: Int64 = 0

  public var total: Int64 {
    weights.saturatingAdd(max(kvCache, 0)).saturatingAdd(activations).saturatingAdd(overhead)
      .saturatingAdd(gradients).saturatingAdd(optimizerStates)
  }

  /// `limit − required`: negative when the deployment does not fit.
  public var headroom: Int64 { limit - required }
}

/// A pre-allocated KV pool and what it holds (vLLM "GPU KV cache size: N tokens",
/// "Maximum concurrency for L tokens per request: C x").
public struct KVPool: Sendable, Hashable, Codable {
  public var bytes: Int64
  public var tokens: Int64
  /// KV bytes one request of the full sequence length needs.
  public var bytesPerRequest: Int64
  /// Requests of the full sequence length the pool holds at once.
  public var maxConcurrency: Double
}

/// Speed hints from bandwidth and FLOPS (MEMORY-MODEL.md §6): ceilings, not promises.
public struct ThroughputEstimate: Sendable, Hashable, Codable {
  /// Decode tokens/s for one sequence at the requested batch and full context.
  public var decodeTokensPerSecondPerSequence: Double
  /// Decode tokens/s summed over the batch.
  public var decodeTokensPerSecondTotal: Double
  /// Prefill tokens/s (compute-bound).
  public var prefillTokensPerSecond: Double
  /// Time to first token for one prompt of the full sequence length, in seconds.
  public var timeToFirstTokenSeconds: Double
}

/// The answer to "will this deployment fit on that GPU", with its parts and its reasons.
public struct Estimate: Sendable {
  public let engine: EngineKind
  public let modelID: String
  public let gpuID: String
  public let weightFormat: WeightFormat
  public let kvFormat: KVCacheFormat
  public let batch: Int
  public let seqLen: Int
  public let tensorParallel: Int
  public let pipelineParallel: Int
  public let gpuCount: Int
  public let perGPU: RankMemory
  public let components: [MemoryComponent]
  public let pool: KVPool?
  /// KV bytes one token costs on this rank (every layer, as if all were full attention).
  public let kvBytesPerToken: Int64
  /// Whether the engine starts at all (vLLM refuses when one full-length request does not
  /// fit the pool). Engines without a start-up check start whenever they fit.
  public let startsUp: Bool
  /// Whether the requested batch × sequence length fits.
  public let fits: Bool
  /// Why it does not fit or start, in the engine's own terms.
  public let failure: String?
  public var assumptions: [Assumption]
  public let throughput: ThroughputEstimate
  /// Parameters (whole model) and the active ones per token (MoE).
  public let totalParameters: Int64
  public let activeParameters: Int64
  /// Training mode only: the step's shape and speed ceiling.
  public var training: TrainingSummary? = nil

  /// KV cache bytes per GPU that the requested batch × seq_len occupies: for pool engines
  /// one request's blocks × batch (the pool itself is sized by the budget), for the others
  /// the cache they allocate. No GPU with less memory than weights + this can fit it.
  public var requestedKVBytes: Int64 {
    pool.map { $0.bytesPerRequest.saturatingMultiply(Int64(batch)) } ?? perGPU.kvCache
  }
}
