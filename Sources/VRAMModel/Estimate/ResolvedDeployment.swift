/// A deployment with every default filled in and the heaviest rank worked out: the shared
/// ground that each engine's semantics build on.
public struct ResolvedDeployment: Sendable {
  public let spec: DeploymentSpec
  public let weightFormat: WeightFormat
  public let kvFormat: KVCacheFormat
  public let seqLen: Int
  public let tensorParallel: Int
  public let pipelineParallel: Int
  public let gpuCount: Int
  /// Parameters held by the heaviest rank (pipeline stage with the most bytes).
  public let rankParameters: ParameterBreakdown
  public let rankWeightBytes: Int64
  public let kv: KVCacheGeometry
  public let layersOnRank: Int
  /// Measured bytes ÷ counted bytes when the checkpoint's files were read and the deployment
  /// loads them as stored; rank weight bytes are already scaled by it, and engines that
  /// recompute weights from `rankParameters` (llama.cpp's offload split) scale by it too.
  public let measuredWeightScale: Double?
  public private(set) var assumptions: [Assumption]
  public let detail: EstimateDetail

  var architecture: ModelArchitecture { spec.model.architecture }

  /// Bytes per element of activations: fp32 checkpoints compute in fp32, everything else
  /// in 16-bit.
  var activationBytes: Int64 {
    weightFormat.scope == .all && weightFormat.bitsPerWeight >= 32 ? 4 : 2
  }

  init(
    _ spec: DeploymentSpec, detail: EstimateDetail = .full,
    defaultSeqLen: (DeploymentSpec) -> (Int, Assumption)
  ) {
    self.spec = spec
    self.detail = detail
    // Assumptions are prose built by interpolation; the planner's probes (`.verdict`) run
    // this initializer dozens of times per deployment, so the text is built only for `.full`.
    var notes: [Assumption] = []
    func note(_ assumption: @autoclosure () -> Assumption) {
      if detail == .full { notes.append(assumption()) }
    }

    // An F32 GGUF file is loaded by llama.cpp as it is: the cast below is the converter's.
    let loadsAsStored =
      spec.model.measuredWeights?.container == .gguf
      && (spec.engine == .llamaCpp || spec.engine == .ollama)
    if let given = spec.weights {
      weightFormat = given
    } else if spec.model.checkpointFormat == .fp32, spec.engine.loadsFloat32As16Bit,
      !loadsAsStored
    {
      // vLLM `--dtype auto`: "FP16 precision for FP32 and FP16 models" (EngineArgs.dtype
      // help); SGLang, TensorRT-LLM and llama.cpp's converters do the same.
      weightFormat = .fp16
      note(
        Assumption(
          .precision,
          "weights in fp16: the checkpoint is float32 and \(spec.engine.rawValue)'s dtype 'auto' loads it in 16-bit",
          source: "vLLM EngineArgs --dtype: 'auto' uses FP16 for FP32 and FP16 models"))
    } else {
      weightFormat = spec.model.checkpointFormat
      note(
        Assumption(
          .precision, "weights in \(weightFormat.name), the published checkpoint's format",
          source: spec.model.measuredWeights?.source
            ?? "model catalog: \(spec.model.id) dtype \(spec.model.dtype)"
            + (spec.model.quantization.map { ", quantization \($0.method)" } ?? "")))
    }
    if let given = spec.kvCache {
      kvFormat = given
    } else if spec.engine == .llamaCpp || spec.engine == .ollama {
      kvFormat = .fp16
      note(
        Assumption(
          .kvCache, "KV cache in f16 (llama.cpp's -ctk/-ctv default)",
          source: "llama.cpp common/common.h cache_type_k = F16"))
    } else {
      kvFormat = KVCacheFormat.automatic(for: weightFormat, checkpointDType: spec.model.dtype)
      note(
        Assumption(
          .kvCache, "KV cache in \(kvFormat.name) (`auto`: the model's activation dtype)",
          source: "vLLM CacheConfig cache_dtype='auto'; llama.cpp -ctk/-ctv default f16"))
    }
    if let given = spec.seqLen {
      seqLen = given
    } else {
      let (value, defaultNote) = defaultSeqLen(spec)
      seqLen = value
      note(defaultNote)
    }

    tensorParallel = max(spec.tensorParallel, 1)
    pipelineParallel = max(spec.pipelineParallel, 1)
    gpuCount = spec.gpuCount ?? tensorParallel * pipelineParallel

    // Pipeline stages hold contiguous layers; the first holds the embedding, the last the
    // lm_head. Evaluate every stage and keep the heaviest: "fits" is per GPU.
    // Read through `spec.model` (a borrow) rather than a local copy of the whole card.
    let a = spec.model.architecture
    let measuredScale = Self.measuredScale(spec, loading: weightFormat)
    let stages = min(pipelineParallel, max(a.layers, 1))
    var heaviest: (ParameterBreakdown, Int64, Int) = (ParameterBreakdown(), -1, 0)
    let computedWhole = spec.model.parameters.total
    for stage in 0..<stages {
      let layers = a.layers / stages + (stage < a.layers % stages ? 1 : 0)
      let slice = ParameterCounter.Slice(
        tensorParallel: tensorParallel, layers: layers, holdsEmbedding: stage == 0,
        holdsHead: stage == stages - 1)
      var parameters = ParameterCounter(a).breakdown(for: slice)
      if stage == 0 { parameters.extra = (spec.model.params?.extra ?? 0) / Int64(tensorParallel) }
      if let declared = spec.declaredParameters, computedWhole > 0 {
        let share = Double(parameters.total) / Double(computedWhole)
        parameters = parameters.scaled(toTotal: ByteUnits.bytes(Double(declared) * share))
      } else if let declared = spec.declaredParameters {
        parameters = ParameterBreakdown().scaled(toTotal: declared / Int64(tensorParallel * stages))
      }
      var bytes = parameters.bytes(in: weightFormat)
      if let measured = spec.model.measuredWeights, measuredScale != nil {
        // This rank's share of the measured total: counted rank bytes ÷ counted whole bytes.
        // Written as measured × share so a rank holding the whole model gets the file's
        // bytes exactly (share 1.0), not a rounding of them.
        let share = Double(bytes) / Double(spec.model.countedBytesInMeasuredFormat)
        bytes = ByteUnits.bytes(Double(measured.totalBytes) * share)
      }
      if bytes > heaviest.1 { heaviest = (parameters, bytes, layers) }
    }
    rankParameters = heaviest.0
    rankWeightBytes = heaviest.1
    layersOnRank = heaviest.2
    measuredWeightScale = measuredScale
    kv = KVCacheGeometry(
      architecture: a, tensorParallel: tensorParallel, layersOnRank: layersOnRank, format: kvFormat,
      policy: spec.kvPolicy)
    if let policy = spec.kvPolicy {
      let kept = kv
      let whole = KVCacheGeometry(
        architecture: a, tensorParallel: tensorParallel, layersOnRank: layersOnRank,
        format: kvFormat)
      let tokens = Int64(seqLen)
      note(
        Assumption(
          .kvCache,
          "KV cache keeps a \(policy.summary): \(ByteUnits.gibString(kept.bytes(tokens: tokens))) per sequence of \(seqLen) tokens instead of \(ByteUnits.gibString(whole.bytes(tokens: tokens))) (saves \(ByteUnits.gibString(whole.bytes(tokens: tokens) - kept.bytes(tokens: tokens))) per sequence)",
          source: policy.source))
    }

    if spec.model.referenceOnly {
      note(
        Assumption(
          .weights,
          "\(spec.model.id) is an architecture-only reference: its weights were never published",
          source: spec.model.source))
    }
    if let measured = spec.model.measuredWeights, measuredScale != nil {
      note(
        Assumption(
          .weights,
          "weights measured from the checkpoint: \(measured.totalBytes) bytes (\(ByteUnits.gibString(measured.totalBytes))) stored as \(measured.format.name), split across ranks in the architecture's proportions",
          source: measured.source))
    } else if let measured = spec.model.measuredWeights {
      note(
        Assumption(
          .weights,
          "weights counted at \(weightFormat.name), not measured: the checkpoint's files store \(measured.format.name)",
          source: measured.source))
    }
    if spec.declaredParameters != nil {
      note(
        Assumption(
          .weights, "parameter count as declared, split in the architecture's proportions",
          source: "deployment: params"))
    }
    if tensorParallel > a.kvHeads, a.mla == nil {
      note(
        Assumption(
          .parallelism,
          "tensor parallel \(tensorParallel) exceeds the model's \(a.kvHeads) KV heads: each rank keeps a full copy of one KV head",
          source: "vLLM ModelConfig.get_num_kv_heads: max(1, kv_heads // tp)"))
    }
    if a.mla != nil, tensorParallel > 1 {
      note(
        Assumption(
          .parallelism, "the MLA latent cache is replicated on every tensor-parallel rank",
          source: "vLLM MLA attention backend (one latent per token, not split across heads)"))
    }
    if pipelineParallel > 1 {
      note(
        Assumption(
          .parallelism,
          "pipeline stage with the most weights: \(layersOnRank) of \(a.layers) layers per GPU",
          source: "vLLM get_pp_indices: layers split evenly across stages"))
    }
    assumptions = notes
  }

