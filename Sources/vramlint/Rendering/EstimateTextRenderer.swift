import VRAMModel

/// The human-readable breakdown: one row per component with a bar against the GPU's
/// capacity, the verdict, and the answers.
struct EstimateTextRenderer {
  let style: TerminalStyle
  var barWidth = 30

  func render(_ e: Estimate, answers: Answers, showAssumptions: Bool) -> String {
    var renderer = self
    renderer.currentLabels = e.components.map(\.label)
    return renderer.renderLines(e, answers: answers, showAssumptions: showAssumptions)
  }

  private func renderLines(_ e: Estimate, answers: Answers, showAssumptions: Bool) -> String {
    var lines: [String] = []
    let m = e.perGPU
    let perReplica = e.tensorParallel * e.pipelineParallel
    let replicas = e.gpuCount / max(perReplica, 1)
    var gpus = "\(e.gpuCount) × \(e.gpuID)"
    if replicas > 1 {
      gpus +=
        " (\(replicas) replicas of \(perReplica) GPU\(perReplica == 1 ? "" : "s"); memory per GPU is one replica's)"
    }
    lines.append(style.bold("\(e.modelID) on \(gpus)"))
    if let t = e.training {
      lines.append(TrainingTextRenderer.header(e, t))
    } else {
      lines.append(
        "engine \(e.engine.rawValue) · weights \(e.weightFormat.name) · KV cache \(e.kvFormat.name) · batch \(e.batch) · seq_len \(e.seqLen)"
          + (e.tensorParallel > 1 || e.pipelineParallel > 1
            ? " · tensor \(e.tensorParallel) · pipeline \(e.pipelineParallel)" : ""))
    }
    lines.append("")
    lines.append(
      style.dim(
        "  per GPU" + pad("GiB", to: labelWidth + 8 - 7)
          + "  share of \(ByteUnits.gibString(m.capacity))"))
    for component in e.components where component.bytes > 0 {
      lines.append(row(component.label, component.bytes, capacity: m.capacity))
    }
    lines.append(row("total", m.total, capacity: m.capacity, bold: true))
    if m.limit != m.capacity {
      lines.append(style.dim("  " + pad("engine limit", to: labelWidth, left: true) + gib(m.limit)))
    }
    lines.append("")
    if e.fits, let pool = e.pool {
      lines.append(
        style.green("fits")
          + ": the KV pool holds \(ByteUnits.formatFixed(pool.maxConcurrency, decimals: 2)) requests of \(e.seqLen) tokens; \(e.batch) asked"
      )
    } else if e.fits {
      lines.append(
        style.green("fits") + ": \(ByteUnits.gibString(m.headroom)) headroom on each GPU")
    } else {
      lines.append(
        style.red(
          e.startsUp || !e.engine.hasKVPool
            ? "does not fit" : "does not fit (the engine will not start)")
          + ": "
          + (e.failure
            ?? "needs \(ByteUnits.gibString(m.required)) of \(ByteUnits.gibString(m.limit))"))
      if !answers.remedies.isEmpty {
        lines.append("  fits with " + answers.remedies.map(\.summary).joined(separator: ", or "))
      }
    }
    if let t = e.training {
      lines += TrainingTextRenderer.answers(e, t, answers: answers, gib: gib)
    } else {
      lines += inferenceAnswers(e, answers)
    }
    if showAssumptions {
      lines.append("")
      lines.append(style.bold("assumptions"))
      for a in e.assumptions {
        lines.append("  • \(a.text)")
        lines.append(style.dim("    source: \(a.source)"))
      }
      lines.append("")
      lines.append(style.bold("formulas"))
      for c in e.components {
        lines.append("  \(c.label): \(c.formula)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The KV cache, how far the serving knobs go, the smallest card and the speed ceiling.
  private func inferenceAnswers(_ e: Estimate, _ answers: Answers) -> [String] {
    var lines: [String] = []
    if let pool = e.pool {
      lines.append(
        "KV pool: \(grouped(pool.tokens)) tokens (\(grouped(e.kvBytesPerToken)) B each); max concurrency \(ByteUnits.formatFixed(pool.maxConcurrency, decimals: 2)) × \(e.seqLen)-token requests"
      )
    } else {
      lines.append("KV cache: \(grouped(e.kvBytesPerToken)) B per token per GPU")
    }
    lines.append(
      "largest batch at seq_len \(e.seqLen): \(answers.maxBatch) · largest seq_len at batch \(e.batch): \(answers.maxSeqLen)"
    )
    if let gpu = answers.smallestGPU {
      lines.append(
        "smallest catalog GPU that fits (\(e.gpuCount) GPU\(e.gpuCount == 1 ? "" : "s")): \(gpu.id) (\(ByteUnits.gibString(gpu.usableBytes)))"
      )
    } else {
      lines.append("no catalog GPU fits this with \(e.gpuCount) GPU\(e.gpuCount == 1 ? "" : "s")")
    }
    let t = e.throughput
    if t.decodeTokensPerSecondPerSequence > 0 {
      lines.append(
        "speed ceiling: decode ≈ \(ByteUnits.formatFixed(t.decodeTokensPerSecondPerSequence, decimals: 0)) tok/s per sequence (\(ByteUnits.formatFixed(t.decodeTokensPerSecondTotal, decimals: 0)) total), prefill ≈ \(ByteUnits.formatFixed(t.prefillTokensPerSecond, decimals: 0)) tok/s, first token after ≈ \(ByteUnits.formatFixed(t.timeToFirstTokenSeconds * 1000, decimals: 0)) ms"
      )
    }
    return lines
  }

  /// Wide enough for the longest component label, at least 22.
  private var labelWidth: Int { max(22, currentLabels.map(\.count).max() ?? 0) }
  var currentLabels: [String] = []

  private func row(_ label: String, _ bytes: Int64, capacity: Int64, bold: Bool = false) -> String {
    let share = capacity > 0 ? Double(bytes) / Double(capacity) : 0
    let filled = min(max(Int((share * Double(barWidth)).rounded()), bytes > 0 ? 1 : 0), barWidth)
    let bar =
      String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    let percent = ByteUnits.formatFixed(share * 100, decimals: 1) + " %"
    let text =
      "  " + pad(label, to: labelWidth, left: true) + gib(bytes) + "  " + bar + " "
      + pad(percent, to: 7)
    return bold ? style.bold(text) : text
  }

  private func grouped(_ value: Int64) -> String { ByteUnits.grouped(value) }

  private func gib(_ bytes: Int64) -> String {
    pad(ByteUnits.formatFixed(ByteUnits.gib(bytes), decimals: 2), to: 8)
  }

  /// Pads to a width counted in Characters (labels are ASCII; bars are counted per glyph).
  private func pad(_ text: String, to width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(width - text.count, 0))
    return left ? text + padding : padding + text
  }
}
