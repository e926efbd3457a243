/// Hugging Face transformers `generate`: weights, a KV cache of batch × (prompt + new
/// tokens) (DynamicCache; Gemma-style HybridCache keeps windowed layers at the window), the
/// prefill forward pass over the whole prompt, and fp32 logits for the last position of each
/// sequence (`logits_to_keep`, transformers ≥ 4.45) — MEMORY-MODEL.md §3.
enum TransformersEngine {
  static func evaluate(_ r: inout ResolvedDeployment) -> EngineResult {
    let spec = r.spec
    let a = r.architecture
    let capacity = spec.gpu.usableBytes
    let batch = Int64(spec.batch)
    let seq = Int64(r.seqLen)
    let kv = r.kv.bytes(tokens: seq).saturatingMultiply(batch)
    let prefill = RuntimeOverhead.forwardActivationBytes(
      tokens: batch.saturatingMultiply(seq), architecture: a, tensorParallel: r.tensorParallel,
      elementBytes: r.activationBytes)
    // Logits of the last position, upcast to fp32, plus the softmax over them.
    let logits = batch.saturatingMultiply(Int64(a.vocabSize)).saturatingMultiply(8)
    let activations = prefill.saturatingAdd(logits)
    let context = RuntimeOverhead.contextBytes(for: r.spec.gpu)
    let required = r.rankWeightBytes.saturatingAdd(kv).saturatingAdd(activations).saturatingAdd(
      context)
    let fits = required <= capacity
    let memory = RankMemory(
      weights: r.rankWeightBytes, kvCache: kv, activations: activations, overhead: context,
      capacity: capacity, limit: capacity, required: required)
    func components() -> [MemoryComponent] {
      [
        MemoryComponent(
          .weights, "weights", bytes: r.rankWeightBytes, formula: WeightsFormula.describe(r)),
        MemoryComponent(
          .kvCache, "KV cache", bytes: kv,
          formula: "\(batch) × \(seq) tokens × \(r.kv.bytesPerToken) B per token"),
        MemoryComponent(
          .activations, "prefill + logits", bytes: activations,
          formula:
            "forward over \(batch) × \(seq) prompt tokens + \(batch) × vocab \(a.vocabSize) × 8 B"),
        .runtimeContext(r.spec.gpu),
      ]
    }
    return EngineResult(
      memory: memory, components: r.detail == .full ? components() : [], pool: nil, startsUp: fits,
      fits: fits,
      failure: fits || !r.explainsFailure
        ? nil : "needs \(ByteUnits.gibString(required)) of \(ByteUnits.gibString(capacity))")
  }
}
