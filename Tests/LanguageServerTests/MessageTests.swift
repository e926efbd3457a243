import Testing

@testable import LanguageServer

/// JSON-RPC 2.0 message classification (https://www.jsonrpc.org/specification §4–5).
@Suite struct MessageTests {
  func parse(_ text: String) -> IncomingMessage { IncomingMessage(body: Array(text.utf8)) }

  @Test func requestsNotificationsAndResponses() {
    guard
      case .request(.int(7), "textDocument/hover", _) = parse(
        #"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{}}"#)
    else { return #expect(Bool(false)) }
    guard
      case .request(.string("a"), "shutdown", .null) = parse(
        #"{"jsonrpc":"2.0","id":"a","method":"shutdown"}"#)
    else { return #expect(Bool(false)) }
    guard case .notification("exit", _) = parse(#"{"jsonrpc":"2.0","method":"exit"}"#)
    else { return #expect(Bool(false)) }
    guard case .response(.int(3)) = parse(#"{"jsonrpc":"2.0","id":3,"result":null}"#)
    else { return #expect(Bool(false)) }
  }

  /// -32700 for text that is not JSON, -32600 for JSON that is not a request.
  @Test(arguments: [
    ("{bad", ErrorCode.parseError), ("[1,2]", .invalidRequest), ("42", .invalidRequest),
    (#"{"jsonrpc":"2.0","id":{"x":1},"method":"m"}"#, .invalidRequest),
    (#"{"jsonrpc":"2.0","id":1,"method":5}"#, .invalidRequest),
    (#"{"jsonrpc":"2.0","id":1}"#, .invalidRequest),
  ])
  func invalid(text: String, code: ErrorCode) {
    guard case .invalid(_, let got, _) = parse(text) else { return #expect(Bool(false)) }
    #expect(got == code)
  }

  /// Our diagnostics against the JSON the specification shows for a Diagnostic.
  @Test func diagnosticEncodesAsTheSpecSays() throws {
    let diagnostic = LSPDiagnostic(
      range: Range(
        start: Position(line: 2, character: 7), end: Position(line: 2, character: 40)),
      severity: 1, code: "does-not-fit",
      codeDescription: .init(href: "https://example.com/does-not-fit.md"), source: "vramlint",
      message: "m", relatedInformation: nil, data: .object(["rule": .string("does-not-fit")]))
    let json = String(
      decoding: OutgoingMessage.body(try JSONValue.encoding(diagnostic)), as: UTF8.self)
    #expect(
      json
        == #"{"code":"does-not-fit","codeDescription":{"href":"https://example.com/does-not-fit.md"},"data":{"rule":"does-not-fit"},"message":"m","range":{"end":{"character":40,"line":2},"start":{"character":7,"line":2}},"severity":1,"source":"vramlint"}"#
    )
    // And back: a client echoes it in codeAction's context.
    let back = try JSONValue.encoding(diagnostic).decode(LSPDiagnostic.self)
    #expect(back == diagnostic)
  }
}
