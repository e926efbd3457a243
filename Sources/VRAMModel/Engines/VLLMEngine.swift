/// vLLM (V1 engine) memory semantics.
///
/// requested = total × gpu_memory_utilization
/// KV pool   = requested − (weights + activation peak of the profile run + non-torch memory)
/// (vllm/v1/worker/gpu_worker.py `determine_available_memory`; cases A19–A51, where
/// `total_non_kv_cache_memory` = weights + peak activation + non-torch and the KV cache is
/// exactly requested − non-KV.) CUDA graphs are captured afterwards from the memory left
/// outside the budget, as is the CUDA context.
/// Start-up fails when the pool cannot hold one request of `max_model_len` tokens
/// ("... KV cache is needed, which is larger than the available KV cache memory"; cases A05,
/// A08, A10).
enum VLLMEngine {
  /// Defaults that changed between releases (Documentation/research/engine-memory.md §1):
  /// v0.21.0 raised `gpu_memory_utilization` from 0.9 to 0.92 and turned on CUDA-graph
  /// memory profiling, which subtracts the graphs from the KV budget (vLLM PR #38284).
  struct ReleaseDefaults {
    let utilization: Double
    let budgetIncludesCUDAGraphs: Bool
    /// V0 (before 0.8) profiled one forward pass over max(max_model_len, 2048) tokens when
    /// chunked prefill was off (≤ 32k context), so its activation peak grows with context:
    /// 2.07 → 2.99 GiB from 20k to 29k tokens for Llama-3.1-8B (cases A07, A08).
    let profilesWholeContext: Bool
    let label: String
  }

  static func defaults(for version: String?) -> ReleaseDefaults {
    let v08 = EngineVersion(0, 8)
    let v021 = EngineVersion(0, 21)
    if let text = version, let parsed = EngineVersion(text) {
      if parsed < v08 {
        return ReleaseDefaults(
          utilization: 0.9, budgetIncludesCUDAGraphs: false, profilesWholeContext: true,
          label: "vLLM \(parsed) (V0 engine)")
      }
      if parsed < v021 {
        return ReleaseDefaults(
          utilization: 0.9, budgetIncludesCUDAGraphs: false, profilesWholeContext: false,
          label: "vLLM \(parsed) (V1, < 0.21)")
      }
    }
    return ReleaseDefaults(
      utilization: 0.92, budgetIncludesCUDAGraphs: true, profilesWholeContext: false,
      label: version.map { "vLLM \($0)" } ?? "vLLM ≥ 0.21 (newest modelled)")
  }

  /// `CacheConfig.block_size` default on CUDA (vllm/config/cache.py).
  static let defaultBlockSize = 16

  /// Scheduler defaults of `vllm serve`: 8192 tokens / 1024 sequences on GPUs with ≥ 70 GiB
  /// that are not A100s, else 2048 / 256 (`EngineArgs._set_default_args`,
  /// `device_memory >= 70 GiB and "a100" not in device_name`; engine-memory.md §1.2).
  static func defaultScheduler(gpu: GPUSpec) -> (batchedTokens: Int, seqs: Int) {
    let isA100 = mentionsA100(gpu.id) || mentionsA100(gpu.name)
    return gpu.memoryBytes >= 70 * ByteUnits.giB && !isA100 ? (8192, 1024) : (2048, 256)
  }

  /// Whether `text` contains "a100" in any case. Byte-level because every estimate (and
  /// the planner makes dozens per deployment) asks; "a100" has no repeated prefix, so a
  /// mismatch restarts the match at the current byte.
  static func mentionsA100(_ text: String) -> Bool {
    var matched = 0
    for byte in text.utf8 {
      let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      let expected: UInt8 = matched == 0 ? 0x61 : matched == 1 ? 0x31 : 0x30  // "a100"
      if lower == expected {
        matched += 1
        if matched == 4 { return true }
      } else {
        matched = lower == 0x61 ? 1 : 0
      }
    }
    return false
  }

