import VRAMModel
import YAMLSource

/// Reads `slo: {tokens_per_second: 40, time_to_first_token: 500ms}`. A time needs its unit:
/// a bare 500 could be milliseconds or seconds, and guessing would hide a wrong target.
extension DeploymentDecoder {
  func decodeSLO(_ node: YAMLNode, into d: inout Deployment, _ diagnostics: inout [Diagnostic]) {
    func fail(_ message: String, _ at: YAMLNode, rule: String = "wrong-type") {
      diagnostics.append(
        Diagnostic(ruleID: rule, severity: .error, message: message, range: at.reportedRange))
    }
    guard let pairs = node.pairs else {
      fail("slo is a mapping: {tokens_per_second: 40, time_to_first_token: 500ms}", node)
      return
    }
    for pair in pairs {
      let key = pair.key.scalar?.value ?? "?"
      switch key {
      case "tokens_per_second":
        guard let text = string(pair.value, "slo tokens_per_second", &diagnostics) else { continue }
        guard let rate = Double(text), rate.isFinite, rate > 0, rate <= 1e9 else {
          fail("slo tokens_per_second '\(text)' is not a positive rate", pair.value)
          continue
        }
        d.sloTokensPerSecond = Located(rate, pair.value.reportedRange)
      case "time_to_first_token":
        guard let text = string(pair.value, "slo time_to_first_token", &diagnostics) else {
          continue
        }
        guard let seconds = Self.duration(text), seconds > 0 else {
          fail(
            "slo time_to_first_token '\(text)' is not a duration; write 500ms or 2s", pair.value)
          continue
        }
        d.sloTimeToFirstToken = Located(seconds, pair.value.reportedRange)
      default:
        fail(
          "unknown key '\(key)' in slo; known: tokens_per_second, time_to_first_token", pair.key,
          rule: "unknown-key")
      }
    }
  }

  /// "500ms" → 0.5, "2s" → 2, "1.5 s" → 1.5; nil without a unit.
  static func duration(_ text: String) -> Double? {
    let t = text.lowercased().filter { $0 != " " }
    let (number, scale): (Substring, Double) =
      t.hasSuffix("ms") ? (t.dropLast(2), 0.001) : t.hasSuffix("s") ? (t.dropLast(1), 1) : ("", 0)
    guard scale > 0, let value = Double(number), value.isFinite else { return nil }
    return value * scale
  }
}
