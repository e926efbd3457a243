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

extension DidChangeTextDocumentParams {
  /// Read straight from the message's JSON. The generic `JSONValue.decode` encodes the value
  /// and decodes it again through Foundation, which for a `didChange` of many changes cost
  /// more than the changes themselves; this is the one message whose size grows with use.
  init(json params: JSONValue) throws {
    guard let document = params["textDocument"], let uri = document["uri"]?.stringValue,
      let changes = params["contentChanges"]?.arrayValue
    else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "textDocument.uri and contentChanges are required"))
    }
    let version: Int?
    switch document["version"] {
    case nil, .null?: version = nil
    case let value?:
      guard let number = value.intValue else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: [], debugDescription: "textDocument.version is not an integer"))
      }
      version = number
    }
    self.init(
      textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version),
      contentChanges: try changes.map(TextDocumentContentChangeEvent.init(json:)))
  }
}

extension TextDocumentContentChangeEvent {
  init(json change: JSONValue) throws {
    guard let text = change["text"]?.stringValue else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "a content change has no text"))
    }
    switch change["range"] {
    case nil, .null?:
      self.init(range: nil, text: text)
    case let range?:
      func position(_ key: String) throws -> Position {
        guard let line = range[key]?["line"]?.intValue,
          let character = range[key]?["character"]?.intValue
        else {
          throw DecodingError.dataCorrupted(
            .init(
              codingPath: [], debugDescription: "a content change's range.\(key) is not a position")
          )
        }
        return Position(line: line, character: character)
      }
      self.init(range: Range(start: try position("start"), end: try position("end")), text: text)
    }
  }
}
