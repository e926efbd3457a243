import VRAMLint
import VRAMModel
import YAMLSource

/// Quick fixes: the planner's remedies as edits of the deployment's own lines, "disable for
/// this line", and one fix-all that applies the first remedy of every failing deployment.
enum CodeActionProvider {
  static func actions(
    for diagnostics: [LSPDiagnostic], in document: OpenDocument, _ encoding: PositionEncoding,
    gpus: [GPUSpec]
  ) -> [CodeAction] {
    var actions: [CodeAction] = []
    let lines = document.result.lines
    for diagnostic in diagnostics where diagnostic.source == "vramlint" {
      let start = lines.sourcePosition(diagnostic.range.start, encoding)
      if RemedyEdits.fitRules.contains(diagnostic.code),
        let deployment = deployment(containing: start, in: document)
      {
        for remedy in RemedyEdits.remedies(deployment, gpus: gpus) {
          guard let edits = RemedyEdits.edits(for: remedy, in: deployment, lines) else { continue }
          actions.append(
            CodeAction(
              title: RemedyEdits.title(remedy), kind: "quickfix", diagnostics: [diagnostic],
              isPreferred: actions.isEmpty ? true : nil,
              edit: WorkspaceEdit(changes: [document.uri: textEdits(edits, lines, encoding)])))
        }
      }
      actions.append(disable(diagnostic, at: start, lines, encoding, uri: document.uri))
    }
    if let all = fixAll(document, encoding, gpus: gpus) { actions.append(all) }
    return actions
  }

  static func deployment(containing position: SourcePosition, in document: OpenDocument)
    -> Deployment?
  {
    document.result.estimates.first {
      $0.deployment.documentRange.start.offset <= position.offset
        && position.offset <= $0.deployment.documentRange.end.offset
    }?.deployment
  }

  /// An edit of ours in the client's position encoding.
  static func textEdits(_ edits: [SourceEdit], _ lines: LineIndex, _ encoding: PositionEncoding)
    -> [TextEdit]
  {
    edits.map { TextEdit(range: lines.lspRange($0.range, encoding), newText: $0.newText) }
  }

  static func disable(
    _ diagnostic: LSPDiagnostic, at start: SourcePosition, _ lines: LineIndex,
    _ encoding: PositionEncoding, uri: String
  ) -> CodeAction {
    let indent = String(lines.text(ofLine: start.line).prefix { $0 == " " })
    let at = Position(line: start.line, character: 0)
    return CodeAction(
      title: "Disable \(diagnostic.code) for this line", kind: "quickfix",
      diagnostics: [diagnostic], isPreferred: nil,
      edit: WorkspaceEdit(changes: [
        uri: [
          TextEdit(
            range: Range(start: at, end: at),
            newText: "\(indent)# vramlint: disable-next-line \(diagnostic.code) -- reason\n")
        ]
      ]))
  }

  /// The first remedy of every deployment that does not fit, in one edit.
  static func fixAll(_ document: OpenDocument, _ encoding: PositionEncoding, gpus: [GPUSpec])
    -> CodeAction?
  {
    let edits = RemedyEdits.fixAll(document.result, gpus: gpus).flatMap(\.edits)
    guard edits.count > 0 else { return nil }
    return CodeAction(
      title: "Fix all: make every deployment in this file fit", kind: "source.fixAll.vramlint",
      diagnostics: nil, isPreferred: nil,
      edit: WorkspaceEdit(changes: [
        document.uri: textEdits(edits, document.result.lines, encoding)
      ]))
  }
}
