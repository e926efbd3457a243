import Foundation
import Testing

@testable import YAMLSource

/// Each test finds a word inside a scalar's value and checks that the map sends it back to
/// exactly those characters of the file: the text at the mapped range must be the word as
/// written (for escapes, the escape sequence).
@Suite struct ScalarSourceMapTests {
  /// The source text a range covers.
  func text(_ range: SourceRange, in file: YAMLFile) -> String {
    String(decoding: file.lines.bytes[range.start.offset..<range.end.offset], as: UTF8.self)
  }

  /// Maps the first occurrence of `word` in the value of `key` and returns the source text.
  func mapped(_ yaml: String, key: String = "args", word: String) throws -> String {
    let file = YAMLParser.parse(yaml)
    let node = try #require(file.documents.first?.root?[key])
    let map = try #require(ScalarSourceMap(node, in: file.lines), "no map for \(yaml)")
    let value = Array(try #require(node.scalar).value.utf8)
    let needle = Array(word.utf8)
    let start = try #require(
      (0...(value.count - needle.count)).first {
        value[$0..<($0 + needle.count)].elementsEqual(needle)
      })
    return text(map.range(ofValueBytes: start..<(start + needle.count)), in: file)
  }

  @Test func plainSingleLine() throws {
    #expect(try mapped("args: vllm serve m --max-model-len 32k\n", word: "32k") == "32k")
  }

  @Test func plainFoldedOverLines() throws {
    // A multi-line plain scalar folds its line break and the next line's indentation into
    // one space; "32k" is on the second source line.
    let yaml = "args: vllm serve m\n  --max-model-len 32k\n"
    #expect(try mapped(yaml, word: "32k") == "32k")
    #expect(try mapped(yaml, word: "m --max") == "m\n  --max")
  }

  @Test func doubleQuotedWithEscapes() throws {
    // "\t" is one byte of the value, two of the source; the word after it stays exact.
    let yaml = "args: \"vllm serve m\\t--dtype \\\"half\\\"\"\n"
    #expect(try mapped(yaml, word: "--dtype") == "--dtype")
    #expect(try mapped(yaml, word: "\"half\"") == "\\\"half\\\"")
    #expect(try mapped(yaml, word: "\t") == "\\t")
  }

  @Test func singleQuotedWithDoubledQuote() throws {
    let yaml = "args: 'echo ''hi'' && vllm serve m --tp 2'\n"
    #expect(try mapped(yaml, word: "'hi'") == "''hi''")
    #expect(try mapped(yaml, word: "2") == "2")
  }

  @Test func literalBlockWithContinuations() throws {
    let yaml = """
      run: |
        pip install vllm
        vllm serve $MODEL \\
          --max-model-len 8192
      other: 1

      """
    #expect(try mapped(yaml, key: "run", word: "8192") == "8192")
    #expect(try mapped(yaml, key: "run", word: "$MODEL") == "$MODEL")
  }

  @Test func literalBlockWithCRLF() throws {
    let yaml = "run: |\r\n  a\r\n  vllm serve m --tp 4\r\n"
    #expect(try mapped(yaml, key: "run", word: "--tp 4") == "--tp 4")
  }

  @Test func foldedBlock() throws {
    let yaml = "args: >\n  vllm serve m\n  --tp 4\n"
    #expect(try mapped(yaml, word: "--tp 4") == "--tp 4")
  }

  @Test func aliasHasNoMap() throws {
    let file = YAMLParser.parse("a: &x vllm\nb: *x\n")
    let node = try #require(file.documents.first?.root?["b"])
    #expect(ScalarSourceMap(node, in: file.lines) == nil)
  }

  /// YAML inside a block scalar: the inner `max_model_len` value lands on its characters in
  /// the outer file (KubeRay's serveConfigV2).
  @Test func embeddedYAMLRangesPointIntoTheOuterFile() throws {
    let yaml = """
      spec:
        serveConfigV2: |
          applications:
            - name: llm
              args:
                max_model_len: 32k

      """
    let file = YAMLParser.parse(yaml)
    let node = try #require(file.documents.first?.root?["spec"]?["serveConfigV2"])
    let inner = try #require(EmbeddedYAML.parse(node, in: file.lines))
    let value = try #require(
      inner.documents.first?.root?["applications"]?.items?.first?["args"]?["max_model_len"])
    #expect(text(value.range, in: file) == "32k")
    // Line 5 (0-based) of the outer file, after 10 spaces and "max_model_len: ".
    #expect(value.range.start.line == 5)
    #expect(value.range.start.column == 10 + "max_model_len: ".count)
  }

  @Test func embeddedYAMLSyntaxErrorsAreInTheOuterFile() throws {
    let yaml = "spec:\n  serveConfigV2: |\n    a: [1, 2\n    b: 3\n"
    let file = YAMLParser.parse(yaml)
    let node = try #require(file.documents.first?.root?["spec"]?["serveConfigV2"])
    let inner = try #require(EmbeddedYAML.parse(node, in: file.lines))
    let problem = try #require(inner.problems.first)
    // The inner text starts on outer line 2; the error cannot be before it.
    #expect(problem.range.start.line >= 2)
  }
}
