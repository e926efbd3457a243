import LanguageServer

/// The stream is fed to the frame reader in chunks whose sizes come from the input itself
/// (so header splits are explored); each body is decoded, and a message that decodes is
/// framed again and must come back whole.
enum JSONRPCFuzzing {
  static let maxBody = 4096

  static func run(_ bytes: [UInt8]) throws {
    guard let first = bytes.first else { return }
    let chunk = Int(first % 64) + 1
    var reader = FrameReader(maxBodyBytes: maxBody)
    var bodies: [[UInt8]] = []
    var index = 1
    var rounds = 0
    while index < bytes.count {
      let end = min(index + chunk, bytes.count)
      reader.append(bytes[index..<end])
      index = end
      while let event = reader.next() {
        rounds += 1
        try check(rounds <= bytes.count + 1, "the frame reader produced more events than bytes")
        if case .message(let body) = event {
          try check(
            body.count <= maxBody, "a \(body.count)-byte body passed the \(maxBody)-byte limit")
          bodies.append(body)
        }
      }
    }
    for body in bodies {
      let message = IncomingMessage(body: body)
      try roundTrip(message)
    }
  }

  /// A decoded request or notification, written back out and framed, reads the same.
  static func roundTrip(_ message: IncomingMessage) throws {
    let value: JSONValue
    switch message {
    case .request(let id, let method, let params):
      value = OutgoingMessage.request(id: id, method: method, params: params)
    case .notification(let method, let params):
      value = OutgoingMessage.notification(method: method, params: params)
    case .response, .invalid:
      return
    }
    var reader = FrameReader(maxBodyBytes: Int.max)
    reader.append(FrameReader.frame(OutgoingMessage.body(value)))
    guard case .message(let body) = reader.next() else {
      throw InvariantViolation("a framed message did not come back")
    }
    switch (message, IncomingMessage(body: body)) {
    case (.request(let id, let method, _), .request(let id2, let method2, _)):
      try check(id == id2 && method == method2, "request \(method) changed on a round trip")
    case (.notification(let method, _), .notification(let method2, _)):
      try check(method == method2, "notification \(method) changed on a round trip")
    default:
      throw InvariantViolation("a message changed kind on a round trip")
    }
  }
}
