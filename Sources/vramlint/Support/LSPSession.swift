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

    /// What it holds in memory while it waits: its bytes and a fixed cost per message (the
    /// array, the stream's node), so that a flood of empty or dropped frames, which carry
    /// few bytes each, is bounded as well.
    var queuedBytes: Int {
      switch self {
      case .body(let body): return body.count + LSPSession.perMessageBytes
      case .dropped(let reason): return reason.utf8.count + LSPSession.perMessageBytes
      }
    }
  }

  /// Bytes read but not yet answered, beyond which the reader stops reading: a client that
  /// writes faster than we lint waits on its pipe instead of growing our memory.
  static let maxQueuedBytes = 128 << 20
  /// The memory a waiting message costs beyond its bytes, counted against the limit above.
  static let perMessageBytes = 256

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
        queuedBytes.subtract(input.queuedBytes, ordering: .sequentiallyConsistent)
        guard case .body(let body) = input else {
          if case .dropped(let reason) = input {
            for message in droppedFrame(reason, tellTheUser: !toldTheUser) { send(message) }
            toldTheUser = true
          }
          // Edits deferred while this waited in line are linted now that the line is empty.
          if !moreQueued { for message in await server.flushDeferred().messages { send(message) } }
          continue
        }
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
        let input: Input
        switch event {
        case .message(let body):
          cancelled.note(cancellationIn: body)
          input = .body(body)
        case .malformed(let reason):
          input = .dropped(reason)
        }
        waiting.add(1, ordering: .sequentiallyConsistent)
        queuedBytes.add(input.queuedBytes, ordering: .sequentiallyConsistent)
        feed.yield(input)
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

/// The exit status, handed from the serving task to the waiting main thread.
final class Outcome: @unchecked Sendable {
  // @unchecked: written once by the task before it signals, read after the wait.
  private(set) var code: Int32 = 1
  func set(_ value: Int32) { code = value }
}
