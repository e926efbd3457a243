import YAMLSource

/// A piece of text read from a file — a YAML scalar, a word of a shell string, an
/// environment value — with a way back to the characters it was written on.
struct Word: Sendable {
  var text: String
  /// Whether the text holds a `$VAR` / `$(VAR)` the file leaves to run time.
  var hasExpansion: Bool
  /// The whole word's characters.
  var range: SourceRange
  /// When each byte of `text` is a byte of a mapped scalar's value (no quotes or escapes
  /// inside the word): that map and where the text starts in the value. Lets a diagnostic
  /// point at the `32k` of `--max-model-len=32k`.
  var aligned: (map: ScalarSourceMap, offset: Int)?

  /// The characters of `bytes` (UTF-8 offsets into `text`), or the whole word when the word
  /// is not aligned with its source.
  func range(ofTextBytes bytes: Range<Int>) -> SourceRange {
    guard let aligned else { return range }
    return aligned.map.range(
      ofValueBytes: (aligned.offset + bytes.lowerBound)..<(aligned.offset + bytes.upperBound))
  }

  /// The part of the word after its first `=`, as a word of its own.
  func suffix(fromByte start: Int) -> Word {
    let utf8 = Array(text.utf8)
    let clamped = min(max(start, 0), utf8.count)
    var word = self
    word.text = String(decoding: utf8[clamped...], as: UTF8.self)
    word.range = range(ofTextBytes: clamped..<utf8.count)
    word.aligned = aligned.map { ($0.map, $0.offset + clamped) }
    return word
  }

  /// The part before byte `end`.
  func prefix(toByte end: Int) -> Word {
    let utf8 = Array(text.utf8)
    let clamped = min(max(end, 0), utf8.count)
    var word = self
    word.text = String(decoding: utf8[..<clamped], as: UTF8.self)
    word.range = range(ofTextBytes: 0..<clamped)
    return word
  }

  /// A scalar node as one word. Non-scalars give nil.
  static func scalar(_ node: YAMLNode, lines: LineIndex) -> Word? {
    guard let scalar = node.scalar, !scalar.isNull else { return nil }
    let map = ScalarSourceMap(node, in: lines)
    let text = DeploymentDecoder.trimmed(scalar.value)
    // The blanks trimmed off the front shift every position inside the word.
    let leading = scalar.value.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
    return Word(
      text: text, hasExpansion: text.contains("$"), range: node.reportedRange,
      aligned: map.map { ($0, leading) })
  }

  /// The commands of a script held in this word (`sh -c "vllm serve …"` written as one
  /// compose string): positions inside stay exact while the word is aligned.
  func shellCommands() -> [[Word]] {
    ShellTokenizer.commands(in: Array(text.utf8)).map { command in
      command.map { inner in
        var word = self
        word.text = inner.text
        word.hasExpansion = inner.hasExpansion
        word.range = range(ofTextBytes: inner.bytes)
        let exact = inner.text.utf8.count == inner.bytes.count
        word.aligned = exact ? aligned.map { ($0.map, $0.offset + inner.bytes.lowerBound) } : nil
        return word
      }
    }
  }

  /// The words of a shell script held by `node` (an `sh -c` argument, a `run:` block), as
  /// simple commands.
  static func shellCommands(_ node: YAMLNode, lines: LineIndex) -> [[Word]] {
    guard let scalar = node.scalar else { return [] }
    let map = ScalarSourceMap(node, in: lines)
    let script = Array(scalar.value.utf8)
    return ShellTokenizer.commands(in: script).map { command in
      command.map { shellWord in
        let written = shellWord.bytes
        let whole = map?.range(ofValueBytes: written) ?? node.reportedRange
        // The word's text is its script bytes one for one when no quote or escape was
        // removed: then positions inside it are exact.
        let textCount = shellWord.text.utf8.count
        var aligned: (map: ScalarSourceMap, offset: Int)?
        if let map {
          if textCount == written.count {
            aligned = (map, written.lowerBound)
          } else if textCount == written.count - 2,
            [0x22, 0x27].contains(script[written.lowerBound]),
            script[written.upperBound - 1] == script[written.lowerBound]
          {
            aligned = (map, written.lowerBound + 1)  // one pair of quotes around the word
          }
        }
        return Word(
          text: shellWord.text, hasExpansion: shellWord.hasExpansion, range: whole,
          aligned: aligned)
      }
    }
  }
}
