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
    let lastLine = CodeActionProvider.lastContentLine(of: training.valueRanges, lines) ?? firstLine
    let lineEnd = lines.byteRange(ofLine: lastLine).upperBound
    let at = lines.lspPosition(lines.position(byteOffset: lineEnd), encoding)
    return [TextEdit(range: Range(start: at, end: at), newText: "\n\(indent)\(key): \(value)")]
  }
}
