import Foundation
import VRAMModel
import YAMLSource

/// Decodes one YAML document of the native format into a `Deployment`, reporting every bad
/// value at its own characters instead of stopping at the first.
public struct DeploymentDecoder: Sendable {
  public let models: NamedCatalog<ModelCard>
  public let gpus: NamedCatalog<GPUSpec>
  /// Where a relative model path (`model: ./llama.gguf`) is looked up: the linted file's
  /// folder. Nil for text without a file (standard input): then paths are relative to the
  /// working directory.
  public let baseDirectory: String?

  public init(
    models: NamedCatalog<ModelCard>, gpus: NamedCatalog<GPUSpec>, baseDirectory: String? = nil
  ) {
    self.models = models
    self.gpus = gpus
    self.baseDirectory = baseDirectory
  }

  /// Keys of the native format (FORMATS.md §1) and what each takes.
  public static let keys: [String: String] = [
    "model": "catalog id or alias", "params": "parameter count (7e9, 7B)",
    "precision": "weight precision",
    "kv_cache": "KV cache precision, or {precision, window, budget, sinks, keep}",
    "batch": "concurrent sequences", "seq_len": "tokens per sequence (8192, 8k, 8K)",
    "gpu": "catalog GPU, or {name, memory, bandwidth, tflops_fp16}", "gpus": "GPUs per replica",
    "parallel": "{tensor, pipeline}", "engine": "inference engine",
    "engine_version": "release (0.19.0)",
    "memory_utilization": "fraction in (0, 1]", "max_num_seqs": "vLLM max_num_seqs",
    "max_num_batched_tokens": "vLLM max_num_batched_tokens", "gpu_layers": "llama.cpp -ngl",
    "mode": "inference or training", "training": "training settings (mode: training)",
    "quantization": "dynamic or static", "slo": "{tokens_per_second, time_to_first_token}",
  ]

