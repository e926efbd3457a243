import Testing

@testable import LanguageServer

/// The base protocol: `Content-Length: N\r\n\r\n` then N bytes of JSON (LSP 3.17 §Base
/// Protocol). Bytes arrive in arbitrary chunks from a pipe.
@Suite struct FrameReaderTests {
  static func framed(_ body: String) -> [UInt8] {
    Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
  }

  @Test func oneByteAtATime() {
    var reader = FrameReader()
    var events: [FrameReader.Event] = []
    for byte in Self.framed("{\"a\":1}") {
      reader.append([byte])
      while let event = reader.next() { events.append(event) }
    }
    #expect(events == [.message(Array("{\"a\":1}".utf8))])
  }

  @Test func severalMessagesInOneRead() {
    var reader = FrameReader()
    reader.append(Self.framed("[1]") + Self.framed("[22]") + Self.framed("[333]"))
    #expect(reader.next() == .message(Array("[1]".utf8)))
    #expect(reader.next() == .message(Array("[22]".utf8)))
    #expect(reader.next() == .message(Array("[333]".utf8)))
    #expect(reader.next() == nil)
  }

  /// A header with other fields and odd case still frames; the length counts bytes, not
  /// characters ("é" is two).
  @Test func headersAndMultibyteBodies() {
    var reader = FrameReader()
    let body = "\"é\""
    reader.append(
      Array(
        "content-length: 4\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(body)"
          .utf8))
    #expect(reader.next() == .message(Array(body.utf8)))
  }

  /// A frame without a usable length is reported and skipped; the next one still arrives.
  @Test func missingOrWrongLength() {
    for header in ["Content-Type: x", "Content-Length: -3", "Content-Length: lots"] {
      var reader = FrameReader()
      reader.append(Array("\(header)\r\n\r\n".utf8) + Self.framed("{}"))
      guard case .malformed = reader.next() else {
        Issue.record("\(header) was not reported")
        continue
      }
      #expect(reader.next() == .message(Array("{}".utf8)))
    }
  }

  /// A body over the limit is skipped without being held, even when it arrives in pieces.
  @Test func oversizedBodyIsSkipped() {
    var reader = FrameReader(maxBodyBytes: 10)
    reader.append(Array("Content-Length: 20\r\n\r\n0123456789".utf8))
    guard case .malformed = reader.next() else {
      Issue.record("the oversized body was not reported")
      return
    }
    reader.append(Array("0123456789".utf8) + Self.framed("{}"))
    #expect(reader.next() == .message(Array("{}".utf8)))
  }

  @Test func framingRoundTrip() {
    var reader = FrameReader()
    reader.append(FrameReader.frame(Array("{\"x\":\"ü\"}".utf8)))
    #expect(reader.next() == .message(Array("{\"x\":\"ü\"}".utf8)))
  }

  /// Noise before a frame, and the body of a frame whose header had no length, are dropped
  /// up to the next `Content-Length`; the frames after them are read, not swallowed into a
  /// header. (Before, one stray byte lost the rest of the session.)
  @Test func strayBytesAreDroppedUpToTheNextHeader() {
    var reader = FrameReader()
    reader.append(Array("junk".utf8) + FrameReader.frame(Array("{\"a\":1}".utf8)))
    reader.append(Array("Content-Type: x\r\n\r\n{\"lost\":true}".utf8))
    reader.append(
      Array("Content-Type: application/vscode-jsonrpc\r\n".utf8)
        + FrameReader.frame(Array("{\"b\":2}".utf8)))
    var events: [FrameReader.Event] = []
    while let event = reader.next() { events.append(event) }
    let messages = events.compactMap { event -> String? in
      if case .message(let body) = event { return String(decoding: body, as: UTF8.self) }
      return nil
    }
    #expect(messages == ["{\"a\":1}", "{\"b\":2}"])
    #expect(events.first == .malformed("4 bytes outside any frame; dropped up to the next header"))
    #expect(events.count == 4)
  }
}
