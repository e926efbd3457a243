import TestSupport
import Testing

@testable import YAMLSource

/// Column conversions against texts whose every position is known by construction: the text
/// is assembled from pieces of known width (ASCII, 2-, 3- and 4-byte characters, the three
/// line breaks LSP knows, and NEL/LS/PS, which break lines for libyaml only), and the
/// expected LSP line, scalar column, UTF-16 column and libyaml line/column are counted while
/// assembling. Lines run past the walk's checkpoint stride so the remembered states are used.
@Suite struct LineIndexTests {
  struct Piece {
    let text: String
    /// Scalars and UTF-16 units the piece adds to a column.
    var scalars: Int { text.unicodeScalars.count }
    var utf16: Int { text.utf16.count }
    var breaksLSPLine: Bool { ["\n", "\r\n", "\r"].contains(text) }
    var breaksYAMLLine: Bool { breaksLSPLine || ["\u{85}", "\u{2028}", "\u{2029}"].contains(text) }
  }

  struct Expected {
    let offset: Int
    let line: Int
    let column: Int
    let utf16: Int
    let yamlLine: Int
    let yamlColumn: Int
  }

  static let alphabet = [
    "a", "b", " ", ":", "é", "ß", "中", "語", "😀", "𝄞", "\n", "\r\n", "\r", "\u{85}",
    "\u{2028}", "\u{2029}",
  ].map(Piece.init)

  /// Mostly characters, few breaks, so lines are long; a lone CR is never followed by LF
  /// (that would be one CRLF break, not two).
  static func pieces(seed: UInt64, count: Int, bom: Bool) -> [Piece] {
    var random = SplitMix64(seed: seed)
    var result: [Piece] = bom ? [Piece(text: "\u{FEFF}")] : []
    while result.count < count {
      let roll = Int.random(in: 0..<100, using: &random)
      var piece =
        roll < 96
        ? alphabet[Int.random(in: 0..<10, using: &random)]
        : alphabet[Int.random(in: 10..<alphabet.count, using: &random)]
      if result.last?.text == "\r", piece.text.hasPrefix("\n") { piece = Piece(text: "a") }
      result.append(piece)
    }
    return result
  }

  /// Every piece boundary with its position, counted as editors and libyaml count.
  static func expectations(_ pieces: [Piece]) -> [Expected] {
    var expected: [Expected] = []
    var offset = 0
    var line = 0
    var column = 0
    var utf16 = 0
    var yamlLine = 0
    var yamlColumn = 0
    for (index, piece) in pieces.enumerated() {
      expected.append(
        Expected(
          offset: offset, line: line, column: column, utf16: utf16, yamlLine: yamlLine,
          yamlColumn: yamlColumn))
      offset += piece.text.utf8.count
      if piece.breaksLSPLine {
        line += 1
        column = 0
        utf16 = 0
      } else {
        column += piece.scalars
        utf16 += piece.utf16
      }
      if piece.breaksYAMLLine {
        yamlLine += 1
        yamlColumn = 0
      } else if !(index == 0 && piece.text == "\u{FEFF}") {  // libyaml skips a leading BOM
        yamlColumn += piece.scalars
      }
    }
    expected.append(
      Expected(
        offset: offset, line: line, column: column, utf16: utf16, yamlLine: yamlLine,
        yamlColumn: yamlColumn))
    return expected
  }

  @Test(arguments: [(1, false), (2, true), (3, false), (4, true), (5, false), (6, true)])
  func positionsAgreeWithTheCount(seed: UInt64, bom: Bool) {
    let pieces = Self.pieces(seed: seed, count: 1_500, bom: bom)
    let index = LineIndex(pieces.map(\.text).joined())
    #expect(!index.isASCII)
    for e in Self.expectations(pieces) {
      let position = index.position(byteOffset: e.offset)
      #expect(
        position.line == e.line && position.column == e.column,
        "seed \(seed): byte \(e.offset) is \(e.line):\(e.column), got \(position.line):\(position.column)"
      )
      #expect(
        index.utf16Column(of: position) == e.utf16, "seed \(seed): UTF-16 column at \(e.offset)")
      #expect(
        index.offset(line: e.line, utf16Column: e.utf16) == e.offset,
        "seed \(seed): \(e.line):\(e.utf16) in UTF-16 should be byte \(e.offset)")
      // Before a BOM there is no libyaml position: its line 0 starts after it.
      if bom, e.offset == 0 { continue }
      let fromYAML = index.position(line: e.yamlLine, scalarColumn: e.yamlColumn)
      #expect(
        fromYAML.offset == e.offset,
        "seed \(seed): libyaml's \(e.yamlLine):\(e.yamlColumn) should be byte \(e.offset), got \(fromYAML.offset)"
      )
    }
  }

  /// A UTF-16 column inside a surrogate pair takes the whole character; a column past the end
  /// of a line stops at its end; a scalar column past the end of a libyaml line stops at the
  /// next line's start.
  @Test func columnsPastTheirCharacterOrLine() {
    let index = LineIndex("x😀y\né\n")
    #expect(index.offset(line: 0, utf16Column: 2) == 5)  // inside the pair: after 😀
    #expect(index.offset(line: 0, utf16Column: 99) == 6)  // the end of "x😀y"
    #expect(index.offset(line: 1, utf16Column: 99) == 9)  // the end of "é"
    #expect(index.position(line: 0, scalarColumn: 99).offset == 7)  // start of line 1
    #expect(index.position(byteOffset: 2) == SourcePosition(line: 0, column: 2, offset: 2))
  }

  /// libyaml's marks after a last line without a break name the line after it (its stream
  /// end moves to a new line): that is the end of the text. Mapped to the start of the last
  /// line, a block ending there ended before it began (found by the yaml fuzzer:
  /// Corpus/yaml/regression-block-end-after-last-line).
  @Test func aMarkPastTheLastLineIsTheEndOfTheText() throws {
    let index = LineIndex("a:\n  b: c")
    #expect(index.position(line: 2, scalarColumn: 0).offset == 9)  // "a:\n  b: c" is 9 bytes
    let file = YAMLParser.parse("a:\n  b: c")
    let inner = try #require(file.documents.first?.root?["a"])
    #expect(inner.range.start.offset == 5 && inner.range.end.offset == 9)
  }

  /// A line of 100,000 non-ASCII items: every conversion on it is a short walk, so libyaml's
  /// hundreds of thousands of marks on it cost linear time (they cost the square of the line
  /// before: 80,000 items after a BOM took 51 s). The result is checked, not timed.
  @Test func longNonASCIILine() {
    let text = "\u{FEFF}x: [" + Array(repeating: "é", count: 100_000).joined(separator: ",") + "]\n"
    let file = YAMLParser.parse(text)
    #expect(file.problems.isEmpty)
    let items = file.documents.first?.root?["x"]?.items ?? []
    #expect(items.count == 100_000)
    // The last item: BOM (1 column) + "x: [" (4) + 99,999 × "é," (2 each).
    #expect(items.last?.range.start.column == 1 + 4 + 2 * 99_999)
  }
}
