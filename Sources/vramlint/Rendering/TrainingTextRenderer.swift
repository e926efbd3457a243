import VRAMModel

/// The lines of `explain` that differ in training mode: what the step is, and what it
/// allows instead of the serving answers.
enum TrainingTextRenderer {
  static func header(_ e: Estimate, _ t: TrainingSummary) -> String {
    let method: String
    switch t.method {
    case .full: method = "full fine-tune"
    case .lora: method = "LoRA"
    case .qlora: method = "QLoRA"
    }
    var parts = [
      "training: \(method)", "optimizer \(t.pagedOptimizer ? "paged " : "")\(t.optimizer.rawValue)",
      "\(t.precision.rawValue) precision",
      "weights \(e.weightFormat.name)", "recomputation \(t.recomputation.rawValue)",
      t.flashAttention ? "fused attention" : "eager attention",
    ]
    if t.dataParallel > 1 { parts.append("ZeRO-\(t.zeroStage)") }
    if e.tensorParallel > 1 || e.pipelineParallel > 1 {
      parts.append("tensor \(e.tensorParallel) · pipeline \(e.pipelineParallel)")
    }
    return parts.joined(separator: " · ")
  }

  static func answers(
    _ e: Estimate, _ t: TrainingSummary, answers: Answers, gib: (Int64) -> String
  ) -> [String] {
    var lines: [String] = []
    lines.append(
      "step: micro-batch \(t.microBatch) × accumulation \(t.gradientAccumulation) × \(t.dataParallel) data-parallel rank\(t.dataParallel == 1 ? "" : "s") = global batch \(t.globalBatch) (\(ByteUnits.grouped(t.tokensPerStep)) tokens at seq_len \(e.seqLen)); memory follows the micro-batch"
    )
    lines.append(
      "trainable parameters: \(ByteUnits.grouped(t.trainableParameters)) of \(ByteUnits.grouped(e.totalParameters)) (\(ByteUnits.formatFixed(100 * Double(t.trainableParameters) / Double(max(e.totalParameters, 1)), decimals: 2)) %)"
    )
    lines.append(
      "largest micro-batch at seq_len \(e.seqLen): \(answers.maxBatch) · largest seq_len at micro-batch \(e.batch): \(answers.maxSeqLen)"
    )
    if let gpu = answers.smallestGPU {
      lines.append(
        "smallest catalog GPU that fits (\(e.gpuCount) GPU\(e.gpuCount == 1 ? "" : "s")): \(gpu.id) (\(ByteUnits.gibString(gpu.usableBytes)))"
      )
    }
    if t.tokensPerSecond > 0 {
      lines.append(
        "speed ceiling: ≈ \(ByteUnits.formatFixed(t.tokensPerSecond, decimals: 0)) tokens/s over \(e.gpuCount) GPU\(e.gpuCount == 1 ? "" : "s") (\(ByteUnits.formatFixed(t.flopsPerToken / Double(max(e.activeParameters, 1)), decimals: 0)) × active parameters FLOPs per token at 50 % of peak), one optimizer step ≈ \(ByteUnits.formatFixed(t.stepSeconds, decimals: 1)) s"
      )
    }
    return lines
  }
}
