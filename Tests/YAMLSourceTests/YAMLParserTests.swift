import Foundation
import Testing

@testable import YAMLSource

@Suite struct YAMLParserTests {
  func root(_ text: String) throws -> YAMLNode {
    let file = YAMLParser.parse(text)
    #expect(file.problems.isEmpty, "\(file.problems)")
    return try #require(file.documents.first?.root)
  }

  @Test func mappingWithRanges() throws {
    let node = try root("model: llama-3.1-8b\nbatch: 16\n")
    let model = try #require(node["model"])
    #expect(model.scalar?.value == "llama-3.1-8b")
    // "model: " is 7 characters; the value runs to column 19 of line 0.
    #expect(model.range.start == SourcePosition(line: 0, column: 7, offset: 7))
    #expect(model.range.end == SourcePosition(line: 0, column: 19, offset: 19))
    #expect(node["batch"]?.range.start.line == 1)
  }

  /// An emoji (1 scalar, 4 UTF-8 bytes, 2 UTF-16 units) and CJK (1 scalar, 3 bytes, 1 unit)
  /// before the value: "# 🚀" is a comment line, then `名前: 模型x` … the value "40GB" after
  /// "gpu: 🚀 " … Here the key itself carries them: "名前🚀: 40GB".
  @Test func positionsInEveryEncoding() throws {
    let text = "a: 1\n名前🚀: 40GB\n"
    let file = YAMLParser.parse(text)
    let value = try #require(file.documents.first?.root?["名前🚀"])
    let start = value.range.start
    // Scalars: 名 前 🚀 : space → column 5. Bytes: 3 + 3 + 4 + 1 + 1 = 12 after line start 5.
    #expect(start.line == 1 && start.column == 5 && start.offset == 5 + 12)
    // UTF-16: 1 + 1 + 2 + 1 + 1 = 6.
    #expect(file.lines.utf16Column(of: start) == 6)
    #expect(file.lines.utf8Column(of: start) == 12)
    #expect(file.lines.humanLineColumn(of: start) == (2, 6))
    #expect(file.lines.offset(line: 1, utf16Column: 6) == start.offset)
  }

  /// CRLF line ends and a byte-order mark do not shift columns.
  @Test func crlfAndBOM() throws {
    let file = YAMLParser.parse("\u{FEFF}model: x\r\ngpu: h100\r\n")
    let gpu = try #require(file.documents.first?.root?["gpu"])
    #expect(gpu.range.start.line == 1 && gpu.range.start.column == 5)
    #expect(file.lines.text(ofLine: 1) == "gpu: h100")
    // The mark is a character of the text (LSP counts it: UTF-16 column 1 on line 0), not a
    // column for people (1:1, as editors that hide it show).
    let mapping = try #require(file.documents.first?.root).range.start
    #expect(mapping.offset == 3)
    #expect(file.lines.utf16Column(of: mapping) == 1)
    #expect(file.lines.humanLineColumn(of: mapping) == (1, 1))
  }

  /// LSP and editors break lines at LF, CRLF and CR only; libyaml also at NEL, LS and PS.
  /// Positions we send use the editor's lines; libyaml's marks are translated.
  @Test func unicodeLineSeparatorsAreNotLineBreaksForEditors() throws {
    let file = YAMLParser.parse("a: \"x\u{2028}y\"\nbatch: 2\n")
    let batch = try #require(file.documents.first?.root?["batch"])
    #expect(file.lines.lineCount == 3)
    #expect(batch.range.start.line == 1 && batch.range.start.column == 7)
    #expect(file.lines.text(ofLine: 0) == "a: \"x\u{2028}y\"")
  }

  @Test func multipleDocuments() {
    let file = YAMLParser.parse("a: 1\n---\nb: 2\n---\nc: 3\n")
    #expect(file.documents.count == 3)
    #expect(file.documents[2].root?["c"]?.range.start.line == 4)
  }

  @Test func emptyFile() {
    let file = YAMLParser.parse("")
    #expect(file.problems.isEmpty)
    #expect(file.documents.allSatisfy { $0.root == nil })
  }

  @Test func aliasesResolveAndRememberWhereTheyAre() throws {
    let node = try root("base: &b {gpu: h100}\nother: *b\n")
    let other = try #require(node["other"])
    #expect(other["gpu"]?.scalar?.value == "h100")
    #expect(other.reportedRange.start.line == 1 && other.reportedRange.start.column == 7)
  }

  /// The "billion laughs": nine levels of ten aliases each expand to 10^9 nodes. The limit
  /// stops it as a finding, in well under a second and without growing the heap.
  @Test func aliasBombHitsTheLimit() {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 {
      let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
      text += "a\(i): &a\(i) [\(refs)]\n"
    }
    let file = YAMLParser.parse(text)
    #expect(file.problems.contains { $0.kind == .limit && $0.message.contains("alias") })
  }

  /// The node limit counts each node once, however deep: 60 scalars in a list in a list,
  /// the key `a` and the root mapping are 64 nodes (counting each subtree again at every
  /// level made them about 60 × 4). Without aliases the message does not suspect a bomb.
  @Test func nodeLimitCountsEachNodeOnce() {
    var limits = YAMLLimits()
    limits.maxNodes = 64
    let items = Array(repeating: "x", count: 60).joined(separator: ", ")
    #expect(YAMLParser.parse("a: [[\(items)]]\n", limits: limits).problems.isEmpty)
    limits.maxNodes = 63
    let over = YAMLParser.parse("a: [[\(items)]]\n", limits: limits).problems
    #expect(over.map(\.message) == ["more than 63 nodes"])
  }