  public func decode(_ document: YAMLDocument) -> (Deployment?, [Diagnostic]) {
    var d = Deployment(documentRange: document.range)
    var diagnostics: [Diagnostic] = []
    func report(
      _ rule: String, _ message: String, _ node: YAMLNode, severity: Diagnostic.Severity = .error
    ) {
      diagnostics.append(
        Diagnostic(ruleID: rule, severity: severity, message: message, range: node.reportedRange))
    }
    guard let root = document.root else { return (nil, []) }
    guard let pairs = root.pairs else {
      report("wrong-type", "a deployment is a mapping of keys such as model, gpu, batch", root)
      return (nil, diagnostics)
    }

    for pair in pairs {
      guard let key = pair.key.scalar?.value else {
        report("wrong-type", "keys are plain words such as model or gpu", pair.key)
        continue
      }
      let value = pair.value
      switch key {
      case "model":
        guard let name = string(value, key, &diagnostics) else { continue }
        let before = diagnostics.count
        if let card = models.lookup(name) {
          d.model = Located(card, value.reportedRange)
        } else if let local = readLocalModel(name, value, &diagnostics) {
          d.model = Located(local, value.reportedRange)
        } else if diagnostics.count > before {
          continue  // an unreadable model file, already reported
        } else {
          report(
            "unknown-model", "unknown model '\(name)'" + suggestion(models.nearestNames(to: name)),
            value)
        }
      case "params":
        guard let text = string(value, key, &diagnostics) else { continue }
        if let count = QuantityParser.parameters(text) {
          d.params = Located(count, value.reportedRange)
        } else {
          report(
            "wrong-type", "params '\(text)' is not a parameter count; write e.g. 7e9 or 7B", value)
        }
      case "precision":
        guard let text = string(value, key, &diagnostics) else { continue }
        if let format = WeightFormat.parse(text) {
          d.precision = Located(format, value.reportedRange)
        } else {
          report(
            "unknown-precision",
            "unknown precision '\(text)'" + suggestion(nearest(text, WeightFormat.knownNames)),
            value)
        }
      case "kv_cache":
        var node = value
        if value.pairs != nil {
          d.kvPolicy = decodeKVPolicy(value, &diagnostics)
          guard let precision = value["precision"] else { continue }
          node = precision
        }
        guard let text = string(node, key, &diagnostics) else { continue }
        if text.lowercased() == "auto" { continue }
        if let format = KVCacheFormat.parse(text) {
          d.kvCache = Located(format, node.reportedRange)
        } else {
          report(
            "unknown-precision",
            "unknown KV cache precision '\(text)'"
              + suggestion(nearest(text, KVCacheFormat.knownNames)),
            node)
        }
      case "batch": d.batch = integer(value, key, in: 1...1_000_000, &diagnostics)
      case "seq_len":
        guard let text = string(value, key, &diagnostics) else { continue }
        guard let tokens = QuantityParser.tokens(text) else {
          report(
            "wrong-type",
            "seq_len '\(text)' is not a token count; write 8192, 8k (8000) or 8K (8192)", value)
          continue
        }
        guard (1...100_000_000).contains(tokens) else {
          report("out-of-range", "seq_len \(tokens) is outside 1…100,000,000 tokens", value)
          continue
        }
        d.seqLen = Located(tokens, value.reportedRange)
      case "gpu": d.gpu = decodeGPU(value, &diagnostics)
      case "gpus": d.gpus = integer(value, key, in: 1...1_000_000, &diagnostics)
      case "parallel":
        guard let inner = value.pairs else {
          report("wrong-type", "parallel is a mapping: {tensor: 2, pipeline: 1}", value)
          continue
        }
        for p in inner {
          switch p.key.scalar?.value {
          case "tensor": d.tensor = integer(p.value, "tensor", in: 1...1024, &diagnostics)
          case "pipeline": d.pipeline = integer(p.value, "pipeline", in: 1...1024, &diagnostics)
          case "data": _ = integer(p.value, "data", in: 1...1_000_000, &diagnostics)
          default:
            report(
              "unknown-key",
              "unknown key '\(p.key.scalar?.value ?? "?")' in parallel; known: tensor, pipeline, data",
              p.key)
          }
        }
      case "engine":
        guard let text = string(value, key, &diagnostics) else { continue }
        if let engine = EngineKind.parse(text) {
          d.engine = Located(engine, value.reportedRange)
        } else {
          report(
            "unknown-engine",
            "unknown engine '\(text)'; known: "
              + EngineKind.allCases.map(\.rawValue).joined(separator: ", "), value)
        }
      case "engine_version":
        guard let text = string(value, key, &diagnostics) else { continue }
        if EngineVersion(text) != nil {
          d.engineVersion = Located(text, value.reportedRange)
        } else {
          report(
            "wrong-type", "engine_version '\(text)' is not a release number like 0.19.0", value)
        }
      case "memory_utilization":
        guard let text = string(value, key, &diagnostics) else { continue }
        guard let fraction = Double(text), fraction.isFinite else {
          report("wrong-type", "memory_utilization '\(text)' is not a number", value)
          continue
        }
        guard fraction > 0, fraction <= 1 else {
          report(
            "out-of-range",
            "memory_utilization \(text) is outside (0, 1]: it is a fraction of the GPU's memory",
            value)
          continue
        }
        d.memoryUtilization = Located(fraction, value.reportedRange)
      case "max_num_seqs": d.maxNumSeqs = integer(value, key, in: 1...10_000_000, &diagnostics)
      case "max_num_batched_tokens":
        d.maxNumBatchedTokens = integer(value, key, in: 1...10_000_000, &diagnostics)
      case "gpu_layers": d.gpuLayers = integer(value, key, in: 0...100_000, &diagnostics)
      case "mode":
        guard let text = string(value, key, &diagnostics) else { continue }
        switch text.lowercased() {
        case "inference", "serving", "serve": d.mode = Located(.inference, value.reportedRange)
        case "training", "train", "fine-tuning", "finetuning":
          d.mode = Located(.training, value.reportedRange)
        default:
          report(
            "unknown-value", "unknown mode '\(text)'; known: inference, training", value)
        }
      case "training":
        d.training = decodeTraining(value, key: pair.key, &diagnostics)
      case "quantization":
        guard let text = string(value, key, &diagnostics) else { continue }
        if let mode = Deployment.QuantizationMode(rawValue: text.lowercased()) {
          d.quantization = Located(mode, value.reportedRange)
        } else {
          report("unknown-value", "unknown quantization '\(text)'; known: dynamic, static", value)
        }
      case "slo": decodeSLO(value, into: &d, &diagnostics)
      default:
        report(
          "unknown-key",
          "unknown key '\(key)'"
            + {
              let near = nearest(key, Array(Self.keys.keys))
              return near.isEmpty
                ? "; known keys: " + Self.keys.keys.sorted().joined(separator: ", ")
                : suggestion(near)
            }(),
          pair.key)
      }
    }
    if d.mode?.value == .inference, let training = d.training {
      diagnostics.append(
        Diagnostic(
          ruleID: "conflicting-setting", severity: .warning,
          message: "training settings are ignored: mode is inference", range: training.keyRange,
          related: d.mode.map { [Diagnostic.Related(range: $0.range, message: "mode set here")] }
            ?? []))
    }
    return (d, diagnostics)
  }

  // MARK: - Values

  /// A model path read from disk; a file that is there but unreadable is reported at the
  /// value (its error names the byte), and nil is returned.
  func readLocalModel(_ name: String, _ node: YAMLNode, _ diagnostics: inout [Diagnostic])
    -> ModelCard?
  {
    do {
      return try localModel(name)
    } catch {
      diagnostics.append(
        Diagnostic(
          ruleID: "unreadable-model", severity: .error,
          message: "cannot read the model at '\(name)': \(error)", range: node.reportedRange))
      return nil
    }
  }

