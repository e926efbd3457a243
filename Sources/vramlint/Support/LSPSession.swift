import Dispatch
import Foundation
import LanguageServer
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The server's I/O: a thread reads standard input into frames, the server actor answers
/// them in order, and the answers are written to standard output whole. Requests that the
/// client cancelled while they waited in line are answered RequestCancelled.
enum LSPSession {
  /// What the reader thread hands the serving task: a message body, or word of a frame it
  /// had to drop (answered by the task, so only one thread ever writes to standard output).
  enum Input: Sendable {
    case body([UInt8])
    case dropped(String)
  }

  /// Bytes read but not yet answered, beyond which the reader stops reading: a client that
  /// writes faster than we lint waits on its pipe instead of growing our memory.
  static let maxQueuedBytes = 128 << 20

  static func run(_ server: LanguageServer) -> Int32 {
    // A client that goes away must not kill us with SIGPIPE mid-write; the next read sees EOF.
    signal(SIGPIPE, SIG_IGN)
    let cancelled = CancelledRequests()
    let (inputs, feed) = AsyncStream.makeStream(of: Input.self)
    // Messages read but not yet taken: while some wait, edits are applied unlinted.
    let waiting = Atomic<Int>(0)
    let queuedBytes = Atomic<Int>(0)
    let reader = Thread {
      readFrames(into: feed, cancelled: cancelled, waiting: waiting, queuedBytes: queuedBytes)
    }
    reader.start()
    let outcome = Outcome()
    let finished = DispatchSemaphore(value: 0)
    Task {
      var code: Int32 = 1  // the client closed the pipe without `exit`
      var toldTheUser = false
      for await input in inputs {
        let moreQueued = waiting.subtract(1, ordering: .sequentiallyConsistent).newValue > 0
        guard case .body(let body) = input else {
          if case .dropped(let reason) = input {
            for message in droppedFrame(reason, tellTheUser: !toldTheUser) { send(message) }
            toldTheUser = true
          }
          // Edits deferred while this waited in line are linted now that the line is empty.
          if !moreQueued { for message in await server.flushDeferred().messages { send(message) } }
          continue
        }
        queuedBytes.subtract(body.count, ordering: .sequentiallyConsistent)
        if let id = cancelled.take(requestIDIn: body) {
          send(LanguageServer.cancelled(id))
          if !moreQueued { for message in await server.flushDeferred().messages { send(message) } }
          continue
        }
        let reply = await server.receive(body, moreQueued: moreQueued)
        for message in reply.messages {
          send(message)
          // Answered: a cancellation that comes later must not cancel a reused id.
          if message["method"] == nil, let id = message["id"] { cancelled.forget(id) }
        }
        if let exit = reply.exitCode {
          code = exit
          break
        }
      }
      outcome.set(code)
      finished.signal()
    }
    finished.wait()
    return outcome.code
  }

  /// A dropped frame may have been an edit: the client hears of it as a JSON-RPC error
  /// (id null: the id could not be read), and the user once per session in a message, later
  /// drops only in the log.
  static func droppedFrame(_ reason: String, tellTheUser: Bool) -> [JSONValue] {
    FileHandle.standardError.write(Data("vramlint lsp: dropped a frame: \(reason)\n".utf8))
    let text = "vramlint dropped a message it could not read (\(reason))"
    return [
      OutgoingMessage.error(id: .null, code: .parseError, message: text),
      OutgoingMessage.notification(
        method: tellTheUser ? "window/showMessage" : "window/logMessage",
        params: .object([
          "type": .int(1),
          "message": .string(
            text + "; if it was an edit, diagnostics may be stale until the file is reopened"),
        ])),
    ]
  }

  static func readFrames(
    into feed: AsyncStream<Input>.Continuation, cancelled: CancelledRequests,
    waiting: borrowing Atomic<Int>, queuedBytes: borrowing Atomic<Int>
  ) {
    var frames = FrameReader()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      while queuedBytes.load(ordering: .sequentiallyConsistent) > maxQueuedBytes { usleep(1000) }
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      frames.append(chunk[0..<count])
      while let event = frames.next() {
        waiting.add(1, ordering: .sequentiallyConsistent)
        switch event {
        case .message(let body):
          cancelled.note(cancellationIn: body)
          queuedBytes.add(body.count, ordering: .sequentiallyConsistent)
          feed.yield(.body(body))
        case .malformed(let reason):
          feed.yield(.dropped(reason))
        }
      }
    }
    feed.finish()
  }

  static func send(_ message: JSONValue) {
    let bytes = FrameReader.frame(OutgoingMessage.body(message))
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { return }  // the client is gone
      written += count
    }
  }
}

/// Ids named by `$/cancelRequest` notifications, noted by the reader as they arrive, so a
/// request still waiting in line is answered RequestCancelled instead of being run.
final class CancelledRequests: @unchecked Sendable {
  // @unchecked: every access to `ids` holds `lock`.
  private let lock = NSLock()
  private var ids: Set<JSONValue> = []

  func note(cancellationIn body: [UInt8]) {
    // Cheap test first: only cancellations are parsed here.
    guard body.count < 4096, body.firstRange(of: Array("$/cancelRequest".utf8)) != nil,
      case .notification("$/cancelRequest", let params) = IncomingMessage(body: body),
      let id = params["id"]
    else { return }
    lock.lock()
    // Ids never sent are never taken; a client that cancels at random must not grow this.
    if ids.count >= 4096 { ids.removeAll() }
    ids.insert(id)
    lock.unlock()
  }

  /// An answered request's id: a cancellation of it that came too late is dropped.
  func forget(_ id: JSONValue) {
    lock.lock()
    defer { lock.unlock() }
    if !ids.isEmpty { ids.remove(id) }
  }

  /// The id of `body` if it is a request the client has cancelled (forgotten once taken).
  func take(requestIDIn body: [UInt8]) -> JSONValue? {
    lock.lock()
    defer { lock.unlock() }
    guard !ids.isEmpty, case .request(let id, _, _) = IncomingMessage(body: body),
      ids.remove(id) != nil
    else { return nil }
    return id
  }
}

/// The exit status, handed from the serving task to the waiting main thread.
final class Outcome: @unchecked Sendable {
  // @unchecked: written once by the task before it signals, read after the wait.
  private(set) var code: Int32 = 1
  func set(_ value: Int32) { code = value }
}
