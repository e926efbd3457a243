import VRAMModel
import YAMLSource

/// Reads what `kv_cache:` keeps besides its precision: `window`, `budget` with `sinks`, or
/// `keep` (a fraction or a percentage). One policy per cache: a second is an error at its
/// own key.
extension DeploymentDecoder {
  static let kvCacheKeys = ["precision", "window", "budget", "sinks", "keep"]

  func decodeKVPolicy(_ node: YAMLNode, _ diagnostics: inout [Diagnostic])
    -> Located<KVCachePolicy>?
  {
    var policy: Located<KVCachePolicy>?
    var sinks: Located<Int>?
    func set(_ value: KVCachePolicy, _ at: YAMLNode) {
      if policy != nil {
        diagnostics.append(
          Diagnostic(
            ruleID: "conflicting-setting", severity: .error,
            message: "kv_cache keeps one of window, budget or keep, not several",
            range: at.reportedRange))
        return
      }
      policy = Located(value, at.reportedRange)
    }
    for pair in node.pairs ?? [] {
      let key = pair.key.scalar?.value ?? "?"
      switch key {
      case "precision": continue
      case "window":
        if let n = integer(pair.value, "kv_cache window", in: 1...100_000_000, &diagnostics) {
          set(.window(tokens: n.value), pair.value)
        }
      case "budget":
        if let n = integer(pair.value, "kv_cache budget", in: 1...100_000_000, &diagnostics) {
          set(.budget(tokens: n.value, sinks: 4), pair.value)
        }
      case "sinks": sinks = integer(pair.value, "kv_cache sinks", in: 0...1_000_000, &diagnostics)
      case "keep":
        guard let text = string(pair.value, "kv_cache keep", &diagnostics) else { continue }
        let percent = text.hasSuffix("%")
        let digits = percent ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
        let fraction = Double(digits).map { percent ? $0 / 100 : $0 } ?? .nan
        guard fraction > 0, fraction <= 1 else {
          diagnostics.append(
            Diagnostic(
              ruleID: "out-of-range", severity: .error,
              message:
                "kv_cache keep '\(text)' is not a fraction in (0, 1] or a percentage such as 25%",
              range: pair.value.reportedRange))
          continue
        }
        set(.keep(fraction: fraction), pair.value)
      default:
        diagnostics.append(
          Diagnostic(
            ruleID: "unknown-key", severity: .error,
            message: "unknown key '\(key)' in kv_cache; known: "
              + Self.kvCacheKeys.joined(separator: ", "),
            range: pair.key.reportedRange))
      }
    }
    if let sinks {
      guard case .budget(let tokens, _)? = policy?.value, let range = policy?.range else {
        diagnostics.append(
          Diagnostic(
            ruleID: "conflicting-setting", severity: .error,
            message: "sinks belong to a StreamingLLM budget: add budget: <tokens>",
            range: sinks.range))
        return policy
      }
      guard sinks.value < tokens else {
        diagnostics.append(
          Diagnostic(
            ruleID: "out-of-range", severity: .error,
            message: "\(sinks.value) attention sinks leave no room in a budget of \(tokens) tokens",
            range: sinks.range))
        return nil
      }
      return Located(.budget(tokens: tokens, sinks: sinks.value), range)
    }
    return policy
  }
}
