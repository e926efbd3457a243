/// Memory of one training step on the heaviest GPU (MEMORY-MODEL.md §5): weights, fp32
/// master copy, gradients, optimizer state, the activations kept for the backward pass and
/// the logits' peak, plus the runtime. Memory follows the micro-batch; gradient
/// accumulation only sets the global batch.
enum TrainingEngine {
  /// TRL's SFTConfig `max_length` default, the sequence length a fine-tuning run uses when
  /// none is given.
  static let defaultSeqLen = 1024

  static func seqLenDefault(_ spec: DeploymentSpec) -> (Int, Assumption) {
    let value = min(defaultSeqLen, max(spec.model.architecture.maxContext, 1))
    return (
      value,
      Assumption(
        .sequence, "seq_len \(value): TRL SFTTrainer's default max_length (none was given)",
        source: "TRL SFTConfig max_length = 1024")
    )
  }

  /// The compute format the base weights are held in: what `precision` says, else bf16
  /// (fp32 when training in fp32); QLoRA's base is NF4 on the linear layers with the rest
  /// upcast to fp32 by PEFT's `prepare_model_for_kbit_training`.
  static func baseFormat(_ spec: DeploymentSpec, _ t: TrainingOptions) -> WeightFormat {
    if t.method == .qlora {
      let dq = t.doubleQuantization ?? false
      let nf4 = dq ? WeightFormat.nf4DoubleQuant : WeightFormat.nf4
      // PEFT's prepare_model_for_kbit_training upcasts the rest to fp32; the QLoRA
      // repository's own script (qlora.py, --bf16) casts embeddings and lm_head back to bf16.
      let pure = t.precision == .bf16
      return WeightFormat(
        name: nf4.name, bitsPerWeight: nf4.bitsPerWeight, scope: .linear,
        otherBits: pure ? 16 : 32, hardwareFormat: nil,
        source: nf4.source
          + (pure
            ? "; embeddings and lm_head in bf16 (qlora.py --bf16)"
            : "; embeddings, lm_head and norms upcast to fp32 (PEFT prepare_model_for_kbit_training)")
      )
    }
    if let given = spec.weights, given.scope == .all, given.bitsPerWeight >= 16 { return given }
    return (t.precision ?? .mixed) == .fp32 ? .fp32 : .bf16
  }

  struct Resolved {
    var options: TrainingOptions
    var optimizer: TrainingOptions.Optimizer
    var precision: TrainingOptions.Precision
    var recomputation: TrainingOptions.Recomputation
    var flash: Bool
    var accumulation: Int
    var zero: Int
    var dataParallel: Int
    var loraRank: Int
    var loraTargets: LoRATargets
  }

