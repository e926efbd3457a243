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

    if let given = spec.weights {
      weightFormat = given
    } else if spec.model.checkpointFormat == .fp32, spec.engine.loadsFloat32As16Bit {
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
          source: "model catalog: \(spec.model.id) dtype \(spec.model.dtype)"
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
      let bytes = parameters.bytes(in: weightFormat)
      if bytes > heaviest.1 { heaviest = (parameters, bytes, layers) }
    }
    rankParameters = heaviest.0
    rankWeightBytes = heaviest.1
    layersOnRank = heaviest.2
    kv = KVCacheGeometry(
      architecture: a, tensorParallel: tensorParallel, layersOnRank: layersOnRank, format: kvFormat)

    if spec.model.referenceOnly {
      note(
        Assumption(
          .weights,
          "\(spec.model.id) is an architecture-only reference: its weights were never published",
          source: spec.model.source))
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

  /// Whether the engine words why a deployment fails; the planner's probes need only the verdict.
  var explainsFailure: Bool { detail != .probe }

  /// Records an assumption when the estimate carries explanations; the text is built only then.
  mutating func note(_ assumption: @autoclosure () -> Assumption) {
    if detail == .full { assumptions.append(assumption()) }
  }
}
