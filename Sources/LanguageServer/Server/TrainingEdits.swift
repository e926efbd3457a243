import VRAMLint
import YAMLSource

/// Edits of the `training:` block: replace a written value, add a key under a block-style
/// `training:` at its children's indent, or add `training: {key: value}` when there is no
/// block. A flow-style block (`training: {method: lora}`) is not rewritten: inserting into
/// it would mean re-printing the user's line.
enum TrainingEdits {
  static func set(
    _ range: SourceRange?, _ key: String, _ value: String, _ d: Deployment, _ lines: LineIndex,
    _ encoding: PositionEncoding
  ) -> [TextEdit]? {
    if let range { return [TextEdit(range: lines.lspRange(range, encoding), newText: value)] }
    guard d.label == nil else { return nil }
    guard let training = d.training else {
      return [
        CodeActionProvider.append("training: {\(key): \(value)}", to: d, lines, encoding)
      ]
    }
    let firstLine = training.range.start.line
    let firstText = lines.text(ofLine: firstLine)
    let column = training.range.start.column
    let startsFlow = firstText.unicodeScalars.dropFirst(column).first == "{"
    guard !startsFlow, firstLine > training.keyRange.start.line else { return nil }
    let indent = String(firstText.prefix { $0 == " " })
    let lastLine = lastContentLine(of: training.valueRanges, lines) ?? firstLine
    let lineEnd = lines.byteRange(ofLine: lastLine).upperBound
    let at = lines.lspPosition(lines.position(byteOffset: lineEnd), encoding)
    return [TextEdit(range: Range(start: at, end: at), newText: "\n\(indent)\(key): \(value)")]
  }

  /// The last line that holds text of any of `ranges`. libyaml ends a block collection at
  /// the next token, which may sit at column 0 of a later line after blank lines and
  /// comments: step back over those so an added line lands inside the block.
  static func lastContentLine(of ranges: [SourceRange], _ lines: LineIndex) -> Int? {
    ranges.map { range -> Int in
      var line = range.end.line
      if range.end.column == 0, line > range.start.line { line -= 1 }
      while line > range.start.line {
        let text = lines.text(ofLine: line).drop { $0 == " " || $0 == "\t" }
        if !text.isEmpty, !text.hasPrefix("#"), text != "\r" { break }
        line -= 1
      }
      return line
    }.max()
  }
}
