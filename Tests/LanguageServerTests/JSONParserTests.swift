import Foundation
import TestSupport
import Testing

@testable import LanguageServer

/// The message parser against Foundation's `JSONDecoder` (which read messages before it, and
/// which nobody here wrote): the same values for valid JSON, a refusal for invalid JSON.
@Suite struct JSONParserTests {
  static func foundation(_ text: [UInt8]) -> JSONValue? {
    try? JSONDecoder().decode(JSONValue.self, from: Data(text))
  }

  /// Numbers compare by value: Foundation reads 1.0 as the integer 1, this parser as a double.
  static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Double(x) == y
    case (.array(let x), .array(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.object(let x), .object(let y)):
      return x.keys.sorted() == y.keys.sorted() && x.allSatisfy { same($0.value, y[$0.key]!) }
    default: return a == b
    }
  }

  static let valid = [
    #"{}"#, #"[]"#, #" { "a" : [ 1 , 2.5 , -3 , true , false , null ] } "#,
    #""plain""#, #""esc \" \\ \/ \b \f \n \r \t""#, #""\u00e9\u4e2d\ud83d\ude00""#,
    #""é中😀""#, #"0"#, #"-0"#, #"1e3"#, #"1E-3"#, #"-12.5e+2"#, #"9223372036854775807"#,
    #"-9223372036854775808"#, #"9223372036854775808"#, #"123456789012345678901234567890"#,
    #"{"jsonrpc":"2.0","id":1,"method":"textDocument/didChange","params":{"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"text":"x"}]}}"#,
    "[\"tab\tless\"]".replacingOccurrences(of: "\t", with: "\\t"), #"{"a":{"b":{"c":[[[]]]}}}"#,
  ]

  @Test(arguments: valid)
  func validJSONReadsAsFoundationReadsIt(text: String) throws {
    let bytes = Array(text.utf8)
    let ours = try JSONParser.parse(bytes)
    let theirs = try #require(Self.foundation(bytes), "Foundation refused \(text)")
    #expect(Self.same(ours, theirs), "\(text): \(ours) vs \(theirs)")
  }

  static let invalid = [
    "", " ", "{", "}", "[1,]", "[,1]", #"{"a"}"#, #"{"a":}"#, #"{"a":1,}"#, #"{a:1}"#, "01", "1.",
    ".5", "+1", "1e", "--1", "tru", "nul", "truex", #""unterminated"#, #""\x""#, #""\u12""#,
    #""\u12g4""#, "\"raw\ncontrol\"", "[1] [2]", "NaN", "Infinity", "1e400", "'single'",
  ]

  @Test(arguments: invalid)
  func invalidJSONIsRefused(text: String) {
    #expect(throws: JSONParser.Failure.self, "\(text.debugDescription)") {
      try JSONParser.parse(Array(text.utf8))
    }
  }

  /// Bytes that are not UTF-8 inside a string, and lone surrogates, are no text.
  @Test func invalidTextIsRefused() {
    for bytes: [UInt8] in [
      [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x28, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22],
      Array(#""\ud800""#.utf8), Array(#""\udc00x""#.utf8), Array(#""\ud800\u0041""#.utf8),
    ] {
      #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(bytes) }
    }
  }

  /// Whatever our writer writes reads back the same: random values, deterministic seed.
  @Test func writerOutputReadsBack() throws {
    var random = SplitMix64(seed: 42)
    for _ in 0..<500 {
      let value = Self.randomValue(depth: 0, &random)
      let written = OutgoingMessage.body(.object(["v": value]))
      let read = try JSONParser.parse(written)
      #expect(Self.same(read["v"] ?? .null, value), "\(value)")
      if let theirs = Self.foundation(written) { #expect(Self.same(theirs, read)) }
    }
  }

  static func randomValue(depth: Int, _ random: inout SplitMix64) -> JSONValue {
    let pieces = ["a", "é", "中", "😀", "\"", "\\", "\n", "\u{1}", "/", " ", "\u{2028}", "\u{7F}"]
    switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &random) {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &random))
    case 2: return .int(Int.random(in: Int.min...Int.max, using: &random))
    case 3: return .double(Double.random(in: -1e300...1e300, using: &random))
    case 4:
      return .string(
        (0..<Int.random(in: 0..<8, using: &random)).map { _ in pieces.randomElement(using: &random)!
        }
        .joined())
    case 5:
      return .array(
        (0..<Int.random(in: 0..<4, using: &random)).map { _ in
          randomValue(depth: depth + 1, &random)
        })
    default:
      var members: [String: JSONValue] = [:]
      for i in 0..<Int.random(in: 0..<4, using: &random) {
        members["k\(i)\(pieces.randomElement(using: &random)!)"] = randomValue(
          depth: depth + 1, &random)
      }
      return .object(members)
    }
  }
}
