/// llama.cpp (llama-server) and Ollama, which runs llama.cpp underneath.
///
/// - Weights: the layers offloaded with `-ngl`; the token embedding stays in host memory
///   (case B02: "CPU_Mapped model buffer size = 281.81 MiB" = 128256 × 4096 Q4_0 weights).
/// - KV cache: `n_ctx` cells shared by all `-np` slots, n_ctx padded to 256
///   (case B08: 16768 requested → n_ctx 16896), every offloaded layer; sliding-window layers
///   keep window × slots + n_ubatch cells (llama-kv-cache-iswa.cpp, `--swa-full` off).
/// - Several GPUs: `tensor` is `-sm row` (weights split by rows; the KV cache and the compute
///   buffer stay whole on the main GPU, case B06), `pipeline` is `-sm layer` (layers split).
/// - Compute buffer: the graph's largest intermediate set, dominated by the fp32 logits of
///   one micro-batch: n_ubatch × vocab × 4 bytes, plus n_ubatch × hidden × 16 bytes of
///   hidden-state tensors (fits cases B02, B04, B06, B08 within 10 %).
enum LlamaCppEngine {
  /// llama-server `-c` default (common/common.h n_ctx = 4096).
  static let defaultContext = 4096
  /// `-ub` default (common/common.h n_ubatch = 512).
  static let defaultMicroBatch = 512
  /// n_ctx is padded to a multiple of 256 (llama-context.cpp, GGML_PAD(n_ctx, 256); case B08).
  static let contextPadding: Int64 = 256
  /// `--fit` keeps 1024 MiB free per device (common/fit.cpp, MEMORY-MODEL.md §3).
  static let fitMarginBytes: Int64 = 1024 * ByteUnits.miB
  /// Ollama reserves at least 457 MiB per GPU beyond its estimate (MEMORY-MODEL.md §3;
  /// ollama llm/memory.go).
  static let ollamaMinimumReserve: Int64 = 457 * ByteUnits.miB
  /// Ollama's default context by GPU memory since v0.15.5: 4k below 24 GiB, 32k up to
  /// 48 GiB, 256k above (docs/faq.md "How can I specify the context window size?";
  /// Documentation/research/engine-memory.md §5).
  static func ollamaDefaultContext(gpuMemory: Int64) -> Int {
    if gpuMemory < 24 * ByteUnits.giB { return 4096 }
    if gpuMemory < 48 * ByteUnits.giB { return 32768 }
    return 262_144
  }

  static func defaultSeqLen(_ engine: EngineKind) -> (DeploymentSpec) -> (Int, Assumption) {
    { spec in
      let a = spec.model.architecture
      if engine == .ollama {
        let value = min(ollamaDefaultContext(gpuMemory: spec.gpu.usableBytes), a.maxContext)
        return (
          value,
          Assumption(
            .sequence,
            "num_ctx \(value) (Ollama's default for a GPU of this size, capped at the model's context)",
            source: "ollama docs/faq.md: 4k < 24 GiB, 32k < 48 GiB, else 256k (v0.15.5+)")
        )
      }
      let value = min(defaultContext, a.maxContext)
      return (
        value,
        Assumption(
          .sequence, "n_ctx \(value) per slot (llama-server's -c default before --fit)",
          source:
            "llama.cpp common/common.h n_ctx = 4096 (PR #10136); newer builds start from the training context and let --fit shrink it"
        )
      )
    }
  }

