/// The entry point: a deployment in, an estimate out.
/// How much of the explanation an estimate carries. Rules and the planner's probes need
/// only numbers and verdicts; `explain`, hover and the JSON report need every formula.
public enum EstimateDetail: Sendable {
  /// Components with formulas and every assumption with its source.
  case full
  /// Numbers and the failure reason only.
  case verdict
  /// Numbers and the verdict, no prose at all (`failure` stays nil): the planner's searches
  /// evaluate dozens of variants of one deployment and only ask whether each fits.
  case probe
}

public enum MemoryModel {
  public static func estimate(_ spec: DeploymentSpec, detail: EstimateDetail = .full) throws
    -> Estimate
  {
    try spec.validate()
    if let training = spec.training { return try estimateTraining(spec, training, detail: detail) }
    var resolved = ResolvedDeployment(
      spec, detail: detail, defaultSeqLen: defaultSeqLen(for: spec.engine))
    if detail == .full { resolved.note(engineAssumption(spec.engine)) }
    let result: EngineResult
    switch spec.engine {
    case .generic: result = GenericEngine.evaluate(&resolved)
    case .vllm: result = VLLMEngine.evaluate(&resolved)
    case .sglang: result = SGLangEngine.evaluate(&resolved)
    case .tensorrtLLM: result = TensorRTLLMEngine.evaluate(&resolved)
    case .llamaCpp, .ollama: result = LlamaCppEngine.evaluate(&resolved)
    case .transformers: result = TransformersEngine.evaluate(&resolved)
    }
    return finish(spec, resolved, result)
  }

  /// Training mode: the base weights in the trainer's format, the training engine's parts.
  static func estimateTraining(
    _ spec: DeploymentSpec, _ training: TrainingOptions, detail: EstimateDetail
  ) throws -> Estimate {
    var loaded = spec
    loaded.weights = TrainingEngine.baseFormat(spec, training)
    var resolved = ResolvedDeployment(
      loaded, detail: detail, defaultSeqLen: TrainingEngine.seqLenDefault)
    resolved.dropAssumptions(about: .kvCache)
    if detail == .full {
      resolved.note(
        Assumption(
          .formula,
          "training step: weights + master copy + gradients + optimizer state + activations kept for backward + logits, per GPU",
          source:
            "MEMORY-MODEL.md §5: Transformer Math 101; Korthikanti et al. 2022; ZeRO (Rajbhandari et al. 2020)"
        ))
    }
    let result = TrainingEngine.evaluate(&resolved)
    return finish(spec, resolved, result)
  }

  static func finish(_ spec: DeploymentSpec, _ resolved: ResolvedDeployment, _ result: EngineResult)
    -> Estimate
  {
    var resolved = resolved
    if let fraction = spec.gpu.usableFraction, fraction < 1 {
      resolved.note(
        Assumption(
          .gpu,
          "\(Int((fraction * 100).rounded())) % of \(spec.gpu.name)'s unified memory is usable by the GPU",
          source: spec.gpu.memorySource))
    }
    let card = spec.model
    var total = card.parameters.total
    var active = card.activeParameters
    if let declared = spec.declaredParameters, total > 0 {
      active = ByteUnits.bytes(Double(active) * Double(declared) / Double(total))
      total = declared
    } else if let declared = spec.declaredParameters {
      total = declared
      active = declared
    }
    return Estimate(
      engine: spec.engine, modelID: card.id, gpuID: spec.gpu.id,
      weightFormat: resolved.weightFormat,
      kvFormat: resolved.kvFormat, batch: spec.batch, seqLen: resolved.seqLen,
      tensorParallel: resolved.tensorParallel, pipelineParallel: resolved.pipelineParallel,
      gpuCount: resolved.gpuCount, perGPU: result.memory, components: result.components,
      pool: result.pool, kvBytesPerToken: result.kvBytesPerToken ?? resolved.kv.bytesPerToken,
      startsUp: result.startsUp,
      fits: result.fits, failure: result.failure, assumptions: resolved.assumptions,
      throughput: ThroughputModel.estimate(
        resolved, totalParameters: total, activeParameters: active),
      totalParameters: total, activeParameters: active, training: result.training)
  }

  static func defaultSeqLen(for engine: EngineKind) -> (DeploymentSpec) -> (Int, Assumption) {
    switch engine {
    case .vllm, .sglang, .tensorrtLLM: return VLLMEngine.defaultSeqLen
    case .llamaCpp, .ollama: return LlamaCppEngine.defaultSeqLen(engine)
    case .generic, .transformers: return GenericEngine.defaultSeqLen
    }
  }

  static func engineAssumption(_ engine: EngineKind) -> Assumption {
    switch engine {
    case .generic:
      return Assumption(
        .formula, "generic rule: weights + KV cache + 20 % workspace ≤ GPU memory",
        source: "seed guide §3.1 and §3.3 (Llama-2-7B FP16: 14 + 2 + 2.8 ≈ 19 GB)")
    case .vllm:
      return Assumption(
        .formula,
        "vLLM V1: KV pool = memory × gpu_memory_utilization − weights − activation peak − non-torch; start-up needs one max_model_len request in the pool",
        source: "vllm/v1/worker/gpu_worker.py determine_available_memory; cases A19–A51")
    case .sglang:
      return Assumption(
        .formula, "SGLang: KV pool = memory × mem_fraction_static − weights − CUDA context",
        source: "sglang model_runner.py profile_max_num_token")
    case .tensorrtLLM:
      return Assumption(
        .formula,
        "TensorRT-LLM: KV pool = free_gpu_memory_fraction × memory free after weights and activations",
        source: "TensorRT-LLM KvCacheConfig")
    case .llamaCpp:
      return Assumption(
        .formula,
        "llama.cpp: offloaded layers + KV for n_ctx (shared by all slots) + compute buffer",
        source: "llama.cpp llama-context.cpp / llama-kv-cache.cpp; cases B02–B08")
    case .ollama:
      return Assumption(
        .formula, "Ollama: llama.cpp's layout with num_ctx × parallel cells and a per-GPU reserve",
        source: "ollama llm/memory.go; case B10")
    case .transformers:
      return Assumption(
        .formula,
        "transformers generate: weights + KV(batch × seq) + prefill activations + last-token logits",
        source: "MEMORY-MODEL.md §3")
    }
  }
}