  /// Measured ÷ counted whole-model bytes when the measured weights apply: the checkpoint is
  /// loaded as stored (no precision given, or the stored one), or cast between plain float
  /// formats (fp32 → fp16, where the parameter count carries over exactly). A re-quantized
  /// load (`weights: awq` of a bf16 checkpoint) is counted; a declared parameter count
  /// overrides the files. Nil otherwise.
  static func measuredScale(_ spec: DeploymentSpec, loading format: WeightFormat) -> Double? {
    guard let measured = spec.model.measuredWeights, spec.declaredParameters == nil else {
      return nil
    }
    let counted = spec.model.countedBytesInMeasuredFormat
    guard counted > 0, measured.totalBytes > 0 else { return nil }
    let plainFloats: Set<String> = ["fp32", "fp16", "bf16"]
    let asStored = format.name == measured.format.name
    let floatCast = plainFloats.contains(format.name) && plainFloats.contains(measured.format.name)
    guard asStored || floatCast else { return nil }
    return Double(measured.totalBytes) / Double(counted)
  }

  /// Whether the engine words why a deployment fails; the planner's probes need only the verdict.
  var explainsFailure: Bool { detail != .probe }

  /// Forgets what was assumed about `topic` (training has no KV cache to assume about).
  mutating func dropAssumptions(about topic: Assumption.Topic) {
    assumptions.removeAll { $0.topic == topic }
  }

  /// Records an assumption when the estimate carries explanations; the text is built only then.
  mutating func note(_ assumption: @autoclosure () -> Assumption) {
    if detail == .full { assumptions.append(assumption()) }
  }
}
