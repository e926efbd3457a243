/// LSP 3.17 basic structures, named and shaped as in the specification
/// (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/).

public struct Position: Sendable, Hashable, Codable {
  public var line: Int
  /// In the negotiated encoding's code units (UTF-16 unless the client offered UTF-8).
  public var character: Int

  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }
}

public struct Range: Sendable, Hashable, Codable {
  public var start: Position
  public var end: Position

  public init(start: Position, end: Position) {
    self.start = start
    self.end = end
  }
}

public struct Location: Sendable, Hashable, Codable {
  public var uri: String
  public var range: Range
}

public struct TextEdit: Sendable, Hashable, Codable {
  public var range: Range
  public var newText: String
}

public struct WorkspaceEdit: Sendable, Hashable, Codable {
  public var changes: [String: [TextEdit]]
}

public struct TextDocumentIdentifier: Sendable, Hashable, Codable {
  public var uri: String
}

public struct TextDocumentItem: Sendable, Hashable, Codable {
  public var uri: String
  public var languageId: String?
  public var version: Int
  public var text: String
}

public struct VersionedTextDocumentIdentifier: Sendable, Hashable, Codable {
  public var uri: String
  public var version: Int?
}

public struct TextDocumentPositionParams: Sendable, Hashable, Codable {
  public var textDocument: TextDocumentIdentifier
  public var position: Position
}

public struct MarkupContent: Sendable, Hashable, Codable {
  public var kind: String
  public var value: String

  public static func markdown(_ value: String) -> MarkupContent {
    MarkupContent(kind: "markdown", value: value)
  }
}