  /// Non-torch memory at TP = 1: 0.24–0.25 GiB in every vLLM 0.19 H100 log
  /// (cases A19, A23, A25, A27, A30, A32, A34, A35, A40, A45, A51), 0.25 GiB on 2×RTX 4090
  /// without NVLink (case A10).
  static let nonTorchBase: Int64 = 256 * ByteUnits.miB
  /// Extra non-torch memory at TP ≥ 2 over NVLink, where the custom all-reduce and NCCL
  /// buffers are set up: 2.07–2.13 GiB total (cases A37, A43, A47, A49: TP 2 and 4).
  static let nonTorchPeerCommunication: Int64 = 1_880 * ByteUnits.miB
  /// CUDA graph pool captured after the KV cache: 0.64–1.61 GiB on H100, median 0.91
  /// (cases A19–A51). Reported, and it must fit outside the utilization budget.
  static let cudaGraphBytes: Int64 = 932 * ByteUnits.miB

  /// Profile-run sampler: max_num_seqs rows of vocabulary logits, as the dtype of the model
  /// (lm_head output) plus fp32 copies for the sampler's softmax, top-k/top-p sort values and
  /// int64 indices. 12 bytes + dtype per element with a 0.15 GiB base reproduce the activation
  /// peaks of cases A19, A23, A25, A27, A30, A34, A35, A40, A49, A51 (vocab 32k–262k).
  static let samplerBytesPerLogit: Int64 = 12
  static let activationBase: Int64 = 154 * ByteUnits.miB

  static func defaultSeqLen(_ spec: DeploymentSpec) -> (Int, Assumption) {
    let a = spec.model.architecture
    return (
      a.maxContext,
      Assumption(
        .sequence, "max_model_len \(a.maxContext): the model's maximum context (vLLM's default)",
        source: "vLLM ModelConfig: max_model_len defaults to the config's max_position_embeddings")
    )
  }

  /// vLLM's MXFP4 MoE kernels align the expert intermediate size to a multiple of 256
  /// (the MX MoE methods' `round_up(intermediate_size_per_partition, 256)`): gpt-oss's 2880
  /// becomes 3072. With it the weights of gpt-oss-20b and -120b match vLLM's logs within
  /// 0.3 % (cases A15: 13.47 GiB, A16: 64.38 GiB); without it they are 5–6 % low.
  static func mxfp4ExpertPadding(_ r: ResolvedDeployment) -> Int64 {
    guard r.weightFormat.scope == .experts, let moe = r.architecture.moe else { return 0 }
    let width = max(moe.expertIntermediateSize / r.tensorParallel, 1)
    let padded = Int(roundUp(Int64(width), 256))
    guard padded > width else { return 0 }
    let extra = Double(r.rankParameters.routedExperts) * Double(padded - width) / Double(width)
    return ByteUnits.bytes(extra * r.weightFormat.bitsPerWeight / 8)
  }

