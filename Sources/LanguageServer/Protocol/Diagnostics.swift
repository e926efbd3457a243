/// Diagnostics, pushed (`textDocument/publishDiagnostics`) and pulled
/// (`textDocument/diagnostic`).

public struct LSPDiagnostic: Sendable, Hashable, Codable {
  public struct CodeDescription: Sendable, Hashable, Codable {
    public var href: String
  }

  public struct RelatedInformation: Sendable, Hashable, Codable {
    public var location: Location
    public var message: String
  }

  public var range: Range
  /// 1 error, 2 warning, 3 information, 4 hint.
  public var severity: Int
  /// The rule id.
  public var code: String
  public var codeDescription: CodeDescription?
  public var source: String
  public var message: String
  public var relatedInformation: [RelatedInformation]?
  /// What the code actions need to find this finding's deployment again.
  public var data: JSONValue?
}

public struct PublishDiagnosticsParams: Sendable, Codable {
  public var uri: String
  public var version: Int?
  public var diagnostics: [LSPDiagnostic]
}

public struct DocumentDiagnosticParams: Sendable, Codable {
  public var textDocument: TextDocumentIdentifier
}

public struct FullDocumentDiagnosticReport: Sendable, Codable {
  public var kind = "full"
  public var items: [LSPDiagnostic]
}
