import VRAMModel
import YAMLSource

/// The planner's remedies as edits of a deployment's own lines: replace the value where the
/// key is written, else add `key: value` on a new line at the end of the deployment. In a
/// real-world file (a Kubernetes manifest, Helm values) only a value already written is
/// replaced: a native key appended there would be nonsense, and a GPU label or a model name
/// that carries the precision is not a place for a catalog id. Nil: no edit can make it.
public enum RemedyEdits {
  /// Rules whose findings the planner's remedies answer.
  public static let fitRules: Set<String> = [
    "does-not-fit", "kv-pool-too-small", "concurrency-below-batch",
  ]

  public static func remedies(_ deployment: Deployment, gpus: [GPUSpec]) -> [Remedy] {
    guard let spec = deployment.spec else { return [] }
    return Planner.remedies(spec, gpus: gpus)
  }

  public static func edits(for remedy: Remedy, in d: Deployment, _ lines: LineIndex)
    -> [SourceEdit]?
  {
    let foreign = d.label != nil
    func set(_ range: SourceRange?, key: String, _ value: String) -> [SourceEdit]? {
      if let range { return [SourceEdit(replacingValueAt: range, with: value, in: lines)] }
      return foreign ? nil : [append("\(key): \(value)", to: d, lines)]
    }
    switch remedy.kind {
    case .batch: return set(d.batch?.range, key: "batch", remedy.value)
    case .seqLen: return set(d.seqLen?.range, key: "seq_len", remedy.value)
    case .kvCache: return set(d.kvCache?.range, key: "kv_cache", remedy.value)
    case .precision:
      if foreign, d.precision?.range == d.model?.range { return nil }
      return set(d.precision?.range, key: "precision", remedy.value)
    case .gpu: return foreign ? nil : set(d.gpu?.range, key: "gpu", remedy.value)
    case .gpuLayers: return set(d.gpuLayers?.range, key: "gpu_layers", remedy.value)
    case .tensorParallel:
      var edits: [SourceEdit] = []
      if let tensor = d.tensor {
        edits.append(SourceEdit(replacingValueAt: tensor.range, with: remedy.value, in: lines))
      } else if foreign || d.pipeline != nil {
        // A `parallel:` mapping is already written (with its pipeline): a second key would
        // be a duplicate, and rewriting the mapping is the user's call.
        return nil
      } else {
        edits.append(append("parallel: {tensor: \(remedy.value)}", to: d, lines))
      }
      if !foreign, let gpus = d.gpus, let tensor = Int(remedy.value) {
        let wanted = tensor * (d.pipeline?.value ?? 1)
        if gpus.value < wanted {
          edits.append(SourceEdit(replacingValueAt: gpus.range, with: String(wanted), in: lines))
        }
      }
      return edits
    case .recomputation:
      return training(d.training?.recomputation?.range, "recomputation", remedy.value, d, lines)
    case .zeroStage:
      return training(d.training?.zeroStage?.range, "zero", remedy.value, d, lines)
    case .optimizer:
      return training(d.training?.optimizer?.range, "optimizer", remedy.value, d, lines)
    case .method:
      return training(d.training?.method?.range, "method", remedy.value, d, lines)
    case .microBatch:
      let parts = remedy.value.split(separator: "/").map(String.init)
      guard parts.count == 2, !foreign,
        let accumulation = training(
          d.training?.gradientAccumulation?.range, "gradient_accumulation", parts[1], d, lines)
      else { return nil }
      return (set(d.batch?.range, key: "batch", parts[0]) ?? []) + accumulation
    }
  }

