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

  /// A parse error says what was wrong and where, as a compiler would: in `{"a":1,}` the
  /// comma at byte 6 promises a member, and byte 7 (counted from 0) is `}` instead.
  @Test func parseErrorNamesItsByte() {
    guard case .invalid(_, .parseError, let message) = parse(#"{"a":1,}"#) else {
      return #expect(Bool(false))
    }
    #expect(message == "the message is not valid JSON: a member name was expected at byte 7")
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

/// Nesting beyond 64 levels is refused before Foundation decodes it (a 3 KB body 511 levels
/// deep took over a second there), and still answered by its id when the id is plain.
@Suite struct DeepMessageTests {
  static func deep(_ levels: Int, id: String) -> [UInt8] {
    Array(
      #"{"jsonrpc":"2.0","id":\#(id),"method":"textDocument/hover","params":"#.utf8)
      + Array(repeating: UInt8(ascii: "["), count: levels)
      + Array(repeating: UInt8(ascii: "]"), count: levels) + Array("}".utf8)
  }

  @Test func deepNestingIsRefusedWithTheRequestsID() {
    guard
      case .invalid(let id, let code, let message) = IncomingMessage(body: Self.deep(500, id: "7"))
    else {
      Issue.record("a 500-level message was decoded")
      return
    }
    #expect(id == .int(7) && code == .invalidRequest && message.contains("64"))
    guard case .invalid(let named, _, _) = IncomingMessage(body: Self.deep(100, id: #""h-1""#))
    else {
      Issue.record("a 100-level message was decoded")
      return
    }
    #expect(named == .string("h-1"))
  }

  @Test func ordinaryNestingAndBracketsInStringsPass() {
    // 60 levels, and brackets inside a string that must not count.
    let body = Array(
      (#"{"jsonrpc":"2.0","id":1,"method":"m","params":{"text":"[[[[{{{{\"]]"},"x":"#
        + String(repeating: "[", count: 60) + String(repeating: "]", count: 60) + "}").utf8)
    guard case .request(let id, "m", _) = IncomingMessage(body: body) else {
      Issue.record("an ordinary message was refused")
      return
    }
    #expect(id == .int(1))
  }
}
