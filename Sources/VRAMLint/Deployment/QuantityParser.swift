import Foundation

/// Parses the quantities users write on the command line and in files.
public enum QuantityParser {
  /// Memory sizes: `24GiB`, `80GB`, `512MiB`, `24G` (binary), `1.5TiB`, or a bare byte count.
  /// GB/MB/TB are decimal, GiB/MiB/TiB and the one-letter forms are binary (as nvidia-smi's
  /// "MiB" and Kubernetes' "Gi").
  public static func bytes(_ text: String) -> Int64? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let number = trimmed.prefix { $0.isNumber || $0 == "." }
    let unit = trimmed.dropFirst(number.count).trimmingCharacters(in: .whitespaces).lowercased()
    guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
    let multiplier: Double
    switch unit {
    case "", "b": multiplier = 1
    case "kb": multiplier = 1e3
    case "mb": multiplier = 1e6
    case "gb": multiplier = 1e9
    case "tb": multiplier = 1e12
    case "k", "ki", "kib": multiplier = 1024
    case "m", "mi", "mib": multiplier = 1_048_576
    case "g", "gi", "gib": multiplier = 1_073_741_824
    case "t", "ti", "tib": multiplier = 1_099_511_627_776
    default: return nil
    }
    let bytes = value * multiplier
    guard bytes < 9.0e18 else { return nil }
    return Int64(bytes.rounded())
  }

  /// Token counts: `8192`, `8k` (8000, decimal as vLLM reads it), `8K` / `8Ki` (8192), `1m`
  /// (1,000,000), `1M` (1,048,576). FORMATS.md §1: lower-case is decimal, upper-case binary.
  public static func tokens(_ text: String) -> Int? {
    // Byte-level: this runs for every seq_len of every file `check` reads.
    var text = text
    return text.withUTF8 { utf8 -> Int? in
      var start = 0
      var end = utf8.count
      while start < end, utf8[start] == 0x20 { start += 1 }
      while end > start, utf8[end - 1] == 0x20 { end -= 1 }
      var numberEnd = start
      var integer = 0
      var isInteger = true
      while numberEnd < end, utf8[numberEnd] == 0x2E || (0x30...0x39).contains(utf8[numberEnd]) {
        let byte = utf8[numberEnd]
        if byte == 0x2E {
          isInteger = false
        } else if isInteger {
          let (times, o1) = integer.multipliedReportingOverflow(by: 10)
          let (sum, o2) = times.addingReportingOverflow(Int(byte - 0x30))
          if o1 || o2 { isInteger = false } else { integer = sum }
        }
        numberEnd += 1
      }
      guard numberEnd > start else { return nil }
      let value: Double
      if isInteger {
        value = Double(integer)
      } else {
        guard
          let parsed = Double(
            String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<numberEnd]), as: UTF8.self))
        else { return nil }
        value = parsed
      }
      let unit = UnsafeBufferPointer(rebasing: utf8[numberEnd..<end])
      let multiplier: Double
      switch (unit.count, unit.first ?? 0, unit.count == 2 ? unit[1] : 0) {
      case (0, _, _): multiplier = 1
      case (1, UInt8(ascii: "k"), _): multiplier = 1e3
      case (1, UInt8(ascii: "K"), _), (2, UInt8(ascii: "K"), UInt8(ascii: "i")),
        (2, UInt8(ascii: "k"), UInt8(ascii: "i")):
        multiplier = 1024
      case (1, UInt8(ascii: "m"), _): multiplier = 1e6
      case (1, UInt8(ascii: "M"), _), (2, UInt8(ascii: "M"), UInt8(ascii: "i")),
        (2, UInt8(ascii: "m"), UInt8(ascii: "i")):
        multiplier = 1_048_576
      default: return nil
      }
      let tokens = value * multiplier
      guard value.isFinite, tokens < 1e15, tokens == tokens.rounded() else { return nil }
      if isInteger, multiplier == 1 { return integer }
      return Int(tokens)
    }
  }

  /// Parameter counts: `7e9`, `7B`, `70b`, `1.5T`, `6738415616`.
  public static func parameters(_ text: String) -> Int64? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    var value: Double
    if let plain = Double(trimmed) {
      value = plain
    } else {
      guard let last = trimmed.last, let number = Double(trimmed.dropLast()) else { return nil }
      switch last {
      case "b", "B": value = number * 1e9
      case "m", "M": value = number * 1e6
      case "t", "T": value = number * 1e12
      default: return nil
      }
    }
    // Finite and representable: "1e30", "infB" and "nan" are not parameter counts.
    guard value.isFinite, value > 0, value < 9e18 else { return nil }
    return Int64(value.rounded())
  }

}