  func string(_ node: YAMLNode, _ key: String, _ diagnostics: inout [Diagnostic]) -> String? {
    guard let scalar = node.scalar, !scalar.isNull else {
      diagnostics.append(
        Diagnostic(
          ruleID: "wrong-type", severity: .error,
          message:
            "\(key) takes a single value (\(Self.keys[key] ?? "a scalar")), not \(shape(node))",
          range: node.reportedRange))
      return nil
    }
    return Self.trimmed(scalar.value)
  }

  func integer(
    _ node: YAMLNode, _ key: String, in range: ClosedRange<Int>, _ diagnostics: inout [Diagnostic]
  )
    -> Located<Int>?
  {
    guard let text = string(node, key, &diagnostics) else { return nil }
    // YAML 1.1 allows 1_000 digit separators.
    guard let value = Int(text.utf8.contains(0x5F) ? String(text.filter { $0 != "_" }) : text)
    else {
      diagnostics.append(
        Diagnostic(
          ruleID: "wrong-type", severity: .error, message: "\(key) '\(text)' is not a whole number",
          range: node.reportedRange))
      return nil
    }
    guard range.contains(value) else {
      diagnostics.append(
        Diagnostic(
          ruleID: "out-of-range", severity: .error,
          message: "\(key) \(value) is outside \(range.lowerBound)…\(range.upperBound)",
          range: node.reportedRange))
      return nil
    }
    return Located(value, node.reportedRange)
  }

  func decodeGPU(_ node: YAMLNode, _ diagnostics: inout [Diagnostic]) -> Located<GPUSpec>? {
    if let pairs = node.pairs {
      var name = "custom"
      var memory: Int64?
      var bandwidth = 0.0
      var tflops = 0.0
      for p in pairs {
        let key = p.key.scalar?.value ?? "?"
        guard let text = string(p.value, "gpu.\(key)", &diagnostics) else { continue }
        switch key {
        case "name": name = text
        case "memory":
          if let bytes = QuantityParser.bytes(text), bytes > 0 {
            memory = bytes
          } else {
            diagnostics.append(
              Diagnostic(
                ruleID: "wrong-type", severity: .error,
                message: "gpu memory '\(text)' is not a size; write e.g. 24GiB, 80GB or 512MiB",
                range: p.value.reportedRange))
          }
        case "bandwidth": bandwidth = Double(text.filter { $0.isNumber || $0 == "." }) ?? 0
        case "tflops_fp16": tflops = Double(text) ?? 0
        default:
          diagnostics.append(
            Diagnostic(
              ruleID: "unknown-key", severity: .error,
              message: "unknown key '\(key)' in gpu; known: name, memory, bandwidth, tflops_fp16",
              range: p.key.reportedRange))
        }
      }
      if let base = gpus.lookup(name) {
        var gpu = base
        if let memory { gpu.memoryBytes = memory }
        return Located(gpu, node.reportedRange)
      }
      guard let memory else {
        diagnostics.append(
          Diagnostic(
            ruleID: "missing-field", severity: .error,
            message: "a custom gpu needs its memory, e.g. {name: my-card, memory: 24GiB}",
            range: node.reportedRange))
        return nil
      }
      return Located(
        GPUSpec(id: name, memoryBytes: memory, bandwidthGBps: bandwidth, fp16TFLOPS: tflops),
        node.reportedRange)
    }
    guard let name = string(node, "gpu", &diagnostics) else { return nil }
    if let gpu = gpus.lookup(name) { return Located(gpu, node.reportedRange) }
    diagnostics.append(
      Diagnostic(
        ruleID: "unknown-gpu", severity: .error,
        message: "unknown GPU '\(name)'" + suggestion(gpus.nearestNames(to: name))
          + "; or describe it: {name: \(name), memory: 24GiB}",
        range: node.reportedRange))
    return nil
  }

  /// Spaces and tabs off both ends, without Foundation (every value of every file).
  /// Without leading and trailing spaces and tabs. Works on UTF-8 bytes (spaces and tabs
  /// are ASCII, so the cut falls on character boundaries) and returns the text itself when
  /// there is nothing to cut, the usual case.
  static func trimmed(_ text: String) -> String {
    let utf8 = text.utf8
    let blank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    guard let first = utf8.first, let last = utf8.last else { return "" }
    if !blank(first), !blank(last) { return text }
    guard let start = utf8.firstIndex(where: { !blank($0) }),
      let end = utf8.lastIndex(where: { !blank($0) })
    else { return "" }
    return String(text[start..<utf8.index(after: end)])
  }

  func shape(_ node: YAMLNode) -> String {
    switch node.content {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar(let s): return s.isNull ? "null" : "'\(s.value)'"
    }
  }

  func suggestion(_ names: [String]) -> String {
    names.isEmpty ? "" : "; did you mean " + names.map { "'\($0)'" }.joined(separator: ", ") + "?"
  }

  func nearest(_ text: String, _ names: [String]) -> [String] {
    guard let catalog = try? NamedCatalog(names, names: { [$0] }) else { return [] }
    return catalog.nearestNames(to: text, limit: 2)
  }
}
