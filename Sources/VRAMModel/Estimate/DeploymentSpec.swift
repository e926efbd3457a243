/// Everything the memory model needs to know about one deployment: plain values, no YAML.
/// `nil` means "not given": the estimate fills in the engine's default and says so.
public struct DeploymentSpec: Sendable, Hashable {
  public var model: ModelCard {
    _read { yield modelBox.value }
    set { modelBox = CopyOnWriteBox(newValue) }
    _modify {
      if !isKnownUniquelyReferenced(&modelBox) { modelBox = CopyOnWriteBox(modelBox.value) }
      yield &modelBox.value
    }
  }
  private var modelBox: CopyOnWriteBox<ModelCard>
  /// A parameter count the user states ("params: 7e9"), overriding the counted one while
  /// keeping the architecture's proportions.
  public var declaredParameters: Int64?
  public var weights: WeightFormat?
  public var kvCache: KVCacheFormat?
  /// What the KV cache keeps of each sequence (window, budget, fraction); nil keeps all.
  public var kvPolicy: KVCachePolicy?
  /// Concurrent sequences (requests in flight).
  public var batch: Int
  /// Tokens per sequence, prompt plus output (vLLM `max_model_len`).
  public var seqLen: Int?
  public var gpu: GPUSpec {
    _read { yield gpuBox.value }
    set { gpuBox = CopyOnWriteBox(newValue) }
    _modify {
      if !isKnownUniquelyReferenced(&gpuBox) { gpuBox = CopyOnWriteBox(gpuBox.value) }
      yield &gpuBox.value
    }
  }
  private var gpuBox: CopyOnWriteBox<GPUSpec>
  /// GPUs per replica; `nil` means tensor × pipeline.
  public var gpuCount: Int?
  public var tensorParallel: Int
  public var pipelineParallel: Int
  public var engine: EngineKind
  public var options: EngineOptions
  /// Training mode: how the model is trained. Nil for serving.
  public var training: TrainingOptions?

  public init(
    model: ModelCard, gpu: GPUSpec, engine: EngineKind = .generic, weights: WeightFormat? = nil,
    kvCache: KVCacheFormat? = nil, kvPolicy: KVCachePolicy? = nil, batch: Int = 1,
    seqLen: Int? = nil, gpuCount: Int? = nil,
    tensorParallel: Int = 1, pipelineParallel: Int = 1, declaredParameters: Int64? = nil,
    options: EngineOptions = EngineOptions(), training: TrainingOptions? = nil
  ) {
    self.modelBox = CopyOnWriteBox(model)
    self.gpuBox = CopyOnWriteBox(gpu)
    self.engine = engine
    self.weights = weights
    self.kvCache = kvCache
    self.kvPolicy = kvPolicy
    self.batch = batch
    self.seqLen = seqLen
    self.gpuCount = gpuCount
    self.tensorParallel = tensorParallel
    self.pipelineParallel = pipelineParallel
    self.declaredParameters = declaredParameters
    self.options = options
    self.training = training
  }
}

/// Inputs the model refuses to evaluate: a thrown error with one plain sentence, because an
/// estimate of a negative batch is not a finding about the deployment.
public struct InvalidDeployment: Error, Sendable, CustomStringConvertible, Equatable {
  public let field: String
  public let reason: String
  public var description: String { "\(field): \(reason)" }
}