  static func resolve(_ r: inout ResolvedDeployment) -> Resolved {
    let t = r.spec.training ?? TrainingOptions()
    let dp = max(r.gpuCount / max(r.tensorParallel * r.pipelineParallel, 1), 1)
    let resolved = Resolved(
      options: t, optimizer: t.optimizer ?? .adamw, precision: t.precision ?? .mixed,
      recomputation: t.recomputation ?? (t.method == .qlora ? .full : .none),
      flash: t.flashAttention ?? true,
      accumulation: t.gradientAccumulation ?? 1, zero: t.zeroStage ?? 0, dataParallel: dp,
      loraRank: t.loraRank ?? 8, loraTargets: t.loraTargets ?? .peftDefault)
    if t.optimizer == nil {
      r.note(
        Assumption(
          .formula, "optimizer AdamW (none was given)",
          source: "Hugging Face TrainingArguments optim default adamw_torch"))
    }
    if t.precision == nil {
      r.note(
        Assumption(
          .precision,
          "mixed precision: 16-bit weights and activations, fp32 master weights and optimizer state",
          source: "Micikevicius et al. 2018; Transformer Math 101 (none was given)"))
    }
    if t.flashAttention == nil {
      r.note(
        Assumption(
          .activations,
          "fused attention (FlashAttention / SDPA): no attention score matrix is kept",
          source: "transformers attn_implementation default 'sdpa' (none was given)"))
    }
    if t.method == .qlora, t.recomputation == nil {
      r.note(
        Assumption(
          .activations,
          "full recomputation (gradient checkpointing): PEFT turns it on for k-bit training",
          source: "peft prepare_model_for_kbit_training(use_gradient_checkpointing=True)"))
    }
    if t.method == .qlora, t.doubleQuantization == nil {
      r.note(
        Assumption(
          .weights, "no double quantization (NF4 at 4.5 bits per weight)",
          source: "transformers BitsAndBytesConfig bnb_4bit_use_double_quant=False"))
    }
    if let zero = t.zeroStage, zero > 0, dp == 1 {
      r.note(
        Assumption(
          .parallelism, "ZeRO-\(zero) shards nothing with one data-parallel rank",
          source: "ZeRO (Rajbhandari et al. 2020): state ÷ N_d"))
    }
    if t.pagedOptimizer {
      r.note(
        Assumption(
          .overhead,
          "paged optimizer: its state lives in unified memory and is evicted to the host when the GPU runs short, so it is not counted on the GPU (at the cost of speed)",
          source: "QLoRA (Dettmers et al. 2023) §3 Paged Optimizers; bitsandbytes paged_adamw"))
    }
    if t.usesAdapters, t.loraRank == nil || t.loraTargets == nil {
      r.note(
        Assumption(
          .weights,
          "LoRA rank \(resolved.loraRank) on \(resolved.loraTargets.names) (PEFT LoraConfig defaults)",
          source: "peft LoraConfig r = 8; TRANSFORMERS_MODELS_TO_LORA_TARGET_MODULES_MAPPING"))
    }
    return resolved
  }

