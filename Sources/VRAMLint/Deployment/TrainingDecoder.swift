import VRAMModel
import YAMLSource

/// Reads the `training:` block (FORMATS.md §1, training mode).
extension DeploymentDecoder {
  func decodeTraining(_ node: YAMLNode, key: YAMLNode, _ diagnostics: inout [Diagnostic])
    -> TrainingFields?
  {
    guard let pairs = node.pairs else {
      diagnostics.append(
        Diagnostic(
          ruleID: "wrong-type", severity: .error,
          message: "training is a mapping: {method: lora, optimizer: adamw-8bit, …}",
          range: node.reportedRange))
      return nil
    }
    var t = TrainingFields(range: node.reportedRange, keyRange: key.reportedRange)
    func bad(_ message: String, _ at: YAMLNode, rule: String = "wrong-type") {
      diagnostics.append(
        Diagnostic(ruleID: rule, severity: .error, message: message, range: at.reportedRange))
    }
    func choice<T>(_ value: YAMLNode, _ name: String, _ parse: (String) -> T?) -> Located<T>? {
      guard let text = string(value, name, &diagnostics) else { return nil }
      guard let parsed = parse(text) else {
        bad(
          "unknown \(name) '\(text)'; known: \(TrainingFields.keys[name] ?? "")", value,
          rule: "unknown-value")
        return nil
      }
      return Located(parsed, value.reportedRange)
    }
    func flag(_ value: YAMLNode, _ name: String) -> Located<Bool>? {
      choice(value, name) { text in
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
      }
    }
    for pair in pairs {
      let value = pair.value
      t.valueRanges.append(value.reportedRange)
      switch pair.key.scalar?.value {
      case "method":
        t.method = choice(value, "method") { TrainingOptions.Method(rawValue: $0.lowercased()) }
      case "lora": decodeLoRA(value, into: &t, &diagnostics)
      case "optimizer":
        t.optimizer = choice(value, "optimizer", TrainingOptions.Optimizer.parse)
        t.pagedOptimizer = value.scalar.map { TrainingOptions.Optimizer.isPaged($0.value) } ?? false
      case "precision":
        t.precision = choice(value, "precision") { text in
          switch text.lowercased() {
          case "mixed", "amp", "bf16-mixed", "fp16-mixed", "mixed-bf16", "mixed-fp16": return .mixed
          case "bf16", "pure-bf16", "bf16-true": return .bf16
          case "fp32", "float32", "32": return .fp32
          default: return nil
          }
        }
      case "gradients":
        t.gradients = choice(value, "gradients") { text in
          switch text.lowercased() {
          case "fp32", "float32": return 4
          case "bf16", "fp16", "bfloat16", "float16": return 2
          default: return nil
          }
        }
      case "recomputation":
        t.recomputation = choice(value, "recomputation") { text in
          switch text.lowercased() {
          case "none", "off", "false", "no": return TrainingOptions.Recomputation.none
          case "selective": return .selective
          case "full", "on", "true", "gradient_checkpointing": return .full
          default: return nil
          }
        }
      case "flash_attention": t.flashAttention = flag(value, "flash_attention")
      case "gradient_accumulation":
        t.gradientAccumulation = integer(
          value, "gradient_accumulation", in: 1...1_000_000, &diagnostics)
      case "zero": t.zeroStage = integer(value, "zero", in: 0...3, &diagnostics)
      case "double_quantization": t.doubleQuantization = flag(value, "double_quantization")
      default:
        let name = pair.key.scalar?.value ?? "?"
        bad(
          "unknown key '\(name)' in training; known: "
            + TrainingFields.keys.keys.sorted().joined(separator: ", "), pair.key,
          rule: "unknown-key")
      }
    }
    let adapters = t.loraRank != nil || t.loraTargets != nil
    if let method = t.method, method.value == .full, adapters {
      bad(
        "lora settings need method lora or qlora; this run trains every weight", node,
        rule: "conflicting-setting")
    }
    if t.method?.value != .qlora, let dq = t.doubleQuantization {
      diagnostics.append(
        Diagnostic(
          ruleID: "conflicting-setting", severity: .error,
          message: "double_quantization is a QLoRA setting; set method: qlora", range: dq.range))
      t.doubleQuantization = nil
    }
    if t.method?.value == .full {
      t.loraRank = nil
      t.loraTargets = nil
    }
    return t
  }

  func decodeLoRA(_ node: YAMLNode, into t: inout TrainingFields, _ diagnostics: inout [Diagnostic])
  {
    guard let pairs = node.pairs else {
      diagnostics.append(
        Diagnostic(
          ruleID: "wrong-type", severity: .error,
          message:
            "lora is a mapping: {rank: 16, targets: [q_proj, v_proj]} or targets: all-linear",
          range: node.reportedRange))
      return
    }
    for pair in pairs {
      switch pair.key.scalar?.value {
      case "rank", "r": t.loraRank = integer(pair.value, "lora rank", in: 1...65_536, &diagnostics)
      case "targets", "target_modules":
        if let items = pair.value.items {
          var modules: Set<LoRATargets.Module> = []
          for item in items {
            guard let text = string(item, "targets", &diagnostics) else { continue }
            if let module = LoRATargets.Module.parse(text) {
              modules.insert(module)
            } else {
              diagnostics.append(
                Diagnostic(
                  ruleID: "unknown-value", severity: .error,
                  message:
                    "unknown LoRA target '\(text)'; known: "
                    + LoRATargets.Module.allCases.map(\.rawValue).joined(separator: ", "),
                  range: item.reportedRange))
            }
          }
          if !modules.isEmpty {
            t.loraTargets = Located(LoRATargets(modules), pair.value.reportedRange)
          }
        } else if let text = string(pair.value, "targets", &diagnostics) {
          switch text.lowercased() {
          case "all-linear", "all_linear", "all":
            t.loraTargets = Located(.allLinear, pair.value.reportedRange)
          case "attention":
            t.loraTargets = Located(LoRATargets([.q, .k, .v, .o]), pair.value.reportedRange)
          default:
            if let module = LoRATargets.Module.parse(text) {
              t.loraTargets = Located(LoRATargets([module]), pair.value.reportedRange)
            } else {
              diagnostics.append(
                Diagnostic(
                  ruleID: "unknown-value", severity: .error,
                  message:
                    "unknown LoRA targets '\(text)'; write all-linear, attention or a list such as [q_proj, v_proj]",
                  range: pair.value.reportedRange))
            }
          }
        }
      default:
        diagnostics.append(
          Diagnostic(
            ruleID: "unknown-key", severity: .error,
            message: "unknown key '\(pair.key.scalar?.value ?? "?")' in lora; known: rank, targets",
            range: pair.key.reportedRange))
      }
    }
  }
}