extension DeploymentSpec {
  /// Rejects values no engine would accept, with the field they came from.
  public func validate() throws {
    func fail(_ field: String, _ reason: String) throws -> Never {
      throw InvalidDeployment(field: field, reason: reason)
    }
    if batch < 1 { try fail("batch", "must be at least 1 (got \(batch))") }
    if batch > 1_000_000 { try fail("batch", "\(batch) concurrent sequences is beyond any engine") }
    if let seqLen, seqLen < 1 { try fail("seq_len", "must be at least 1 token (got \(seqLen))") }
    if let seqLen, seqLen > 100_000_000 {
      try fail("seq_len", "\(seqLen) tokens is beyond any model")
    }
    if tensorParallel < 1 { try fail("tensor", "must be at least 1 (got \(tensorParallel))") }
    if pipelineParallel < 1 { try fail("pipeline", "must be at least 1 (got \(pipelineParallel))") }
    if tensorParallel > 1024 { try fail("tensor", "\(tensorParallel) is beyond 1024 GPUs") }
    if pipelineParallel > 1024 { try fail("pipeline", "\(pipelineParallel) is beyond 1024 GPUs") }
    if let gpuCount, gpuCount < 1 { try fail("gpus", "must be at least 1 (got \(gpuCount))") }
    if let gpuCount, gpuCount > 1_000_000 {
      try fail("gpus", "\(gpuCount) GPUs is beyond any cluster")
    }
    // Extra GPUs beyond tensor × pipeline are replicas (data parallel): same memory per GPU.
    if let gpuCount, gpuCount % (tensorParallel * pipelineParallel) != 0 {
      try fail(
        "gpus",
        "\(gpuCount) GPUs are not a whole number of replicas of tensor × pipeline = \(tensorParallel * pipelineParallel)"
      )
    }
    if gpu.memoryBytes <= 0 { try fail("gpu_memory", "must be positive") }
    if let u = options.memoryUtilization, !(u > 0 && u <= 1) {
      try fail(
        "memory_utilization", "must be in (0, 1] (got \(ByteUnits.formatFixed(u, decimals: 2)))")
    }
    switch kvPolicy {
    case .window(let tokens)?, .budget(let tokens, _)?:
      if tokens < 1 { try fail("kv_cache", "a KV window keeps at least 1 token (got \(tokens))") }
    case .keep(let fraction)?:
      if !(fraction > 0 && fraction <= 1) {
        try fail("kv_cache", "the kept fraction must be in (0, 1]")
      }
    case nil: break
    }
    if case .budget(let tokens, let sinks)? = kvPolicy, sinks < 0 || sinks >= tokens {
      try fail("kv_cache", "attention sinks must be fewer than the budget (\(sinks) of \(tokens))")
    }
    if let d = declaredParameters, d <= 0 { try fail("params", "must be positive") }
    if let d = declaredParameters, d > 1_000_000_000_000_000 {
      try fail("params", "\(d) parameters is beyond any real model")
    }
    try Self.checkCount(options.maxNumBatchedTokens, "max_num_batched_tokens")
    try Self.checkCount(options.maxNumSeqs, "max_num_seqs")
    try Self.checkCount(options.blockSize, "block_size")
    try Self.checkCount(options.parallelSlots, "parallel")
    try Self.checkCount(options.microBatch, "ubatch")
    if let layers = options.gpuLayers, layers < 0 { try fail("gpu_layers", "must not be negative") }
    let problems = model.architecture.validationProblems()
    if let first = problems.first { try fail("model", first) }
    try validateParallelism()
    if let training {
      try validateTraining(training)
    } else {
      try validateEngineSupport()
    }
  }

  /// Training options no trainer accepts.
  func validateTraining(_ t: TrainingOptions) throws {
    if let rank = t.loraRank, !(1...65_536).contains(rank) {
      throw InvalidDeployment(field: "lora_rank", reason: "must be in 1…65536 (got \(rank))")
    }
    if let g = t.gradientAccumulation, !(1...1_000_000).contains(g) {
      throw InvalidDeployment(
        field: "gradient_accumulation", reason: "must be in 1…1,000,000 (got \(g))")
    }
    if let zero = t.zeroStage, !(0...3).contains(zero) {
      throw InvalidDeployment(field: "zero", reason: "ZeRO stages are 0, 1, 2 and 3 (got \(zero))")
    }
    if let bytes = t.gradientBytes, bytes != 2, bytes != 4 {
      throw InvalidDeployment(field: "gradients", reason: "gradients are fp32 or 16-bit")
    }
    if t.method == .full, t.loraRank != nil || t.loraTargets != nil {
      throw InvalidDeployment(
        field: "lora", reason: "LoRA settings need method lora or qlora (method is full)")
    }
    if t.method != .qlora, t.doubleQuantization != nil {
      throw InvalidDeployment(
        field: "double_quantization", reason: "double quantization is a QLoRA setting")
    }
  }