  static func evaluate(_ r: inout ResolvedDeployment) -> EngineResult {
    let t = resolve(&r)
    let spec = r.spec
    let a = spec.model.architecture
    let tp = r.tensorParallel
    let dp = Int64(t.dataParallel)
    let rankParameters = r.rankParameters.total
    let elementBytes: Int64 = t.precision == .fp32 ? 4 : 2

    // Trainable parameters on this rank and in the whole model.
    let adapters = LoRAAdapters(rank: t.loraRank, targets: t.loraTargets)
    let trainable =
      t.options.usesAdapters
      ? adapters.parameters(a, layers: r.layersOnRank, tensorParallel: tp) : rankParameters
    let trainableWhole =
      t.options.usesAdapters
      ? adapters.parameters(a, layers: a.layers) : spec.model.parameters.total

    // Sharding: ZeRO-1 optimizer state (and master weights), ZeRO-2 + gradients, ZeRO-3 +
    // parameters, each ÷ data-parallel ranks (Rajbhandari et al. 2020, Figure 1).
    func shard(_ bytes: Int64, from stage: Int) -> Int64 {
      t.zero >= stage && dp > 1 ? bytes / dp + (bytes % dp == 0 ? 0 : 1) : bytes
    }

    // Weights: the (frozen or trained) base at its format, plus adapters.
    let adapterBytesPerParameter: Int64 = t.precision == .bf16 ? 2 : 4
    let baseBytes = shard(r.rankWeightBytes, from: 3)
    let adapterBytes =
      t.options.usesAdapters ? shard(trainable * adapterBytesPerParameter, from: 3) : 0
    let weights = baseBytes.saturatingAdd(adapterBytes)
    // fp32 master copy: only full mixed-precision training keeps one (adapters are fp32).
    let master =
      !t.options.usesAdapters && t.precision == .mixed
      ? shard(trainable.saturatingMultiply(4), from: 1) : 0
    // Gradients: fp32 in mixed precision ("gradients are always kept in fp32", Hugging Face
    // model_memory_anatomy), 16-bit in pure bf16; adapters' follow their own dtype.
    let defaultGradientBytes: Int64 =
      t.options.usesAdapters ? adapterBytesPerParameter : (t.precision == .bf16 ? 2 : 4)
    let gradientBytes = Int64(t.options.gradientBytes ?? Int(defaultGradientBytes))
    let gradients = shard(trainable.saturatingMultiply(gradientBytes), from: 2)
    // PyTorch DDP copies gradients into its all-reduce buckets, as large as the gradients
    // (DistributedDataParallel `gradient_as_bucket_view=False`, the default).
    let buckets = t.zero == 0 && dp > 1 ? gradients : 0
    // Pure bf16 keeps AdamW's and momentum's state in the parameters' dtype (torch
    // `zeros_like(p)`): half the fp32 figures.
    var stateBytes = OptimizerState.bytesPerParameter(t.optimizer)
    if t.precision == .bf16, t.optimizer == .adamw || t.optimizer == .sgdMomentum {
      stateBytes /= 2
    }
    var optimizerState = trainable.saturatingMultiply(stateBytes)
    if t.optimizer == .adafactor {
      let matrices =
        t.options.usesAdapters
        ? adapters.matrices(a, layers: r.layersOnRank)
        : denseMatrices(a, layers: r.layersOnRank, tensorParallel: tp)
      optimizerState = OptimizerState.adafactorBytes(
        matrices: matrices, vectorElements: t.options.usesAdapters ? 0 : r.rankParameters.small)
    }
    optimizerState = t.options.pagedOptimizer ? 0 : shard(optimizerState, from: 1)

    // Activations: the first pipeline stage keeps min(stages, micro-batches) in flight under
    // 1F1B (Korthikanti et al. 2022 §4.2.3); full recomputation re-runs one layer at a time.
    let activationModel = ActivationMemory(
      shape: ActivationMemory.LayerShape(a), tensorParallel: tp, recomputation: t.recomputation,
      fusedAttention: t.flash)
    let batch = spec.batch
    let perLayer = activationModel.bytesPerLayer(
      seqLen: r.seqLen, batch: batch, elementBytes: Int(elementBytes))
    let inFlight = Int64(min(r.pipelineParallel, max(t.accumulation, 1)))
    let stageActivations = perLayer.saturatingMultiply(Int64(r.layersOnRank))
    var working: Int64 = 0
    if t.recomputation == .full {
      working = ActivationMemory(
        shape: activationModel.shape, tensorParallel: tp, recomputation: .none,
        fusedAttention: t.flash
      ).storedBytes(seqLen: r.seqLen, batch: batch, elementBytes: Int(elementBytes))
    }
    var activations = stageActivations.saturatingMultiply(inFlight).saturatingAdd(working)
    // Logits: bf16 output, its fp32 copy for the loss and the fp32 log-softmax saved for
    // backward, 2 + 4 + 4 bytes per token per vocabulary entry.
    let tokens = Int64(r.seqLen).saturatingMultiply(Int64(batch))
    var logits =
      tokens.saturatingMultiply(Int64(a.vocabSize)).saturatingMultiply(10) / Int64(max(tp, 1))
    if r.pipelineParallel > 1 {
      // The logits live on the last stage, which has one micro-batch in flight; the first
      // stage holds the most activations. The heaviest GPU is whichever needs more.
      let last = stageActivations.saturatingAdd(working)
      if last.saturatingAdd(logits) <= activations {
        logits = 0
      } else {
        activations = last
      }
    }

    let context = RuntimeOverhead.contextBytes(for: spec.gpu)
    let nccl: Int64 = r.gpuCount > 1 ? ncclBytes : 0
    let overhead = context.saturatingAdd(nccl)

    let capacity = spec.gpu.usableBytes
    var memory = RankMemory(
      weights: weights, kvCache: 0,
      activations: activations.saturatingAdd(logits), overhead: overhead.saturatingAdd(buckets),
      capacity: capacity, limit: capacity, required: 0)
    memory.gradients = gradients
    memory.optimizerStates = optimizerState.saturatingAdd(master)
    memory.required = memory.total
    let fits = memory.required <= capacity

    var components: [MemoryComponent] = []
    if r.detail == .full {
      components = describe(
        r, t, base: baseBytes, adapters: adapterBytes, master: master, gradients: gradients,
        gradientBytes: gradientBytes, buckets: buckets, optimizer: optimizerState,
        trainable: trainable, perLayer: perLayer, inFlight: inFlight, activations: activations,
        logits: logits, context: context, nccl: nccl)
    }
    return EngineResult(
      memory: memory, components: components, pool: nil, startsUp: fits, fits: fits,
      failure: fits || !r.explainsFailure
        ? nil
        : "needs \(ByteUnits.gibString(memory.required)) of \(ByteUnits.gibString(capacity))",
      training: summary(r, t, trainableWhole: trainableWhole))
  }