  /// What a remedy does, in the words of a quick fix's title.
  public static func title(_ remedy: Remedy) -> String {
    let headroom = ByteUnits.gibString(max(remedy.estimate.perGPU.headroom, 0))
    let change: String
    switch remedy.kind {
    case .batch: change = "Set batch to \(remedy.value)"
    case .seqLen: change = "Set seq_len to \(remedy.value)"
    case .kvCache: change = "Use a \(remedy.value) KV cache"
    case .precision: change = "Use \(remedy.value) weights"
    case .tensorParallel: change = "Split over \(remedy.value) GPUs (tensor: \(remedy.value))"
    case .gpu: change = "Use \(remedy.value)"
    case .gpuLayers: change = "Offload \(remedy.value) layers (gpu_layers: \(remedy.value))"
    case .recomputation: change = "Turn on \(remedy.value) recomputation"
    case .microBatch:
      let parts = remedy.value.split(separator: "/")
      change =
        "Use micro-batch \(parts.first ?? "") with gradient_accumulation \(parts.last ?? "") (same global batch)"
    case .zeroStage: change = "Shard with ZeRO stage \(remedy.value)"
    case .optimizer: change = "Use the \(remedy.value) optimizer"
    case .method:
      change =
        "Train \(remedy.value == "qlora" ? "QLoRA adapters on an NF4 base" : "LoRA adapters")"
    }
    return "\(change) (fits with \(headroom) headroom)"
  }

  /// The first remedy that can be written of every deployment in `result` that does not
  /// fit: the fix-all of the editor and of `vramlint check --fix`.
  public static func fixAll(_ result: LintResult, gpus: [GPUSpec]) -> [(
    title: String, edits: [SourceEdit]
  )] {
    var fixes: [(title: String, edits: [SourceEdit])] = []
    for (deployment, estimate) in result.estimates where !estimate.fits {
      guard let first = remedies(deployment, gpus: gpus).first,
        let edits = edits(for: first, in: deployment, result.lines)
      else { continue }
      fixes.append((title(first), edits))
    }
    return fixes
  }

  /// A new line after the deployment's last written value, indented like its model line.
  static func append(_ text: String, to d: Deployment, _ lines: LineIndex) -> SourceEdit {
    let lastLine = lastContentLine(of: d.valueRanges, lines) ?? d.documentRange.start.line
    let anchorLine = d.model?.range.start.line ?? lastLine
    let indent = String(lines.text(ofLine: anchorLine).prefix { $0 == " " })
    let lineEnd = lines.byteRange(ofLine: lastLine).upperBound
    return SourceEdit(
      inserting: lines.lineBreak(after: lastLine) + indent + text,
      at: lines.position(byteOffset: lineEnd))
  }

  /// The last line that holds text of any of `ranges`. libyaml ends a block collection at
  /// the next token, which may sit at column 0 of a later line after blank lines and
  /// comments: step back over those so an added line lands inside the block.
  static func lastContentLine(of ranges: [SourceRange], _ lines: LineIndex) -> Int? {
    ranges.map { range -> Int in
      var line = range.end.line
      if range.end.column == 0, line > range.start.line { line -= 1 }
      while line > range.start.line {
        let text = lines.text(ofLine: line).drop { $0 == " " || $0 == "\t" }
        if !text.isEmpty, !text.hasPrefix("#"), text != "\r" { break }
        line -= 1
      }
      return line
    }.max()
  }

  /// Edits of the `training:` block: replace a written value, add a key under a block-style
  /// `training:` at its children's indent, or add `training: {key: value}` when there is no
  /// block. A flow-style block (`training: {method: lora}`) is not rewritten: inserting
  /// into it would mean re-printing the user's line.
  static func training(
    _ range: SourceRange?, _ key: String, _ value: String, _ d: Deployment, _ lines: LineIndex
  ) -> [SourceEdit]? {
    if let range { return [SourceEdit(replacingValueAt: range, with: value, in: lines)] }
    guard d.label == nil else { return nil }
    guard let training = d.training else {
      return [append("training: {\(key): \(value)}", to: d, lines)]
    }
    let firstLine = training.range.start.line
    let firstText = lines.text(ofLine: firstLine)
    let startsFlow = firstText.unicodeScalars.dropFirst(training.range.start.column).first == "{"
    guard !startsFlow, firstLine > training.keyRange.start.line else { return nil }
    let indent = String(firstText.prefix { $0 == " " })
    let lastLine = lastContentLine(of: training.valueRanges, lines) ?? firstLine
    let lineEnd = lines.byteRange(ofLine: lastLine).upperBound
    return [
      SourceEdit(
        inserting: "\(lines.lineBreak(after: lastLine))\(indent)\(key): \(value)",
        at: lines.position(byteOffset: lineEnd))
    ]
  }
}
