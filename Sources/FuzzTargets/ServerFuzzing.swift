import Dispatch
import LanguageServer

/// The bytes become one document: opened, hovered and asked for fixes, hints and completions
/// at positions taken from the input, then edited. Every request must be answered, with a
/// result or an error, and the server must still answer after it.
enum ServerFuzzing {
  /// From a plain thread (libFuzzer's): blocks until the session ends.
  static func run(_ bytes: [UInt8]) throws {
    if let failure = BlockingCall.run({ await session(bytes) }) {
      throw InvariantViolation(failure)
    }
  }

  /// The session; nil when every invariant held, else what broke.
  static func session(_ bytes: [UInt8]) async -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    let probes = bytes.prefix(8).map { Int($0) }
    let lines = max(text.split(separator: "\n", omittingEmptySubsequences: false).count, 1)
    do {
      let server = LanguageServer(
        models: FuzzCatalogs.models, gpus: FuzzCatalogs.gpus, version: "fuzz")
      var client = FuzzClient(server: server)
      _ = await client.request("initialize", .object(["capabilities": .object([:])]))
      _ = await client.notify("initialized", .object([:]))
      let uri = JSONValue.string("file:///fuzz.yaml")
      let document = JSONValue.object(["uri": uri])
      _ = await client.notify(
        "textDocument/didOpen",
        .object([
          "textDocument": .object([
            "uri": uri, "languageId": .string("yaml"), "version": .int(1), "text": .string(text),
          ])
        ]))
      for (index, probe) in probes.enumerated() {
        let position = JSONValue.object([
          "line": .int(probe % lines), "character": .int(probe / 3),
        ])
        let range = JSONValue.object(["start": position, "end": position])
        let method = [
          "textDocument/hover", "textDocument/codeAction", "textDocument/completion",
          "textDocument/inlayHint",
        ][index % 4]
        let params: JSONValue =
          switch method {
          case "textDocument/codeAction":
            .object([
              "textDocument": document, "range": range,
              "context": .object(["diagnostics": .array([])]),
            ])
          case "textDocument/inlayHint": .object(["textDocument": document, "range": range])
          default: .object(["textDocument": document, "position": position])
          }
        if await client.request(method, params) == nil { return "\(method) was not answered" }
      }
      // An edit that deletes the middle third, as an editor sends it.
      let cut = JSONValue.object([
        "start": .object(["line": .int(lines / 3), "character": .int(0)]),
        "end": .object(["line": .int(2 * lines / 3), "character": .int(0)]),
      ])
      _ = await client.notify(
        "textDocument/didChange",
        .object([
          "textDocument": .object(["uri": uri, "version": .int(2)]),
          "contentChanges": .array([.object(["range": cut, "text": .string("")])]),
        ]))
      let pulled = await client.request(
        "textDocument/diagnostic", .object(["textDocument": document]))
      if pulled?["result"]?["items"] == nil {
        return "the diagnostic pull failed: \(String(describing: pulled))"
      }
      return nil
    }
  }
}

/// Sends messages to the server actor and returns the answer to each request.
struct FuzzClient {
  let server: LanguageServer
  var nextID = 1

  mutating func request(_ method: String, _ params: JSONValue) async -> JSONValue? {
    let id = nextID
    nextID += 1
    let reply = await server.receive(
      OutgoingMessage.body(
        OutgoingMessage.request(id: .int(id), method: method, params: params)))
    return reply.messages.first { $0["id"] == .int(id) }
  }

  func notify(_ method: String, _ params: JSONValue) async -> LanguageServer.Reply {
    await server.receive(
      OutgoingMessage.body(OutgoingMessage.notification(method: method, params: params)))
  }
}

/// libFuzzer calls a synchronous function; the server is an actor. This waits for one task.
/// Never call it from a task: blocking a thread of the cooperative pool can starve the task
/// it waits for (tests use `FuzzTarget.runInTask`).
enum BlockingCall {
  static func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
      box.value = await body()
      done.signal()
    }
    done.wait()
    return box.value!
  }
}

/// Written by the task before it signals, read after the wait.
final class ResultBox<T>: @unchecked Sendable {
  var value: T?
}
