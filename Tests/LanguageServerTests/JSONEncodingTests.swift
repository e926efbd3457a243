import Foundation
import Testing

@testable import LanguageServer

/// Our JSON path (Encodable → JSONValue → bytes) against Foundation's JSONEncoder and
/// JSONDecoder, which it replaced for speed: the same values, and text Foundation reads back.
@Suite struct JSONEncodingTests {
  /// What Foundation makes of `value`: encode to bytes, read back as a JSONValue.
  func foundation<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
  }

  func numbers(_ value: JSONValue) -> JSONValue {
    switch value {
    case .int(let n): return .double(Double(n))
    case .array(let elements): return .array(elements.map(numbers))
    case .object(let members): return .object(members.mapValues(numbers))
    default: return value
    }
  }

  struct Everything: Encodable {
    enum Kind: String, Encodable { case quickfix }
    struct Inner: Encodable {
      var list: [Int?]
      var flag: Bool
    }
    var text = "a\"b\\c\n\t\u{1}é🚀/"
    var small: Int32 = -7
    var byte: UInt8 = 255
    var big: UInt64 = 42
    var ratio = 0.1
    var single: Float = 1.5
    var kind = Kind.quickfix
    var missing: String? = nil
    var present: String? = "x"
    var inner = Inner(list: [1, nil, 3], flag: true)
    var nested: [[String: Double]] = [["b": 2, "a": 1e-5]]
    var raw: JSONValue = .object(["k": .array([.null, .bool(false)])])
  }

  @Test func encoderMatchesFoundation() throws {
    // Foundation writes the Double 2 as `2` (it reads back as an integer), we as `2.0`:
    // the same JSON number (RFC 8259 §6), so numbers are compared by value.
    #expect(
      numbers(try JSONValueEncoder.encode(Everything())) == numbers(try foundation(Everything())))
  }

  /// The hand-built JSON of the hot-path types is what their Encodable conformance gives.
  @Test func handBuiltJSONMatchesEncodable() throws {
    let range = Range(start: Position(line: 1, character: 2), end: Position(line: 3, character: 4))
    let full = LSPDiagnostic(
      range: range, severity: 2, code: "low-headroom",
      codeDescription: .init(href: "https://example.com/r.md"), source: "vramlint",
      message: "m",
      relatedInformation: [
        .init(location: Location(uri: "file:///a.yaml", range: range), message: "GPU")
      ],
      data: .object(["n": .int(1)]))
    var bare = full
    bare.codeDescription = nil
    bare.relatedInformation = nil
    bare.data = nil
    for diagnostic in [full, bare] {
      #expect(diagnostic.json == (try foundation(diagnostic)))
    }
    for version in [7, nil] {
      let params = PublishDiagnosticsParams(
        uri: "file:///a.yaml", version: version, diagnostics: [full, bare])
      #expect(params.json == (try foundation(params)))
    }
  }

  /// RFC 8259 §7: quotation mark, reverse solidus and control characters escaped; the
  /// text reads back through Foundation to the same value, keys in sorted order.
  @Test func writerOutputReadsBack() throws {
    let value: JSONValue = .object([
      "z": .string("quote \" backslash \\ newline \n nul \u{0} bell \u{7} del \u{7F} 部署🚀"),
      "a": .array([.int(-42), .double(0.1), .double(1e300), .double(-2.5), .bool(true), .null]),
      "m": .object([:]),
    ])
    let bytes = JSONWriter.bytes(value)
    #expect(try JSONDecoder().decode(JSONValue.self, from: Data(bytes)) == value)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix(#"{"a":[-42,0.1,"#))
    #expect(text.contains(#"\u0000 bell \u0007"#))
    #expect(!text.contains("\n"))
  }

  class Base: Encodable {
    var base = 1
  }

  final class Derived: Base, @unchecked Sendable {
    var own = "x"
    enum CodingKeys: String, CodingKey { case own }
    override func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(own, forKey: .own)
      try super.encode(to: container.superEncoder())
    }
  }

  /// A key type without a "super" case (the usual CodingKeys) still gets a super encoder,
  /// under the key "super" as Foundation writes it.
  @Test func superEncoderUsesTheKeySuper() throws {
    #expect(try JSONValueEncoder.encode(Derived()) == foundation(Derived()))
    #expect(try JSONValueEncoder.encode(Derived())["super"]?["base"] == .int(1))
  }

  @Test func floatsKeepTheirShortestText() throws {
    #expect(try JSONValueEncoder.encode(Float(0.1)) == .double(0.1))
  }

  @Test func nonFiniteNumbersBecomeNull() {
    #expect(JSONWriter.bytes(.double(.nan)) == Array("null".utf8))
    #expect(JSONWriter.bytes(.double(-.infinity)) == Array("null".utf8))
  }
}
