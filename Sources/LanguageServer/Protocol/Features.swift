/// Hover, code actions, completion and inlay hints.

public struct Hover: Sendable, Codable {
  public var contents: MarkupContent
  public var range: Range?
}

public struct CodeActionParams: Sendable, Codable {
  public struct Context: Sendable, Codable {
    public var diagnostics: [LSPDiagnostic]
    public var only: [String]?
  }

  public var textDocument: TextDocumentIdentifier
  public var range: Range
  public var context: Context
}

public struct CodeAction: Sendable, Hashable, Codable {
  public var title: String
  public var kind: String
  public var diagnostics: [LSPDiagnostic]?
  public var isPreferred: Bool?
  public var edit: WorkspaceEdit
}

public struct CompletionItem: Sendable, Hashable, Codable {
  public var label: String
  /// 10 property (keys), 12 value, 13 enum.
  public var kind: Int
  public var detail: String?
  public var insertText: String?
}

public struct CompletionList: Sendable, Codable {
  public var isIncomplete: Bool
  public var items: [CompletionItem]
}

public struct InlayHintParams: Sendable, Codable {
  public var textDocument: TextDocumentIdentifier
  public var range: Range
}

public struct InlayHint: Sendable, Hashable, Codable {
  public var position: Position
  public var label: String
  public var paddingLeft: Bool?
}
