import YAMLSource

/// The unit of `Position.character`, negotiated at initialize: UTF-16 code units unless the
/// client lists "utf-8" among `general.positionEncodings` (LSP 3.17).
public enum PositionEncoding: String, Sendable {
  case utf16 = "utf-16"
  case utf8 = "utf-8"

  public static func negotiate(offered: [String]?) -> PositionEncoding {
    offered?.contains("utf-8") == true ? .utf8 : .utf16
  }
}

extension LineIndex {
  func lspPosition(_ position: SourcePosition, _ encoding: PositionEncoding) -> Position {
    Position(
      line: position.line,
      character: encoding == .utf8 ? utf8Column(of: position) : utf16Column(of: position))
  }

  func lspRange(_ range: SourceRange, _ encoding: PositionEncoding) -> Range {
    Range(start: lspPosition(range.start, encoding), end: lspPosition(range.end, encoding))
  }

  /// The UTF-8 offset of an editor position (clamped to the text).
  func offset(of position: Position, _ encoding: PositionEncoding) -> Int {
    guard position.line >= 0 else { return 0 }
    return encoding == .utf8
      ? offset(line: position.line, utf8Column: position.character)
      : offset(line: position.line, utf16Column: position.character)
  }

  func sourcePosition(_ position: Position, _ encoding: PositionEncoding) -> SourcePosition {
    self.position(byteOffset: offset(of: position, encoding))
  }
}
