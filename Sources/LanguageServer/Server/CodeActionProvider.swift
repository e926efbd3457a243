import VRAMLint
import VRAMModel
import YAMLSource

/// Quick fixes: the planner's remedies as edits of the deployment's own lines, "disable for
/// this line", and one fix-all that applies the first remedy of every failing deployment.
enum CodeActionProvider {
  /// Rules whose findings the planner's remedies answer.
  static let fitRules: Set<String> = [
    "does-not-fit", "kv-pool-too-small", "concurrency-below-batch",
  ]

  static func actions(
    for diagnostics: [LSPDiagnostic], in document: OpenDocument, _ encoding: PositionEncoding,
    gpus: [GPUSpec]
  ) -> [CodeAction] {
    var actions: [CodeAction] = []
    let lines = document.result.lines
    for diagnostic in diagnostics where diagnostic.source == "vramlint" {
      let start = lines.sourcePosition(diagnostic.range.start, encoding)
      if fitRules.contains(diagnostic.code),
        let deployment = deployment(containing: start, in: document)
      {
        for remedy in remedies(deployment, gpus) {
          guard let edits = edits(for: remedy, in: deployment, lines, encoding) else { continue }
          actions.append(
            CodeAction(
              title: title(remedy), kind: "quickfix", diagnostics: [diagnostic],
              isPreferred: actions.isEmpty ? true : nil,
              edit: WorkspaceEdit(changes: [document.uri: edits])))
        }
      }
      actions.append(disable(diagnostic, at: start, lines, encoding, uri: document.uri))
    }
    if let all = fixAll(document, encoding, gpus: gpus) { actions.append(all) }
    return actions
  }

  static func deployment(containing position: SourcePosition, in document: OpenDocument)
    -> Deployment?
  {
    document.result.estimates.first {
      $0.deployment.documentRange.start.offset <= position.offset
        && position.offset <= $0.deployment.documentRange.end.offset
    }?.deployment
  }

  static func remedies(_ deployment: Deployment, _ gpus: [GPUSpec]) -> [Remedy] {
    guard let spec = deployment.spec else { return [] }
    return Planner.remedies(spec, gpus: gpus)
  }

  static func title(_ remedy: Remedy) -> String {
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

  /// The edits that make one change: replace the value where the key is written, else add
  /// `key: value` on a new line at the end of the deployment. In a real-world file (a
  /// Kubernetes manifest, Helm values) only a value already written is replaced: a native
  /// key appended there would be nonsense, and a GPU label or a model name that carries
  /// the precision is not a place for a catalog id.
  static func edits(
    for remedy: Remedy, in d: Deployment, _ lines: LineIndex, _ encoding: PositionEncoding
  ) -> [TextEdit]? {
    let foreign = d.label != nil
    func set(_ range: SourceRange?, key: String, _ value: String) -> [TextEdit]? {
      if let range { return [TextEdit(range: lines.lspRange(range, encoding), newText: value)] }
      return foreign ? nil : [append("\(key): \(value)", to: d, lines, encoding)]
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
      var edits: [TextEdit] = []
      if let tensor = d.tensor {
        edits.append(TextEdit(range: lines.lspRange(tensor.range, encoding), newText: remedy.value))
      } else if foreign || d.pipeline != nil {
        // A `parallel:` mapping is already written (with its pipeline): a second key would
        // be a duplicate, and rewriting the mapping is the user's call.
        return nil
      } else {
        edits.append(append("parallel: {tensor: \(remedy.value)}", to: d, lines, encoding))
      }
      if !foreign, let gpus = d.gpus, let tensor = Int(remedy.value) {
        let wanted = tensor * (d.pipeline?.value ?? 1)
        if gpus.value < wanted {
          edits.append(
            TextEdit(range: lines.lspRange(gpus.range, encoding), newText: String(wanted)))
        }
      }
      return edits
    case .recomputation:
      return TrainingEdits.set(
        d.training?.recomputation?.range, "recomputation", remedy.value, d, lines, encoding)
    case .zeroStage:
      return TrainingEdits.set(
        d.training?.zeroStage?.range, "zero", remedy.value, d, lines, encoding)
    case .optimizer:
      return TrainingEdits.set(
        d.training?.optimizer?.range, "optimizer", remedy.value, d, lines, encoding)
    case .method:
      return TrainingEdits.set(
        d.training?.method?.range, "method", remedy.value, d, lines, encoding)
    case .microBatch:
      let parts = remedy.value.split(separator: "/").map(String.init)
      guard parts.count == 2, !foreign,
        let accumulation = TrainingEdits.set(
          d.training?.gradientAccumulation?.range, "gradient_accumulation", parts[1], d, lines,
          encoding)
      else { return nil }
      return (set(d.batch?.range, key: "batch", parts[0]) ?? []) + accumulation
    }
  }

  /// A new line after the deployment's last written value, indented like its model line.
  static func append(
    _ text: String, to d: Deployment, _ lines: LineIndex, _ encoding: PositionEncoding
  ) -> TextEdit {
    let lastLine =
      lastContentLine(of: d.valueRanges, lines) ?? d.documentRange.start.line
    let anchorLine = d.model?.range.start.line ?? lastLine
    let indent = String(lines.text(ofLine: anchorLine).prefix { $0 == " " })
    let lineEnd = lines.byteRange(ofLine: lastLine).upperBound
    let at = lines.lspPosition(lines.position(byteOffset: lineEnd), encoding)
    return TextEdit(range: Range(start: at, end: at), newText: "\n" + indent + text)
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

  static func disable(
    _ diagnostic: LSPDiagnostic, at start: SourcePosition, _ lines: LineIndex,
    _ encoding: PositionEncoding, uri: String
  ) -> CodeAction {
    let indent = String(lines.text(ofLine: start.line).prefix { $0 == " " })
    let at = Position(line: start.line, character: 0)
    return CodeAction(
      title: "Disable \(diagnostic.code) for this line", kind: "quickfix",
      diagnostics: [diagnostic], isPreferred: nil,
      edit: WorkspaceEdit(changes: [
        uri: [
          TextEdit(
            range: Range(start: at, end: at),
            newText: "\(indent)# vramlint: disable-next-line \(diagnostic.code) -- reason\n")
        ]
      ]))
  }

  /// The first remedy of every deployment that does not fit, in one edit.
  static func fixAll(_ document: OpenDocument, _ encoding: PositionEncoding, gpus: [GPUSpec])
    -> CodeAction?
  {
    var edits: [TextEdit] = []
    for (deployment, estimate) in document.result.estimates where !estimate.fits {
      guard let first = remedies(deployment, gpus).first,
        let change = CodeActionProvider.edits(
          for: first, in: deployment, document.result.lines, encoding)
      else { continue }
      edits += change
    }
    guard edits.count > 0 else { return nil }
    return CodeAction(
      title: "Fix all: make every deployment in this file fit", kind: "source.fixAll.vramlint",
      diagnostics: nil, isPreferred: nil, edit: WorkspaceEdit(changes: [document.uri: edits]))
  }
}
