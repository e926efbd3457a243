import VRAMModel

/// The deployment needs more memory per GPU than it has, or the engine refuses to start.
public struct DoesNotFitRule: DeploymentRule {
  public static let description = RuleDescription(
    id: "does-not-fit",
    summary: "the deployment does not fit in the memory of each GPU",
    rationale:
      "An out-of-memory at start-up or under load is the failure vramlint exists to prevent. The message gives need vs have per GPU and the single changes that make it fit.",
    severity: .error,
    triggering: ["model: meta-llama/Llama-3.1-70B-Instruct\ngpu: H100-80GB\nseq_len: 8192\n"],
    passing: [
      "model: meta-llama/Llama-3.1-70B-Instruct\ngpu: H100-80GB\nseq_len: 8192\nparallel: {tensor: 4}\ngpus: 4\n"
    ])

  public init() {}

  public func check(_ c: RuleContext) -> [Diagnostic] {
    let e = c.estimate
    // A start that succeeds with too small a pool for the batch is concurrency-below-batch.
    guard !e.fits, !(e.startsUp && e.engine.hasKVPool) else { return [] }
    // A pool too small for one request, or a seq_len beyond the context, has its own rule.
    if KVPoolTooSmallRule.applies(to: e) || e.seqLen > c.spec.model.architecture.maxContext {
      return []
    }
    let m = e.perGPU
    var message =
      e.engine.hasKVPool
      ? (e.failure ?? "the engine will not start")
      : "needs \(ByteUnits.gibString(m.required)) of \(ByteUnits.gibString(m.limit)) on each GPU"
    message += c.fixesSuffix()
    var related: [Diagnostic.Related] = []
    if let gpu = c.deployment.gpu {
      related.append(
        Diagnostic.Related(
          range: gpu.range, message: "\(e.gpuID) has \(ByteUnits.gibString(m.capacity)) per GPU"))
    }
    return [
      diagnostic(
        message, at: c.deployment.model?.range ?? c.deployment.documentRange, related: related)
    ]
  }
}