  /// What real engines refuse: vLLM, SGLang and TensorRT-LLM split attention heads evenly
  /// (vLLM `ModelConfig.verify_with_parallel_config`: heads % tp == 0) and KV heads either
  /// split or replicate (kv % tp == 0 or tp % kv == 0); a pipeline stage needs a layer.
  func validateParallelism() throws {
    let a = model.architecture
    if pipelineParallel > a.layers {
      throw InvalidDeployment(
        field: "pipeline",
        reason: "\(pipelineParallel) stages for \(a.layers) layers leaves stages without a layer")
    }
    // llama.cpp's -sm row splits rows of any matrix; the others split whole heads.
    guard tensorParallel > 1, engine != .llamaCpp, engine != .ollama else { return }
    if a.attentionHeads % tensorParallel != 0 {
      throw InvalidDeployment(
        field: "tensor",
        reason: "\(tensorParallel) does not divide the model's \(a.attentionHeads) attention heads")
    }
    if a.mla == nil, a.kvHeads % tensorParallel != 0, tensorParallel % a.kvHeads != 0 {
      throw InvalidDeployment(
        field: "tensor",
        reason:
          "\(tensorParallel) neither divides nor is a multiple of the model's \(a.kvHeads) KV heads"
      )
    }
  }

  /// An engine count option: at least 1, at most 10 million.
  static func checkCount(_ value: Int?, _ name: String) throws {
    guard let value else { return }
    if value < 1 {
      throw InvalidDeployment(field: name, reason: "must be at least 1 (got \(value))")
    }
    if value > 10_000_000 {
      throw InvalidDeployment(field: name, reason: "\(value) is beyond any engine's limit")
    }
  }

  static let ggmlCaches: Set<String> = ["q8_0", "q4_0", "q4_1", "q5_0", "q5_1", "iq4_nl"]
  static let nonGGMLCaches: Set<String> = ["fp8", "int8", "int4"]

  /// Formats and hardware each engine runs at all. Whether a format runs natively or
  /// emulated on a card (`GPUSpec.supports`, `WeightFormat.hardwareFormat`) is a finding for
  /// the linter, not a reason to refuse an estimate.
  func validateEngineSupport() throws {
    switch engine {
    case .vllm, .sglang, .tensorrtLLM:
      if gpu.vendor == "apple" {
        throw InvalidDeployment(
          field: "gpu", reason: "\(engine.rawValue) does not run on Apple GPUs")
      }
      if let kv = kvCache, Self.ggmlCaches.contains(kv.name) || kv.name == "int4" {
        throw InvalidDeployment(
          field: "kv_cache",
          reason: "\(engine.rawValue) has no \(kv.name) KV cache (it offers auto, fp16, bf16, fp8)")
      }
    case .llamaCpp, .ollama:
      if let weights, weights.ggufFileType == nil, weights.bitsPerWeight < 16 {
        throw InvalidDeployment(
          field: "precision",
          reason:
            "llama.cpp reads GGUF files: use a GGUF type such as q4_k_m or q8_0, not \(weights.name)"
        )
      }
      if let kv = kvCache, Self.nonGGMLCaches.contains(kv.name) {
        throw InvalidDeployment(
          field: "kv_cache",
          reason:
            "llama.cpp caches in f16, bf16, f32 or q8_0, q4_0, q4_1, q5_0, q5_1, iq4_nl, not \(kv.name)"
        )
      }
    case .generic, .transformers:
      break
    }
  }
}
