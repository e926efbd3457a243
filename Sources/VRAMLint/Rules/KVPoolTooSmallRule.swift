import VRAMModel

/// The weights fit, but the KV pool left over cannot hold one request of the full length, so
/// vLLM refuses to start ("… KV cache is needed, which is larger than the available KV cache
/// memory"; cases A08, A10).
public struct KVPoolTooSmallRule: DeploymentRule {
  public static let description = RuleDescription(
    id: "kv-pool-too-small",
    summary: "the KV pool cannot hold one request of the full sequence length",
    rationale:
      "vLLM allocates its KV pool from what the weights and activations leave and refuses to start when one max_model_len request does not fit (cases A08, A10). The fix is a shorter seq_len, an fp8 KV cache, a higher memory_utilization or more GPUs.",
    severity: .error,
    triggering: ["model: llama-3.1-8b\ngpu: RTX-3090\nengine: vllm\nseq_len: 64K\n"],
    passing: ["model: llama-3.1-8b\ngpu: RTX-3090\nengine: vllm\nseq_len: 16K\n"])

  public init() {}

  /// Whether the estimate failed for exactly this reason.
  static func applies(to e: Estimate) -> Bool {
    guard e.engine.hasKVPool, !e.startsUp, let pool = e.pool else { return false }
    return pool.bytes > 0 && pool.bytes < pool.bytesPerRequest
  }

  public func check(_ c: RuleContext) -> [Diagnostic] {
    let e = c.estimate
    guard Self.applies(to: e), let pool = e.pool,
      e.seqLen <= c.spec.model.architecture.maxContext
    else { return [] }
    var message =
      "one \(e.seqLen)-token request needs \(ByteUnits.gibString(pool.bytesPerRequest)) of KV cache but the pool has \(ByteUnits.gibString(pool.bytes)) (\(pool.tokens) tokens): \(e.engine.rawValue) refuses to start"
    message += c.fixesSuffix()
    return [
      diagnostic(
        message,
        at: c.deployment.seqLen?.range ?? c.deployment.model?.range ?? c.deployment.documentRange)
    ]
  }
}
