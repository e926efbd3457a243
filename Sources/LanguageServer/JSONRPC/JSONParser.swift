/// RFC 8259 JSON text → `JSONValue`, in one pass over the bytes. Foundation's `JSONDecoder`
/// decodes an enum like `JSONValue` by trying each case and throwing for every miss: an
/// 11 MB `didChange` of 100,000 changes took 9 s there. Here the same message takes a small
/// fraction of it. Integers stay integers while they fit in Int; past that, and with a
/// fraction or an exponent, numbers are doubles (as `JSONDecoder` made them). Nesting is
/// bounded by the caller (`IncomingMessage.maxNesting`), so the recursion is shallow.
struct JSONParser {
  struct Failure: Error, Equatable {
    let offset: Int
    let reason: String
  }

  private let bytes: [UInt8]
  private var index = 0

  static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    let value = try parser.value()
    parser.skipWhitespace()
    guard parser.index == bytes.count else { throw parser.fail("text after the value") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func fail(_ reason: String) -> Failure { Failure(offset: index, reason: reason) }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func value() throws(Failure) -> JSONValue {
    guard index < bytes.count else { throw fail("a value was expected") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw fail("a value was expected")
    }
  }

  private mutating func literal(_ word: String, _ value: JSONValue) throws(Failure) -> JSONValue {
    for expected in word.utf8 {
      guard index < bytes.count, bytes[index] == expected else {
        throw fail("a value was expected")
      }
      index += 1
    }
    return value
  }

  private mutating func object() throws(Failure) -> JSONValue {
    var members: [String: JSONValue] = [:]
    try commaSeparated(closedBy: UInt8(ascii: "}"), named: "'}'") {
      (parser: inout Self) throws(Failure) in
      guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"")
      else { throw parser.fail("a member name was expected") }
      let key = try parser.string()
      parser.skipWhitespace()
      guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: ":")
      else { throw parser.fail("':' was expected") }
      parser.index += 1
      parser.skipWhitespace()
      members[key] = try parser.value()
    }
    return .object(members)
  }

  private mutating func array() throws(Failure) -> JSONValue {
    var elements: [JSONValue] = []
    try commaSeparated(closedBy: UInt8(ascii: "]"), named: "']'") {
      (parser: inout Self) throws(Failure) in
      elements.append(try parser.value())
    }
    return .array(elements)
  }

  /// The comma-separated elements of an object or array whose opening bracket is at
  /// `index`, each read by `element` (called at its first byte), up to and past `close`.
  private mutating func commaSeparated(
    closedBy close: UInt8, named closeName: String, _ element: (inout Self) throws(Failure) -> Void
  ) throws(Failure) {
    index += 1  // { or [
    skipWhitespace()
    if index < bytes.count, bytes[index] == close {
      index += 1
      return
    }
    while true {
      skipWhitespace()
      try element(&self)
      skipWhitespace()
      guard index < bytes.count else { throw fail("\(closeName) was expected") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == close {
        index += 1
        return
      } else {
        throw fail("',' or \(closeName) was expected")
      }
    }
  }

  /// A string at `index` (its opening quote); escapes decoded, UTF-8 validated.
  private mutating func string() throws(Failure) -> String {
    index += 1  // "
    let start = index
    // The common case: no escapes. The bytes are validated once, as one String.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = try validated(bytes[start..<index])
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw fail("a control character in a string") }
      index += 1
    }
    var decoded = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return try validated(decoded[...])
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { throw fail("an unfinished escape") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"): decoded.append(contentsOf: try unicodeEscape())
        default: throw fail("an unknown escape")
        }
      default:
        if byte < 0x20 { throw fail("a control character in a string") }
        decoded.append(byte)
        index += 1
      }
    }
    throw fail("an unterminated string")
  }

  private func validated(_ slice: ArraySlice<UInt8>) throws(Failure) -> String {
    guard let text = String(validating: slice, as: UTF8.self) else {
      throw fail("a string that is not UTF-8")
    }
    return text
  }

  /// `\uXXXX`, after its `u`, as UTF-8; a surrogate pair is two escapes. A lone surrogate
  /// is no Unicode scalar and is refused.
  private mutating func unicodeEscape() throws(Failure) -> [UInt8] {
    let first = try hex4()
    var scalarValue = first
    if (0xD800...0xDBFF).contains(first) {
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else { throw fail("a lone surrogate in a \\u escape") }
      index += 2
      let second = try hex4()
      guard (0xDC00...0xDFFF).contains(second) else {
        throw fail("a lone surrogate in a \\u escape")
      }
      scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw fail("a lone surrogate in a \\u escape")
    }
    return Array(String(Character(scalar)).utf8)
  }

  private mutating func hex4() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else { throw fail("a short \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw fail("a \\u escape that is not hexadecimal")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  /// RFC 8259 §6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  private mutating func number() throws(Failure) -> JSONValue {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw fail("a number was expected") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    var isInteger = true
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw fail("a digit after '.'") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw fail("a digit in the exponent")
      }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger, let integer = Int(text) { return .int(integer) }
    guard let double = Double(text), double.isFinite else {
      throw fail("a number out of range")
    }
    return .double(double)
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