  static func evaluate(_ r: inout ResolvedDeployment) -> EngineResult {
    let spec = r.spec
    let weights = r.rankWeightBytes + mxfp4ExpertPadding(r)
    let a = r.architecture
    let capacity = spec.gpu.usableBytes
    let release = defaults(for: spec.options.engineVersion)
    let utilization = spec.options.memoryUtilization ?? release.utilization
    if spec.options.memoryUtilization == nil {
      r.note(
        Assumption(
          .engine, "gpu_memory_utilization \(utilization) (\(release.label) default)",
          source:
            "vllm/engine/arg_utils.py EngineArgs.gpu_memory_utilization: 0.9, 0.92 from v0.21.0 (PR #38284)"
        ))
    }
    let budget = ByteUnits.bytes(Double(capacity) * utilization)
    var scheduler = defaultScheduler(gpu: spec.gpu)
    if release.profilesWholeContext {
      // V0 SchedulerConfig: max_num_batched_tokens = max(max_model_len, 2048) without chunked
      // prefill (enabled only above 32k tokens), max_num_seqs 256.
      scheduler = (r.seqLen <= 32768 ? max(r.seqLen, 2048) : 2048, 256)
    }
    let batchedTokens = spec.options.maxNumBatchedTokens ?? scheduler.batchedTokens
    let maxSeqs = spec.options.maxNumSeqs ?? scheduler.seqs
    if spec.options.maxNumBatchedTokens == nil || spec.options.maxNumSeqs == nil {
      r.note(
        Assumption(
          .engine,
          release.profilesWholeContext
            ? "max_num_batched_tokens \(batchedTokens), max_num_seqs \(maxSeqs) (V0 scheduler defaults)"
            : "max_num_batched_tokens \(batchedTokens), max_num_seqs \(maxSeqs) (`vllm serve` defaults for this GPU)",
          source: "vllm/engine/arg_utils.py EngineArgs._set_default_args"))
    }
    let blockSize = Int64(spec.options.blockSize ?? defaultBlockSize)

    // Activation peak of the profile run: the larger of a forward pass over
    // max_num_batched_tokens and the dummy sampler over max_num_seqs × vocab logits.
    let forward = RuntimeOverhead.forwardActivationBytes(
      tokens: Int64(batchedTokens), architecture: a, tensorParallel: r.tensorParallel,
      elementBytes: r.activationBytes)
    let samplerRows = Int64(min(maxSeqs, batchedTokens))
    let sampler = samplerRows.saturatingMultiply(Int64(a.vocabSize))
      .saturatingMultiply(samplerBytesPerLogit + r.activationBytes)
    let activation = max(forward, sampler).saturatingAdd(activationBase)

    let peer = r.tensorParallel > 1 && spec.gpu.hasPeerInterconnect
    let nonTorch = nonTorchBase + (peer ? nonTorchPeerCommunication : 0)
    let graphs = (spec.options.cudaGraphs ?? true) ? cudaGraphBytes : 0
    let context = RuntimeOverhead.contextBytes(for: r.spec.gpu)

    // From v0.21 the CUDA graphs are profiled and charged to the budget; before, they were
    // captured afterwards from the memory outside it.
    let graphsInBudget = release.budgetIncludesCUDAGraphs ? graphs : 0
    let nonKV = weights.saturatingAdd(activation).saturatingAdd(nonTorch).saturatingAdd(
      graphsInBudget)
    let poolBytes = budget - nonKV
    let bytesPerToken = max(r.kv.bytesPerToken, 1)
    let blockBytes = bytesPerToken.saturatingMultiply(blockSize)
    let poolTokens = poolBytes > 0 ? (poolBytes / blockBytes) * blockSize : 0

    // One request's KV: full-attention layers hold every token; sliding-window layers hold
    // at most window − 1 + max_num_batched_tokens tokens plus one block
    // (vllm/v1/kv_cache_interface.py SlidingWindowSpec.max_memory_usage_bytes).
    let seq = Int64(r.seqLen)
    let windowTokens: Int64
    if let window = r.kv.window {
      windowTokens = min(Int64(window) - 1 + Int64(batchedTokens), seq) + blockSize
    } else {
      windowTokens = seq
    }
    let perRequest = roundUp(r.kv.bytes(tokens: seq, windowTokens: windowTokens), blockBytes)
    let concurrency =
      perRequest > 0 ? Double(max(poolBytes, 0) / blockBytes * blockBytes) / Double(perRequest) : 0
    let requestedKV = perRequest.saturatingMultiply(Int64(spec.batch))

    let outsideBudget = context + (release.budgetIncludesCUDAGraphs ? 0 : graphs)
    let beyondContext = r.seqLen > a.maxContext
    let startsUp =
      poolBytes >= perRequest && context + budget <= capacity
      && budget + outsideBudget <= capacity && !beyondContext
    let fitsBatch = poolBytes >= requestedKV && spec.batch <= maxSeqs
    var failure: String?
    if !r.explainsFailure {
    } else if beyondContext {
      failure =
        "max_model_len \(seq) exceeds the model's \(a.maxContext)-token context: vLLM refuses to start (unless VLLM_ALLOW_LONG_MAX_MODEL_LEN=1)"
    } else if context + budget > capacity {
      failure =
        "free memory at start-up (\(ByteUnits.gibString(capacity - context))) is less than the requested \(ByteUnits.gibString(budget)) (gpu_memory_utilization \(utilization)): vLLM refuses to start"
    } else if poolBytes <= 0 {
      failure =
        "no memory left for the KV cache: weights, activations and runtime take \(ByteUnits.gibString(nonKV)) of the \(ByteUnits.gibString(budget)) budget"
    } else if !startsUp {
      failure =
        "one \(seq)-token request needs \(ByteUnits.gibString(perRequest)) of KV cache, more than the \(ByteUnits.gibString(poolBytes)) available: vLLM refuses to start"
    } else if spec.batch > maxSeqs {
      failure =
        "max_num_seqs \(maxSeqs) caps the running batch below the \(spec.batch) asked; the rest queue"
    } else if !fitsBatch {
      failure =
        "the KV pool holds \(ByteUnits.formatFixed(concurrency, decimals: 2)) requests of \(seq) tokens, fewer than the \(spec.batch) asked"
    }

    let memory = RankMemory(
      weights: weights, kvCache: max(poolBytes, 0), activations: activation,
      overhead: nonTorch + graphs + context, capacity: capacity, limit: budget,
      required: nonKV.saturatingAdd(requestedKV))
    func components() -> [MemoryComponent] {
      [
        .weights(r, bytes: weights),
        MemoryComponent(
          .kvCache, "KV cache pool", bytes: max(poolBytes, 0),
          formula:
            "\(ByteUnits.gibString(budget)) budget (\(utilization) × \(ByteUnits.gibString(capacity))) − weights − activations − non-torch = \(poolTokens) tokens × \(bytesPerToken) B"
        ),
        MemoryComponent(
          .activations, "activation peak", bytes: activation,
          formula:
            "max(forward over \(batchedTokens) tokens = \(ByteUnits.gibString(forward)), sampler \(maxSeqs) × \(a.vocabSize) vocab × \(samplerBytesPerLogit + r.activationBytes) B = \(ByteUnits.gibString(sampler))) + \(ByteUnits.gibString(activationBase))"
        ),
        MemoryComponent(
          .overhead, "non-torch memory", bytes: nonTorch,
          formula: peer
            ? "0.25 GiB + 1.84 GiB custom all-reduce/NCCL at TP \(r.tensorParallel) over \(spec.gpu.interconnect ?? "NVLink") (cases A37–A49)"
            : "0.25 GiB (cases A19–A51)"),
        MemoryComponent(
          .overhead, "CUDA graphs",
          bytes: graphs,
          formula: graphs > 0 ? "median of vLLM 0.19 logs on H100 (cases A19–A51)" : "enforce_eager"
        ),
        .runtimeContext(r.spec.gpu),
      ]
    }
    let pool = KVPool(
      bytes: max(poolBytes, 0), tokens: poolTokens, bytesPerRequest: perRequest,
      maxConcurrency: concurrency)
    return EngineResult(
      memory: memory, components: r.detail == .full ? components() : [], pool: pool,
      startsUp: startsUp,
      fits: startsUp && fitsBatch, failure: failure)
  }
}

/// What one engine's semantics produce for the heaviest rank.
struct EngineResult: Sendable {
  var memory: RankMemory
  var components: [MemoryComponent]
  var pool: KVPool?
  var startsUp: Bool
  var fits: Bool
  var failure: String?
  /// KV bytes per token on this rank when the engine's layout differs from the TP split
  /// (llama.cpp -sm row keeps the whole cache on the main GPU).
  var kvBytesPerToken: Int64? = nil
  /// Training mode: the step's shape.
  var training: TrainingSummary? = nil
}
