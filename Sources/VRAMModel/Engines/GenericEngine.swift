/// The seed guide's rule (seed §3.1, §3.3): weights + KV cache + a 20 % workspace on top of
/// the weights, compared with the GPU's memory. Its worked example, Llama-2-7B in FP16 at
/// 4096 tokens, is 14 GB + 2 GB + 2.8 GB ≈ 19 GB. EleutherAI's Transformer Math 101 gives the
/// same rule as "inference ≈ 1.2 × weights".
enum GenericEngine {
  /// Seed §3.1: "工作缓冲区(额外20%显存)" — a workspace of 20 % of the weights.
  static let workspaceFraction = 0.20

  static func defaultSeqLen(_ spec: DeploymentSpec) -> (Int, Assumption) {
    let a = spec.model.architecture
    return (
      a.maxContext,
      Assumption(
        .sequence, "seq_len \(a.maxContext): the model's maximum context (none was given)",
        source: "model catalog max_context")
    )
  }

  static func evaluate(_ r: inout ResolvedDeployment) -> EngineResult {
    let capacity = r.spec.gpu.usableBytes
    let perSequence = r.kv.bytes(tokens: Int64(r.seqLen))
    let kv = perSequence.saturatingMultiply(Int64(r.spec.batch))
    let workspace = ByteUnits.bytes(Double(r.rankWeightBytes) * workspaceFraction)
    let memory = RankMemory(
      weights: r.rankWeightBytes, kvCache: kv, activations: workspace, overhead: 0,
      capacity: capacity, limit: capacity, required: 0)
    var withRequired = memory
    withRequired.required = memory.total
    let fits = withRequired.required <= capacity
    func components() -> [MemoryComponent] {
      [
        MemoryComponent(
          .weights, "weights", bytes: r.rankWeightBytes, formula: WeightsFormula.describe(r)),
        MemoryComponent(
          .kvCache, "KV cache", bytes: kv,
          formula: "\(r.spec.batch) × \(r.seqLen) tokens × \(r.kv.bytesPerToken) B per token"
            + (r.kv.windowedLayers > 0
              ? " (\(r.kv.windowedLayers) windowed layers keep \(r.kv.window ?? 0) tokens)" : "")
            + (r.kv.policy.map { ", keeping a \($0.summary)" } ?? "")),
        MemoryComponent(
          .activations, "workspace (20 % of weights)", bytes: workspace,
          formula: "0.2 × weights (seed guide §3.1; EleutherAI: inference ≈ 1.2 × weights)"),
      ]
    }
    return EngineResult(
      memory: withRequired, components: r.detail == .full ? components() : [], pool: nil,
      startsUp: fits, fits: fits,
      failure: fits || !r.explainsFailure
        ? nil
        : "needs \(ByteUnits.gibString(withRequired.required)) of \(ByteUnits.gibString(capacity))")
  }
}
