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

  /// A new value for the node at `range`, keeping its YAML properties (anchor and tag):
  /// replacing those too would leave every alias to the anchor dangling.
  public init(replacingValueAt range: SourceRange, with newText: String, in lines: LineIndex) {
    self.init(
      range: SourceRange(start: lines.contentStart(of: range), end: range.end), newText: newText)
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
