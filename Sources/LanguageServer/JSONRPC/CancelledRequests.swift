import Foundation

/// Ids named by `$/cancelRequest` notifications, noted by the reader thread as they arrive,
/// so a request still waiting in line is answered RequestCancelled instead of being run.
///
/// Shared between the reader thread and the serving task, hence a class behind a lock
/// rather than actor state: the reader must note a cancellation without waiting for the
/// server, which may be busy linting the very request being cancelled.
public final class CancelledRequests: @unchecked Sendable {
  // @unchecked: every access to `ids` holds `lock`.
  private let lock = NSLock()
  private var ids: Set<JSONValue> = []
  /// The most recently answered ids, oldest first: a cancellation that arrives after its
  /// answer (a common race) is dropped instead of waiting in `ids` for the cap.
  private var answered: Set<JSONValue> = []
  private var answeredOrder: [JSONValue] = []
  private var answeredNext = 0
  static let answeredRemembered = 1024
  /// Ids a client cancels but never sends (or cancels after the answer went out) are never
  /// taken; past this many the set is emptied, so a client that cancels at random cannot
  /// grow it. Losing a pending cancellation only means that request is answered normally.
  public let capacity: Int
  /// Bodies longer than this are not cancellations (a real one is under 100 bytes); they
  /// are not parsed on the reader thread.
  static let maxCancellationBytes = 4096

  public init(capacity: Int = 4096) {
    self.capacity = max(1, capacity)
  }

  /// How many ids are remembered now.
  public var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return ids.count
  }

  /// Remembers the id if `body` is a `$/cancelRequest` notification.
  public func note(cancellationIn body: [UInt8]) {
    // Cheap test first: only cancellations are parsed here.
    guard body.count < Self.maxCancellationBytes,
      body.firstRange(of: Array("$/cancelRequest".utf8)) != nil,
      case .notification("$/cancelRequest", let params) = IncomingMessage(body: body),
      let id = params["id"]
    else { return }
    lock.lock()
    defer { lock.unlock() }
    if answered.contains(id) { return }
    if ids.count >= capacity { ids.removeAll() }
    ids.insert(id)
  }

  /// An answered request's id: a cancellation of it that came too late is dropped, so a
  /// later request that reuses the id is not cancelled by it.
  public func forget(_ id: JSONValue) {
    lock.lock()
    defer { lock.unlock() }
    if !ids.isEmpty { ids.remove(id) }
    guard !answered.contains(id) else { return }
    if answeredOrder.count < Self.answeredRemembered {
      answeredOrder.append(id)
    } else {
      answered.remove(answeredOrder[answeredNext])
      answeredOrder[answeredNext] = id
      answeredNext = (answeredNext + 1) % Self.answeredRemembered
    }
    answered.insert(id)
  }

  /// The id of `body` if it is a request the client has cancelled (forgotten once taken).
  /// The id is found by a scan, not a decode: every message passes here, and a large edit
  /// must not be decoded twice while some cancellation is pending. A string id written with
  /// escapes is not found that way; its request then runs and is answered normally.
  /// The body is decoded (to tell a request from a response that carries the same id) only
  /// for an id that is pending, and outside the lock: the reader must not wait on it.
  public func take(requestIDIn body: [UInt8]) -> JSONValue? {
    guard isPending(nil), let id = IncomingMessage.topLevelID(in: body), isPending(id),
      case .request(let decoded, _, _) = IncomingMessage(body: body), decoded == id
    else { return nil }
    lock.lock()
    defer { lock.unlock() }
    return ids.remove(id)
  }

  /// Whether `id` (or, for nil, any id) waits to be taken.
  private func isPending(_ id: JSONValue?) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return id.map { ids.contains($0) } ?? !ids.isEmpty
  }
}
