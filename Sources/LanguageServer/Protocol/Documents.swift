/// Text synchronization messages.

public struct DidOpenTextDocumentParams: Sendable, Codable {
  public var textDocument: TextDocumentItem
}

/// A change: a range and its new text (incremental), or the whole text (no range).
public struct TextDocumentContentChangeEvent: Sendable, Hashable, Codable {
  public var range: Range?
  public var text: String
}

public struct DidChangeTextDocumentParams: Sendable, Codable {
  public var textDocument: VersionedTextDocumentIdentifier
  public var contentChanges: [TextDocumentContentChangeEvent]
}

public struct DidCloseTextDocumentParams: Sendable, Codable {
  public var textDocument: TextDocumentIdentifier
}