  static func evaluate(_ r: inout ResolvedDeployment) -> EngineResult {
    let spec = r.spec
    let a = r.architecture
    let isOllama = spec.engine == .ollama
    let capacity = spec.gpu.usableBytes
    let slots = Int64(spec.options.parallelSlots ?? spec.batch)
    let microBatch = Int64(spec.options.microBatch ?? defaultMicroBatch)
    let flashAttention = spec.options.flashAttention ?? true
    let layersOnRank = r.layersOnRank
    // -ngl counts the output layer as layer n + 1: it is on the GPU only when -ngl > n_layer
    // (llama-model.cpp offload rule; the default offloads everything).
    let requestedLayers = spec.options.gpuLayers ?? Int.max
    let offloaded = min(requestedLayers, layersOnRank)
    let outputOnGPU = requestedLayers > layersOnRank
    if spec.options.gpuLayers == nil {
      r.note(
        Assumption(
          .engine, "all \(layersOnRank) layers offloaded to the GPU (-ngl)",
          source: "llama.cpp: -ngl defaults to all layers on a GPU build"))
    }

    // Weights: the file's bytes (whole-file bits per weight of the GGUF mix) less the token
    // embedding, which stays in host memory at its own tensor type (the mix's base type:
    // case B02, 128256 × 4096 Q4_0 = 281.81 MiB); the offloaded share of the layers; the
    // output head when it is offloaded (a tied head is the embedding, copied to the GPU).
    let p = r.rankParameters
    let f = r.weightFormat
    let perLayerShare = layersOnRank > 0 ? Double(offloaded) / Double(layersOnRank) : 0
    var embedding = ParameterBreakdown()
    embedding.embedding = p.embedding
    let embeddingType = f.ggufFileType.flatMap(GGUFFileType.named).flatMap {
      GGMLType.named($0.baseType)
    }
    var hostBytes = embeddingType?.bytes(forElements: p.embedding) ?? embedding.bytes(in: f)
    var headParameters = ParameterBreakdown()
    headParameters.lmHead = p.lmHead
    var headBytes = headParameters.bytes(in: f)
    // A GGUF file read from disk names token_embd and output with their exact bytes; this
    // rank's share of each follows the counted split, and everything else is the measured
    // rank total (`rankWeightBytes`, already scaled to the file) less the two.
    if let scale = r.measuredWeightScale, let measured = spec.model.measuredWeights {
      let whole = spec.model.parameters
      func share(_ part: Int64, of total: Int64) -> Double {
        total > 0 ? Double(part) / Double(total) : 0
      }
      hostBytes =
        measured.embeddingBytes.map {
          ByteUnits.bytes(Double($0) * share(p.embedding, of: whole.embedding))
        } ?? ByteUnits.bytes(Double(hostBytes) * scale)
      headBytes =
        measured.outputBytes.map { ByteUnits.bytes(Double($0) * share(p.lmHead, of: whole.lmHead)) }
        ?? ByteUnits.bytes(Double(headBytes) * scale)
    }
    if a.tiedEmbeddings { headBytes = hostBytes }
    let layerBytes = max(r.rankWeightBytes - hostBytes - (a.tiedEmbeddings ? 0 : headBytes), 0)
    let weights =
      ByteUnits.bytes(Double(layerBytes) * perLayerShare) + (outputOnGPU ? headBytes : 0)

    // KV cache: one n_ctx for all slots, padded; windowed layers hold window × slots + ubatch.
    let nCtx = roundUp(Int64(r.seqLen).saturatingMultiply(slots), contextPadding)
    let windowCells =
      r.kv.window.map {
        roundUp(
          min(Int64($0).saturatingMultiply(slots).saturatingAdd(microBatch), nCtx), contextPadding)
      } ?? nCtx
    let kvOnMainGPU = KVCacheGeometry(
      architecture: a, tensorParallel: 1, layersOnRank: layersOnRank, format: r.kvFormat)
    let kvAllLayers = kvOnMainGPU.bytes(tokens: nCtx, windowTokens: windowCells)
    let kv = ByteUnits.bytes(Double(kvAllLayers) * perLayerShare)

    // Compute buffer: fp32 logits of one micro-batch plus hidden-state tensors; without flash
    // attention the 16-bit KQ scores of one micro-batch against every cell for every head add
    // n_ubatch × n_ctx × heads × 2 bytes (case B10: 512 × 4096 × 40 × 2 = 160 MiB, and
    // 196 MiB of logits + 160 = 356 MiB against 353.01 measured).
    var compute = microBatch.saturatingMultiply(Int64(a.vocabSize)).saturatingMultiply(4)
      .saturatingAdd(microBatch.saturatingMultiply(Int64(a.hiddenSize)).saturatingMultiply(16))
    if !flashAttention {
      compute = compute.saturatingAdd(
        microBatch.saturatingMultiply(nCtx).saturatingMultiply(Int64(a.attentionHeads))
          .saturatingMultiply(2))
    }
    let context = RuntimeOverhead.contextBytes(for: r.spec.gpu)
    let reserve = isOllama ? ollamaMinimumReserve : 0
    let overhead = context + reserve
    let required = weights.saturatingAdd(kv).saturatingAdd(compute).saturatingAdd(overhead)
    let fits = required <= capacity
    if fits, capacity - required < fitMarginBytes, !isOllama {
      r.note(
        Assumption(
          .engine,
          "less than 1024 MiB would stay free: llama.cpp's --fit would offload fewer layers",
          source: "llama.cpp common/fit.cpp: 1024 MiB margin per device"))
    }
    let memory = RankMemory(
      weights: weights, kvCache: kv, activations: compute, overhead: overhead, capacity: capacity,
      limit: capacity, required: required)
    func components() -> [MemoryComponent] {
      [
        MemoryComponent(
          .weights, "model buffer (GPU)", bytes: weights,
          formula:
            "\(offloaded)/\(layersOnRank) layers + output head; token embedding (\(ByteUnits.gibString(hostBytes))) stays in host memory"
        ),
        MemoryComponent(
          .kvCache, "KV cache", bytes: kv,
          formula:
            "n_ctx \(nCtx) (\(slots) slot\(slots == 1 ? "" : "s") × \(r.seqLen), padded to 256) × \(kvOnMainGPU.bytesPerToken) B per cell"
            + (r.kv.windowedLayers > 0
              ? "; \(r.kv.windowedLayers) SWA layers keep \(windowCells) cells" : "")),
        MemoryComponent(
          .activations, "compute buffer", bytes: compute,
          formula:
            "n_ubatch \(microBatch) × (vocab \(a.vocabSize) × 4 B logits + hidden \(a.hiddenSize) × 16 B)"
            + (flashAttention
              ? "" : " + n_ubatch × n_ctx × heads × 2 B attention scores (no flash attention)")),
        .runtimeContext(r.spec.gpu),
      ]
        + (isOllama
          ? [
            MemoryComponent(
              .overhead, "Ollama GPU reserve", bytes: reserve,
              formula: "457 MiB minimum per GPU (ollama llm/memory.go)")
          ] : [])
    }
    return EngineResult(
      memory: memory, components: r.detail == .full ? components() : [], pool: nil, startsUp: fits,
      fits: fits,
      failure: fits || !r.explainsFailure
        ? nil : "needs \(ByteUnits.gibString(required)) of \(ByteUnits.gibString(capacity))",
      kvBytesPerToken: kvOnMainGPU.bytesPerToken)
  }
}
