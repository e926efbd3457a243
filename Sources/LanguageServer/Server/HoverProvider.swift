import VRAMLint
import VRAMModel
import YAMLSource

/// Hover text: on the model line the per-GPU breakdown, on the GPU line the card, on batch,
/// seq_len and precision what each costs.
enum HoverProvider {
  static func hover(at position: SourcePosition, in document: OpenDocument) -> String? {
    let line = position.line
    func on(_ range: SourceRange?) -> Bool { range?.start.line == line }
    // Only the deployment with a value on this line gets the full (formula-carrying) estimate.
    for (deployment, _) in document.result.estimates {
      let d = deployment
      guard
        on(d.model?.range) || on(d.gpu?.range) || on(d.batch?.range)
          || on(d.seqLen?.range) || on(d.precision?.range),
        let spec = d.spec, let estimate = try? d.explainedEstimate()
      else { continue }
      if on(d.model?.range) { return breakdown(estimate) }
      if let gpu = d.gpu, on(gpu.range) { return card(gpu.value, estimate: estimate) }
      if on(d.batch?.range) {
        return
          "**batch \(estimate.batch)**: \(estimate.batch) sequences of \(estimate.seqLen) tokens hold \(ByteUnits.gibString(estimate.requestedKVBytes)) of KV cache per GPU; the largest batch that fits is \(Planner.maxBatch(spec))"
      }
      if on(d.seqLen?.range) {
        return
          "**seq_len \(estimate.seqLen)**: \(estimate.kvBytesPerToken) B of KV cache per token per GPU (\(estimate.kvFormat.name)); the longest that fits at batch \(estimate.batch) is \(Planner.maxSeqLen(spec)) tokens"
      }
      return
        "**\(estimate.weightFormat.name)**: \(ByteUnits.formatFixed(estimate.weightFormat.bitsPerWeight, decimals: 2)) bits per weight; weights take \(ByteUnits.gibString(estimate.perGPU.weights)) per GPU"
    }
    return nil
  }

  /// A markdown table of the heaviest GPU's memory with a bar per component.
  static func breakdown(_ e: Estimate) -> String {
    let capacity = max(e.perGPU.capacity, 1)
    var rows = [
      "**\(e.modelID)** on \(e.gpuCount) × \(e.gpuID) (\(e.engine.rawValue)) — "
        + (e.fits ? "fits" : "does not fit") + ", per GPU:",
      "",
      "| component | GiB | % of \(ByteUnits.gibString(capacity)) | |",
      "|---|---:|---:|---|",
    ]
    for component in e.components where component.bytes > 0 {
      let share = Double(component.bytes) / Double(capacity)
      rows.append(
        "| \(component.label) | \(ByteUnits.formatFixed(Double(component.bytes) / Double(ByteUnits.giB), decimals: 2)) | \(ByteUnits.formatFixed(share * 100, decimals: 1)) % | \(bar(share)) |"
      )
    }
    rows.append("")
    // A pool engine that cannot start shows no pool row; the batch's own KV cache is what
    // the "needs" figure counts, so it is named here.
    if e.requestedKVBytes > 0 {
      rows.append(
        "KV cache for batch \(e.batch) × \(e.seqLen) tokens: \(ByteUnits.gibString(e.requestedKVBytes)) per GPU"
      )
      rows.append("")
    }
    rows.append(
      "needs \(ByteUnits.gibString(e.perGPU.required)) of the \(ByteUnits.gibString(e.perGPU.limit)) the engine may use"
        + (e.failure.map { "; \($0)" } ?? ""))
    return rows.joined(separator: "\n")
  }

  static func card(_ gpu: GPUSpec, estimate: Estimate) -> String {
    var text = "**\(gpu.name)**: \(ByteUnits.gibString(gpu.memoryBytes)) memory"
    text += ", \(Int(gpu.bandwidthGBps)) GB/s"
    text += ", \(ByteUnits.formatFixed(gpu.fp16TFLOPS, decimals: 1)) FP16 TFLOPS"
    text += "\n\nthis deployment needs \(ByteUnits.gibString(estimate.perGPU.required)) per GPU"
    return text
  }

  /// Ten cells of █ and ░ for a share of capacity (capped at the full bar).
  static func bar(_ share: Double) -> String {
    let filled = min(max(Int((share * 10).rounded()), 0), 10)
    return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
  }
}
