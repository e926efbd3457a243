import VRAMModel

/// The speed targets in `slo:` are beyond the card's ceiling even in theory: decode is
/// memory-bound (0.8 × bandwidth ÷ bytes read per token) and prefill compute-bound (50 % of
/// peak FP16 tensor FLOPS ÷ 2 × active parameters per token), MEMORY-MODEL.md §6.
public struct SLOUnreachableRule: DeploymentRule {
  public static let description = RuleDescription(
    id: "slo-unreachable",
    summary: "the GPU cannot reach the speed target even in theory",
    rationale:
      "A ceiling from bandwidth and FLOPS is optimistic; a target above it will be missed whatever the engine does. The message names the ceiling and what bounds it.",
    severity: .warning,
    triggering: [
      "model: llama-3.1-8b\ngpu: L4\nseq_len: 4096\nslo: {tokens_per_second: 100}\n",
      "model: llama-3.1-8b\ngpu: L4\nseq_len: 32768\nslo: {time_to_first_token: 1s}\n",
    ],
    passing: [
      "model: llama-3.1-8b\ngpu: H100-80GB\nseq_len: 4096\nslo: {tokens_per_second: 100, time_to_first_token: 1s}\n"
    ])

  public init() {}

  public func check(_ c: RuleContext) -> [Diagnostic] {
    guard c.spec.training == nil else { return [] }
    let t = c.estimate.throughput
    let gpu = c.spec.gpu
    var found: [Diagnostic] = []
    if let target = c.deployment.sloTokensPerSecond, t.decodeTokensPerSecondPerSequence > 0,
      t.decodeTokensPerSecondPerSequence < target.value
    {
      found.append(
        diagnostic(
          "\(fixed(target.value)) tokens/s per sequence is beyond \(gpu.id)'s ceiling of \(fixed(t.decodeTokensPerSecondPerSequence)) at batch \(c.estimate.batch) and seq_len \(c.estimate.seqLen): decode reads the weights and KV cache every token, 0.8 × \(fixed(gpu.bandwidthGBps)) GB/s ÷ (\(ByteUnits.gibString(c.estimate.perGPU.weights)) of weights + the batch's KV cache)",
          at: target.range))
    }
    if let target = c.deployment.sloTimeToFirstToken, t.timeToFirstTokenSeconds > target.value {
      found.append(
        diagnostic(
          "a first token within \(milliseconds(target.value)) is beyond \(gpu.id): a \(c.estimate.seqLen)-token prompt takes at least \(milliseconds(t.timeToFirstTokenSeconds)) to prefill at \(fixed(t.prefillTokensPerSecond)) tokens/s (50 % of \(fixed(gpu.fp16TFLOPS)) TFLOPS ÷ 2 × active parameters)",
          at: target.range))
    }
    return found
  }

  func fixed(_ value: Double) -> String {
    ByteUnits.formatFixed(value, decimals: value < 10 ? 1 : 0)
  }

  func milliseconds(_ seconds: Double) -> String {
    let ms = seconds * 1000
    return ByteUnits.formatFixed(ms, decimals: ms < 10 ? 3 : 0) + " ms"
  }
}
