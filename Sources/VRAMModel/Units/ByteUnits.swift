/// Byte arithmetic and display. Everything inside the model is an `Int64` count of bytes;
/// GiB (2^30) is the display unit because it is what PyTorch, vLLM and nvidia-smi's MiB
/// figures are in. Decimal GB appears only where a source (the seed guide, a datasheet) uses it.
public enum ByteUnits {
  public static let kiB: Int64 = 1 << 10
  public static let miB: Int64 = 1 << 20
  public static let giB: Int64 = 1 << 30
  public static let gB: Int64 = 1_000_000_000

  /// `bytes` as GiB with two decimals, the precision vLLM prints ("14.99 GiB").
  public static func gibString(_ bytes: Int64, decimals: Int = 2) -> String {
    formatFixed(Double(bytes) / Double(giB), decimals: decimals) + " GiB"
  }

  /// 476016 → "476,016": token counts are read against engine logs that group digits.
  public static func grouped(_ value: Int64) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return (value < 0 ? "-" : "") + out
  }

  public static func gib(_ bytes: Int64) -> Double { Double(bytes) / Double(giB) }

  /// Rounds a Double to an Int64 byte count, clamping instead of trapping on absurd values.
  public static func bytes(_ value: Double) -> Int64 {
    guard value.isFinite else { return value > 0 ? Int64.max : 0 }
    if value >= Double(Int64.max) { return Int64.max }
    if value <= Double(Int64.min) { return Int64.min }
    return Int64(value.rounded())
  }

  /// Fixed-point formatting without Foundation's locale-dependent formatters, so output is
  /// identical on every machine.
  public static func formatFixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9.0e17 else { return String(value) }
    let integer = Int64(scaled)
    let divisor = Int64(scale)
    let whole = integer / divisor
    let fraction = integer % divisor
    let sign = value < 0 && integer != 0 ? "-" : ""
    if decimals == 0 { return "\(sign)\(whole)" }
    var fractionText = String(fraction)
    while fractionText.count < decimals { fractionText = "0" + fractionText }
    return "\(sign)\(whole).\(fractionText)"
  }
}

/// Saturating helpers: user input can be absurd (batch 10^15), and the model must answer
/// "does not fit" rather than trap on overflow.
extension Int64 {
  @inlinable func saturatingAdd(_ other: Int64) -> Int64 {
    let (result, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? .max : .min) : result
  }

  @inlinable func saturatingMultiply(_ other: Int64) -> Int64 {
    let (result, overflow) = multipliedReportingOverflow(by: other)
    return overflow ? ((self < 0) != (other < 0) ? .min : .max) : result
  }
}