  /// NCCL communicator buffers once a rank talks to others: 0.34–0.39 GB measured
  /// (MEMORY-MODEL.md §4); the upper figure.
  static let ncclBytes: Int64 = 390_000_000

  /// Every linear matrix of `layers` dense layers, split by TP, plus embedding and head:
  /// Adafactor's factored state is rows + columns of each.
  static func denseMatrices(_ a: ModelArchitecture, layers: Int, tensorParallel: Int)
    -> [(rows: Int, columns: Int, count: Int64)]
  {
    let tp = max(tensorParallel, 1)
    let full = LoRAAdapters(rank: 0, targets: .allLinear)
    var result: [(rows: Int, columns: Int, count: Int64)] = []
    for module in full.targets.modules {
      for (dIn, dOut, count) in LoRAAdapters.shapes(module, a) {
        result.append((dOut / tp, dIn, Int64(count).saturatingMultiply(Int64(layers))))
      }
    }
    result.append((a.vocabSize / tp, a.hiddenSize, a.tiedEmbeddings ? 1 : 2))
    return result
  }

  static func summary(_ r: ResolvedDeployment, _ t: Resolved, trainableWhole: Int64)
    -> TrainingSummary
  {
    let total = Double(r.spec.declaredParameters ?? r.spec.model.parameters.total)
    let activeShare =
      r.spec.model.parameters.total > 0
      ? Double(r.spec.model.activeParameters) / Double(r.spec.model.parameters.total) : 1
    let active = total * activeShare
    // Forward 2·P, backward 4·P (Transformer Math 101: C ≈ 6PD); adapters skip the frozen
    // weights' gradients (backward 2·P); full recomputation adds a forward (+2·P).
    var flops = (t.options.usesAdapters ? 4 : 6) * active
    if t.recomputation == .full { flops += 2 * active }
    let global64 = Int64(r.spec.batch).saturatingMultiply(Int64(t.accumulation))
      .saturatingMultiply(Int64(t.dataParallel))
    let global = Int(clamping: global64)
    let tokensPerStep = global64.saturatingMultiply(Int64(r.seqLen))
    let gpus = Double(r.gpuCount)
    let throughput =
      r.spec.gpu.fp16TFLOPS * 1e12 * ThroughputModel.computeEfficiency * gpus / max(flops, 1)
    return TrainingSummary(
      method: t.options.method, optimizer: t.optimizer, pagedOptimizer: t.options.pagedOptimizer,
      precision: t.precision,
      recomputation: t.recomputation, flashAttention: t.flash, zeroStage: t.zero,
      trainableParameters: trainableWhole, microBatch: r.spec.batch,
      gradientAccumulation: t.accumulation, dataParallel: t.dataParallel, globalBatch: global,
      tokensPerStep: tokensPerStep, flopsPerToken: flops, tokensPerSecond: throughput,
      stepSeconds: throughput > 0 ? Double(tokensPerStep) / throughput : 0)
  }
}
