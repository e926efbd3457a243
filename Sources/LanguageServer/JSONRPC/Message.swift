import Foundation

/// JSON-RPC 2.0 error codes (and LSP's own) that this server answers with.
public enum ErrorCode: Int, Sendable {
  case parseError = -32700
  case invalidRequest = -32600
  case methodNotFound = -32601
  case invalidParams = -32602
  case internalError = -32603
  case serverNotInitialized = -32002
  case requestCancelled = -32800
  /// LSP 3.17: the request was valid but could not be answered (a document whose text the
  /// server lost).
  case requestFailed = -32803
}

/// One decoded message from the client.
public enum IncomingMessage: Sendable {
  case request(id: JSONValue, method: String, params: JSONValue)
  case notification(method: String, params: JSONValue)
  /// A reply to a request of ours (we send none that need an answer; it is ignored).
  case response(id: JSONValue)
  /// Not a JSON-RPC message: answered with this error (id null when none could be read).
  case invalid(id: JSONValue, code: ErrorCode, message: String)

  /// No LSP message nests deeper than a dozen levels. Foundation's decoder accepts 512, and
  /// the cost of a message near that depth grows steeply (a 3 KB body took over a second):
  /// deeper ones are refused before decoding.
  public static let maxNesting = 64

  public init(body: [UInt8]) {
    if let depth = Self.nestingBeyond(Self.maxNesting, in: body) {
      self = .invalid(
        id: Self.topLevelID(in: body) ?? .null, code: .invalidRequest,
        message:
          "the message nests \(depth) levels of arrays and objects, over the limit of \(Self.maxNesting)"
      )
      return
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(body)
    } catch {
      self = .invalid(
        id: .null, code: .parseError,
        message: "the message is not valid JSON: \(error.reason) at byte \(error.offset)")
      return
    }
    guard case .object(let members) = value else {
      self = .invalid(
        id: .null, code: .invalidRequest,
        message: "a JSON-RPC message is an object (batches are not used by LSP)")
      return
    }
    let id = members["id"]
    if let id, !Self.isValidID(id) {
      self = .invalid(
        id: .null, code: .invalidRequest, message: "the id must be a number or a string")
      return
    }
    guard let method = members["method"] else {
      if let id, members["result"] != nil || members["error"] != nil {
        self = .response(id: id)
      } else {
        self = .invalid(
          id: id ?? .null, code: .invalidRequest, message: "the message has no method")
      }
      return
    }
    guard let name = method.stringValue else {
      self = .invalid(
        id: id ?? .null, code: .invalidRequest, message: "the method must be a string")
      return
    }
    let params = members["params"] ?? .null
    if let id {
      self = .request(id: id, method: name, params: params)
    } else {
      self = .notification(method: name, params: params)
    }
  }

  /// The first depth over `limit` that `body` reaches (brackets inside strings do not
  /// count), or nil when it stays within it.
  static func nestingBeyond(_ limit: Int, in body: [UInt8]) -> Int? {
    var depth = 0
    var inString = false
    var escaped = false
    for byte in body {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > limit { return depth }
      case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
      default: break
      }
    }
    return nil
  }

  /// The `"id"` member of the outermost object when it is a plain number or string, read
  /// without decoding the rest: a message refused for its depth is still answered by id.
  static func topLevelID(in body: [UInt8]) -> JSONValue? {
    var depth = 0
    var index = 0
    var lastKey: ArraySlice<UInt8>?
    var afterColon = false
    while index < body.count {
      let byte = body[index]
      switch byte {
      case UInt8(ascii: "\""):
        var end = index + 1
        while end < body.count, body[end] != UInt8(ascii: "\"") {
          end += body[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard end < body.count else { return nil }
        let text = body[(index + 1)..<end]
        if depth == 1, afterColon, lastKey.map(Array.init) == Array("id".utf8) {
          return text.contains(UInt8(ascii: "\\"))
            ? nil : .string(String(decoding: text, as: UTF8.self))
        }
        if depth == 1, !afterColon { lastKey = text }
        afterColon = false
        index = end
      case UInt8(ascii: ":"): afterColon = true
      case UInt8(ascii: ","): afterColon = false
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        afterColon = false
      case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        if depth == 1, afterColon, lastKey.map(Array.init) == Array("id".utf8) {
          var end = index + 1
          while end < body.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(body[end]) {
            end += 1
          }
          return Int(String(decoding: body[index..<end], as: UTF8.self)).map(JSONValue.int)
        }
      default: break
      }
      index += 1
    }
    return nil
  }

  static func isValidID(_ id: JSONValue) -> Bool {
    switch id {
    case .int, .string: return true
    case .double(let value): return value == value.rounded()
    default: return false
    }
  }
}

/// Messages this server writes.
public enum OutgoingMessage {
  public static func response(id: JSONValue, result: JSONValue) -> JSONValue {
    .object(["jsonrpc": .string("2.0"), "id": id, "result": result])
  }

  public static func error(id: JSONValue, code: ErrorCode, message: String) -> JSONValue {
    .object([
      "jsonrpc": .string("2.0"), "id": id,
      "error": .object(["code": .int(code.rawValue), "message": .string(message)]),
    ])
  }

  /// A request from the server to the client (e.g. `client/registerCapability`).
  public static func request(id: JSONValue, method: String, params: JSONValue) -> JSONValue {
    .object(["jsonrpc": .string("2.0"), "id": id, "method": .string(method), "params": params])
  }

  public static func notification(method: String, params: JSONValue) -> JSONValue {
    .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
  }

  /// The bytes of a message body (keys sorted, so output is stable for tests and logs).
  public static func body(_ message: JSONValue) -> [UInt8] {
    JSONWriter.bytes(message)
  }
}
