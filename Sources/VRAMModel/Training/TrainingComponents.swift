/// The training estimate's parts with their formulas, for `explain`, hover and the JSON
/// report.
extension TrainingEngine {
  static func describe(
    _ r: ResolvedDeployment, _ t: Resolved, base: Int64, adapters: Int64, master: Int64,
    gradients: Int64, gradientBytes: Int64, buckets: Int64, optimizer: Int64, trainable: Int64,
    perLayer: Int64, inFlight: Int64, activations: Int64, logits: Int64, context: Int64,
    nccl: Int64
  ) -> [MemoryComponent] {
    let dp = t.dataParallel
    func sharded(_ stage: Int) -> String {
      t.zero >= stage && dp > 1 ? " ÷ \(dp) data-parallel ranks (ZeRO-\(t.zero))" : ""
    }
    let frozen = t.options.usesAdapters ? "frozen base: " : ""
    var parts: [MemoryComponent] = [
      MemoryComponent(
        .weights, "weights (\(r.weightFormat.name))", bytes: base,
        formula: frozen + WeightsFormula.describe(r) + sharded(3))
    ]
    if t.options.usesAdapters {
      parts.append(
        MemoryComponent(
          .weights, "LoRA adapters", bytes: adapters,
          formula:
            "\(trainable) parameters = r \(t.loraRank) × (d_in + d_out) over \(t.loraTargets.names) × \(r.layersOnRank) layers, \(t.precision == .bf16 ? 2 : 4) B each (PEFT keeps adapters in fp32)"
            + sharded(3)))
    }
    if master > 0 {
      parts.append(
        MemoryComponent(
          .optimizer, "fp32 master weights", bytes: master,
          formula: "\(trainable) trainable parameters × 4 B (Transformer Math 101)" + sharded(1)))
    }
    parts.append(
      MemoryComponent(
        .gradients, "gradients", bytes: gradients,
        formula: "\(trainable) trainable parameters × \(gradientBytes) B" + sharded(2)))
    if buckets > 0 {
      parts.append(
        MemoryComponent(
          .overhead, "DDP gradient buckets", bytes: buckets,
          formula:
            "a copy of the gradients for the all-reduce (PyTorch DDP gradient_as_bucket_view=False)"
        ))
    }
    parts.append(
      MemoryComponent(
        .optimizer,
        "optimizer state", bytes: optimizer,
        formula: t.options.pagedOptimizer
          ? "paged \(t.optimizer.rawValue): evicted to host memory under pressure (bitsandbytes paged optimizer), not counted"
          : OptimizerState.source(t.optimizer) + sharded(1)))
    let a = r.spec.model.architecture
    let recompute: String
    switch t.recomputation {
    case .none:
      recompute =
        t.flash
        ? "sbh·(10 + 24/t) without the score term (fused attention)"
        : "sbh·(10 + 24/t + 5as/(ht))"
    case .selective: recompute = "sbh·(10 + 24/t), scores recomputed"
    case .full: recompute = "2sbh per layer (inputs only) + one layer re-run in the backward pass"
    }
    parts.append(
      MemoryComponent(
        .activations, "activations", bytes: activations,
        formula:
          "\(t.recomputation.rawValue) recomputation: \(r.layersOnRank) layers × \(ByteUnits.gibString(perLayer)) per layer (s \(r.seqLen), b \(r.spec.batch), h \(a.hiddenSize))"
          + (inFlight > 1 ? " × \(inFlight) micro-batches in flight" : "")
          + " — \(recompute), shaped by the layer's own widths (Korthikanti et al. 2022)"))
    parts.append(
      MemoryComponent(
        .activations, "logits and loss", bytes: logits,
        formula:
          "\(r.seqLen) × \(r.spec.batch) tokens × vocab \(a.vocabSize) × 10 B (bf16 logits + fp32 copy + fp32 log-softmax; transformers ForCausalLMLoss upcasts)"
      ))
    parts.append(.runtimeContext(r.spec.gpu))
    if nccl > 0 {
      parts.append(
        MemoryComponent(
          .overhead, "NCCL buffers", bytes: nccl,
          formula: "0.34–0.39 GB per rank once GPUs communicate (MEMORY-MODEL.md §4)"))
    }
    return parts
  }
}
