import VRAMModel

/// `explain`'s tables: dynamic batching and parallel strategies side by side.
enum PlanningTablesRenderer {
  static func batching(_ spec: DeploymentSpec, training: Bool) -> [String] {
    let byLength = Planner.batchAtLengths(spec)
    let byBatch = Planner.lengthAtBatches(spec)
    let batchWord = training ? "micro-batch" : "batch"
    guard let first = byLength.first, first.batch > 0 else {
      return [
        "dynamic batching: no \(batchWord) fits at seq_len \(byLength.first?.seqLen ?? 0) on this layout"
      ]
    }
    var lines = [
      "dynamic batching: the largest \(batchWord) memory allows at each seq_len, and the longest seq_len at each \(batchWord)"
    ]
    lines.append(
      "  " + pad("seq_len", 10) + pad("max \(batchWord)", 18) + "   " + pad(batchWord, 12)
        + pad("max seq_len", 12))
    for i in 0..<max(byLength.count, byBatch.count) {
      let left =
        i < byLength.count
        ? pad(String(byLength[i].seqLen), 10) + pad(String(byLength[i].batch), 18)
        : String(repeating: " ", count: 28)
      let right =
        i < byBatch.count
        ? pad(String(byBatch[i].batch), 12) + pad(String(byBatch[i].seqLen), 12) : ""
      lines.append("  " + left + "   " + right)
    }
    return lines
  }

  static func parallel(_ spec: DeploymentSpec, gpu: String) -> [String] {
    let options = Planner.parallelComparison(spec)
    let counts = Array(Set(options.map(\.gpus))).sorted()
    var lines = [
      "parallel strategies on \(gpu): GiB needed per GPU (✓ fits, ✗ does not, – refused)"
    ]
    lines.append(
      "  " + pad("GPUs", 6) + Planner.Strategy.allCases.map { pad($0.rawValue, 14) }.joined())
    for n in counts {
      var row = "  " + pad(String(n), 6)
      for strategy in Planner.Strategy.allCases {
        let option = options.first { $0.strategy == strategy && $0.gpus == n }
        guard let option, let bytes = option.perGPU else {
          row += pad("–", 14)
          continue
        }
        row +=
          pad(
            ByteUnits.formatFixed(ByteUnits.gib(bytes), decimals: 2) + (option.fits ? " ✓" : " ✗"),
            13
          ) + " "
      }
      lines.append(row)
    }
    for strategy in Planner.Strategy.allCases {
      if let first = options.first(where: { $0.strategy == strategy && $0.fits }) {
        lines.append(
          "  \(strategy.rawValue): fits with \(first.gpus) GPU\(first.gpus == 1 ? "" : "s")")
      } else {
        lines.append("  \(strategy.rawValue): does not fit with up to \(counts.last ?? 0) GPUs")
      }
    }
    return lines
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(width - text.count, 0))
  }
}

extension PlanningTablesRenderer {
  /// Both tables for `explain`: batching always; parallel strategies when the model does
  /// not fit one GPU of its card.
  static func tables(_ spec: DeploymentSpec, _ e: Estimate) -> String {
    var lines = [""] + batching(spec, training: e.training != nil)
    var single = spec
    single.tensorParallel = 1
    single.pipelineParallel = 1
    single.gpuCount = 1
    if (try? MemoryModel.estimate(single, detail: .probe))?.fits == false {
      lines += [""] + parallel(spec, gpu: e.gpuID)
    }
    return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
  }
}
