import YAMLSource

/// A change of a file's text: replace the bytes of `range` (empty: insert) by `newText`.
/// The language server turns it into an LSP TextEdit; `vramlint check --fix` applies it to
/// the bytes on disk. Both come from `RemedyEdits`, so the editor and the CLI fix alike.
public struct SourceEdit: Sendable, Hashable {
  public let range: SourceRange
  public let newText: String

  public init(range: SourceRange, newText: String) {
    self.range = range
    self.newText = newText
  }

  /// A new value for the node at `range`, keeping its YAML properties: libyaml starts a
  /// node at its anchor or tag (`&len 131072`, `!!int 8`), and replacing those too would
  /// leave every `*len` that refers to the anchor dangling.
  public init(replacingValueAt range: SourceRange, with newText: String, in lines: LineIndex) {
    let bytes = lines.bytes
    var start = range.start.offset
    let end = range.end.offset
    func skipSpaces() {
      while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
        start += 1
      }
    }
    while start < end, bytes[start] == UInt8(ascii: "&") || bytes[start] == UInt8(ascii: "!") {
      var after = start
      if bytes[after] == UInt8(ascii: "!"), after + 1 < end, bytes[after + 1] == UInt8(ascii: "<") {
        while after < end, bytes[after] != UInt8(ascii: ">") { after += 1 }  // !<verbatim>
      }
      while after < end,
        ![UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0A, 0x0D].contains(bytes[after])
      {
        after += 1
      }
      guard after < end else { break }  // nothing after the property: not a property
      start = after
      skipSpaces()
    }
    self.init(
      range: SourceRange(start: lines.position(byteOffset: start), end: range.end),
      newText: newText)
  }

  /// An insertion at `position`.
  public init(inserting newText: String, at position: SourcePosition) {
    self.init(range: SourceRange(start: position, end: position), newText: newText)
  }

  /// The text with `edits` applied, or nil when two of them overlap (both cannot hold) or
  /// one lies outside the text. Untouched bytes, comments and line ends included, are kept.
  public static func apply(_ edits: [SourceEdit], to bytes: [UInt8]) -> [UInt8]? {
    let ordered = edits.sorted {
      ($0.range.start.offset, $0.range.end.offset) < ($1.range.start.offset, $1.range.end.offset)
    }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + ordered.reduce(0) { $0 + $1.newText.utf8.count })
    var copied = 0
    for edit in ordered {
      let start = edit.range.start.offset
      let end = edit.range.end.offset
      guard copied <= start, start <= end, end <= bytes.count else { return nil }
      result += bytes[copied..<start]
      result += edit.newText.utf8
      copied = end
    }
    result += bytes[copied...]
    return result
  }
}
