/// Writes a `JSONValue` as compact JSON (RFC 8259) with object keys sorted, so output is
/// stable for tests and logs. Foundation's `JSONEncoder` took as long as linting a
/// 10,000-line file to write its diagnostics; this writes bytes directly.
enum JSONWriter {
  static func bytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    write(value, into: &out)
    return out
  }

  static func write(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .int(let number): writeInteger(number, into: &out)
    case .double(let number):
      // Swift's description is the shortest text that reads back as the same Double, and
      // is valid JSON for finite numbers ("0.1", "1e-05", "2.0"); JSON has no NaN or ∞.
      out.append(contentsOf: (number.isFinite ? number.description : "null").utf8)
    case .string(let text): writeString(text, into: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      var first = true
      for element in elements {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        write(element, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      var first = true
      for (key, member) in members.sorted(by: { $0.key < $1.key }) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        write(member, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  static func writeInteger(_ number: Int, into out: inout [UInt8]) {
    if number >= 0, number < 10 {
      out.append(UInt8(ascii: "0") + UInt8(number))
      return
    }
    out.append(contentsOf: String(number).utf8)
  }

  private static let hex = Array("0123456789abcdef".utf8)

  /// Quotes, backslashes and control characters escaped; all else (including "/" and
  /// non-ASCII) as UTF-8. Runs that need no escape are copied in one piece.
  static func writeString(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      for (index, byte) in bytes.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        runStart = index + 1
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
          out.append(contentsOf: "u00".utf8)
          out.append(hex[Int(byte >> 4)])
          out.append(hex[Int(byte & 0xF)])
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
