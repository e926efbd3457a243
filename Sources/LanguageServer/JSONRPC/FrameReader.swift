/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers
/// (LSP base protocol). Bytes arrive in any chunks: a header split across reads, several
/// messages in one read. A frame that cannot be read is reported and skipped, and reading
/// goes on with the next header, so one bad frame never ends the session.
public struct FrameReader: Sendable {
  public enum Event: Sendable, Equatable {
    case message([UInt8])
    /// A frame was dropped; the text says why (for a log line, not for the client).
    case malformed(String)
  }

  /// Bodies beyond this are skipped unread (a runaway client must not exhaust memory).
  public let maxBodyBytes: Int
  private var buffer: [UInt8] = []
  private var start = 0
  /// Bytes of an oversized body still to discard.
  private var skipping = 0

  public init(maxBodyBytes: Int = 64 << 20) {
    self.maxBodyBytes = maxBodyBytes
  }

  public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    buffer.append(contentsOf: bytes)
  }

  /// The next complete frame, a report of a bad one, or nil when more bytes are needed.
  public mutating func next() -> Event? {
    defer { compact() }
    if skipping > 0 {
      let dropped = min(skipping, buffer.count - start)
      start += dropped
      skipping -= dropped
      if skipping > 0 { return nil }
    }
    if let stray = strayByteCount(), stray > 0 {
      start += stray
      return .malformed("\(stray) bytes outside any frame; dropped up to the next header")
    }
    guard let headerEnd = findHeaderEnd() else {
      // A header longer than any real one is noise: drop it rather than wait forever.
      if buffer.count - start > 8192 {
        start = buffer.count
        return .malformed("a header of more than 8 KiB without a blank line; dropped")
      }
      return nil
    }
    let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
    let bodyStart = headerEnd + 4
    guard let length = Self.contentLength(in: header) else {
      start = bodyStart
      return .malformed("a header without a valid Content-Length: \(header.debugDescription)")
    }
    if length > maxBodyBytes {
      start = bodyStart
      skipping = length
      let dropped = min(skipping, buffer.count - start)
      start += dropped
      skipping -= dropped
      return .malformed("a body of \(length) bytes, over the \(maxBodyBytes)-byte limit; skipped")
    }
    guard buffer.count - bodyStart >= length else { return nil }
    let body = Array(buffer[bodyStart..<(bodyStart + length)])
    start = bodyStart + length
    return .message(body)
  }

  /// Bytes at `start` that come before the next `Content-Length` header and are not header
  /// lines: noise on the pipe, or the body of a frame whose header was lost. Without this
  /// they would be read as part of the next header, and every frame after lost with it.
  /// Nil while no `Content-Length` is in sight (the header may still be arriving).
  private func strayByteCount() -> Int? {
    let name = Array("content-length".utf8)
    let end = min(buffer.count, start + 8192)
    var found: Int?
    var i = start
    while i + name.count <= end {
      if zip(buffer[i..<(i + name.count)], name).allSatisfy({ ($0 | 0x20) == $1 }) {
        found = i
        break
      }
      i += 1
    }
    guard var headerStart = found else { return nil }
    // Step back over whole header lines (`Content-Type: …\r\n`) that belong to this frame.
    while headerStart - start >= 2, buffer[headerStart - 1] == 0x0A, buffer[headerStart - 2] == 0x0D
    {
      var lineStart = headerStart - 2
      while lineStart > start, buffer[lineStart - 1] != 0x0A { lineStart -= 1 }
      let line = buffer[lineStart..<(headerStart - 2)]
      guard let colon = line.firstIndex(of: 0x3A), colon > lineStart,
        line[lineStart..<colon].allSatisfy(Self.isTokenByte)
      else { break }
      headerStart = lineStart
    }
    return headerStart - start
  }

  /// RFC 9110 token characters, those of a header field's name.
  private static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    default: return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
    }
  }

  /// Index of the "\r\n\r\n" that ends the header at `start`.
  private func findHeaderEnd() -> Int? {
    var i = start
    while i + 3 < buffer.count {
      if buffer[i] == 0x0D, buffer[i + 1] == 0x0A, buffer[i + 2] == 0x0D, buffer[i + 3] == 0x0A {
        return i
      }
      i += 1
    }
    return nil
  }

  static func contentLength(in header: String) -> Int? {
    for line in header.split(separator: "\r\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2,
        parts[0].trimmingWhitespace().lowercased() == "content-length"
      else { continue }
      guard let value = Int(parts[1].trimmingWhitespace()), value >= 0 else { return nil }
      return value
    }
    return nil
  }

  private mutating func compact() {
    if start > 0, start == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      start = 0
    } else if start > 65536, start * 2 > buffer.count {
      buffer.removeSubrange(0..<start)
      start = 0
    }
  }

  /// A body with its header, ready to write.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return text
  }
}