  @Test func duplicateKeysPointAtBoth() throws {
    let file = YAMLParser.parse("batch: 1\ngpu: a\nbatch: 2\n")
    let problem = try #require(file.problems.first)
    #expect(problem.kind == .duplicateKey)
    #expect(problem.range.start.line == 2)
    #expect(problem.related?.start.line == 0)
  }

  /// libyaml's reason with its position: the unclosed flow sequence is reported where the
  /// stream ends.
  @Test func syntaxErrorsHavePositions() throws {
    let file = YAMLParser.parse("model: x\nbatch: [1, 2\n")
    let problem = try #require(file.problems.first)
    #expect(problem.kind == .syntax)
    #expect(problem.range.start.line >= 1)
    #expect(problem.message.contains("flow sequence"))
  }

  @Test func tabsGetAPlainWordedMessage() throws {
    let file = YAMLParser.parse("model:\n\tbatch: 1\n")
    let problem = try #require(file.problems.first)
    #expect(problem.message.contains("tab"))
    #expect(problem.range.start.line == 1)
  }

  @Test func invalidUTF8() throws {
    let file = YAMLParser.parse(bytes: Array("model: ".utf8) + [0xFF, 0xFE] + Array("\n".utf8))
    let problem = try #require(file.problems.first)
    #expect(problem.kind == .encoding)
    #expect(problem.range.start.offset == 7)
  }

  @Test func depthLimit() {
    let text = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    let file = YAMLParser.parse(text)
    #expect(file.problems.contains { $0.kind == .limit && $0.message.contains("nesting") })
  }

  @Test func sizeLimit() {
    var limits = YAMLLimits()
    limits.maxBytes = 10
    let file = YAMLParser.parse("model: something-long\n", limits: limits)
    #expect(file.problems.first?.kind == .limit)
    #expect(file.documents.isEmpty)
  }

  @Test func scalarStyles() throws {
    let node = try root("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  literal\n")
    #expect(node["a"]?.scalar?.style == .plain)
    #expect(node["b"]?.scalar?.style == .singleQuoted)
    #expect(node["c"]?.scalar?.style == .doubleQuoted)
    #expect(node["d"]?.scalar?.style == .literal)
    #expect(node["d"]?.scalar?.value == "literal\n")
  }
}

@Suite struct CommentTests {
  @Test func commentsOutsideScalars() {
    let text = """
      # leading
      model: x  # trailing
      note: "not # a comment"
      url: a#b
      block: |
        # text in a block scalar
      last: 1 # 🚀 end
      """
    let file = YAMLParser.parse(text + "\n")
    #expect(file.comments.map(\.text) == ["leading", "trailing", "🚀 end"])
    #expect(file.comments[1].range.start.line == 1 && file.comments[1].range.start.column == 10)
  }
}

@Suite struct LargeMappingTests {
  /// Duplicate detection switches to an index past 32 keys; a duplicate far down a
  /// 200-key mapping still points at the first definition, and 2,000 distinct keys report none.
  @Test func duplicatesInLargeMappings() throws {
    var text = (0..<200).map { "key\($0): \($0)\n" }.joined()
    text += "key150: again\n"
    let file = YAMLParser.parse(text)
    let problem = try #require(file.problems.first)
    #expect(problem.kind == .duplicateKey)
    #expect(problem.range.start.line == 200 && problem.related?.start.line == 150)
    let distinct = YAMLParser.parse((0..<2000).map { "k\($0): 1\n" }.joined())
    #expect(distinct.problems.isEmpty)
  }
}

@Suite struct YAMLToJSONTests {
  /// YAML 1.2 core schema for plain scalars; quoted scalars stay strings.
  @Test func coreSchemaResolution() throws {
    let root = try #require(
      YAMLParser.parse("a: 12\nb: 1.5\nc: true\nd: ~\ne: '12'\nf: [x, 2]\n").documents.first?.root)
    let object = try #require(YAMLToJSON.object(root) as? [String: Any])
    #expect(object["a"] as? Int64 == 12)
    #expect(object["b"] as? Double == 1.5)
    #expect(object["c"] as? Bool == true)
    #expect(object["d"] is NSNull)
    #expect(object["e"] as? String == "12")
    #expect((object["f"] as? [Any])?.count == 2)
    // A coding path [f, 1] finds the node `2` on line 5, column 7.
    let node = YAMLToJSON.node(at: [AnyKey("f"), AnyKey(1)], in: root)
    #expect(node.range.start.line == 5 && node.range.start.column == 7)
  }
}

struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ string: String) { stringValue = string }
  init(_ int: Int) {
    stringValue = String(int)
    intValue = int
  }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { self.init(intValue) }
}

/// A value's content starts after the anchor and tag that libyaml counts into its node, so a
/// fix replaces `131072` and not `&len 131072`. Columns counted by hand after `seq_len: `
/// (9 characters): `&len ` is 5 more, `!!int ` 6, `&n !!int ` 9, `!<tag:yaml.org,2002:int> ` 25.
@Suite struct NodePropertiesTests {
  @Test(arguments: [
    ("seq_len: &len 131072\n", 14), ("seq_len: !!int 8\n", 15), ("seq_len: &n !!int 8\n", 18),
    ("seq_len: !<tag:yaml.org,2002:int> 8\n", 34), ("seq_len: 8\n", 9),
    ("seq_len: '&x'\n", 9),
  ])
  func contentStartsAfterTheProperties(text: String, column: Int) throws {
    let file = YAMLParser.parse(text)
    let node = try #require(file.documents.first?.root?["seq_len"])
    let start = file.lines.contentStart(of: node.range)
    #expect(start.line == 0)
    #expect(start.column == column, "\(text.debugDescription)")
    #expect(start.offset <= node.range.end.offset)
  }
}
