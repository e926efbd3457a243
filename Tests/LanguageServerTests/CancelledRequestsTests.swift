import Testing

@testable import LanguageServer

/// The reader thread notes `$/cancelRequest` ids; the serving task takes them when the
/// cancelled request comes up, and forgets them once a request is answered.
@Suite struct CancelledRequestsTests {
  static func cancel(_ id: String) -> [UInt8] {
    Array(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":\#(id)}}"#.utf8)
  }

  static func hover(_ id: String) -> [UInt8] {
    Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"textDocument/hover","params":{}}"#.utf8)
  }

  /// A cancelled request waiting in line is taken once; the same id sent again later (ids
  /// may be reused after their answer) runs normally.
  @Test func aCancelledRequestIsTakenOnce() {
    let cancelled = CancelledRequests()
    cancelled.note(cancellationIn: Self.cancel("7"))
    #expect(cancelled.take(requestIDIn: Self.hover("8")) == nil)
    #expect(cancelled.take(requestIDIn: Self.hover("7")) == .int(7))
    #expect(cancelled.take(requestIDIn: Self.hover("7")) == nil)
    #expect(cancelled.count == 0)
  }

  /// String and number ids are different ids (JSON-RPC 2.0 §4: "1" is not 1).
  @Test func stringAndNumberIdsDiffer() {
    let cancelled = CancelledRequests()
    cancelled.note(cancellationIn: Self.cancel(#""1""#))
    #expect(cancelled.take(requestIDIn: Self.hover("1")) == nil)
    #expect(cancelled.take(requestIDIn: Self.hover(#""1""#)) == .string("1"))
  }

  /// A cancellation that arrives after the answer must not cancel a later request that
  /// reuses the id: answering forgets it.
  @Test func answeringForgetsALateCancellation() {
    let cancelled = CancelledRequests()
    cancelled.note(cancellationIn: Self.cancel("3"))
    cancelled.forget(.int(3))
    #expect(cancelled.count == 0)
    #expect(cancelled.take(requestIDIn: Self.hover("3")) == nil)
  }

  /// A cancellation that arrives after the answer was sent is not kept at all: it would sit
  /// in the set until the cap (and then the cap would drop live ones with it).
  @Test func aCancellationAfterTheAnswerIsNotKept() {
    let cancelled = CancelledRequests()
    for id in 0..<500 {
      cancelled.forget(.int(id))  // answered
      cancelled.note(cancellationIn: Self.cancel(String(id)))  // then cancelled: too late
    }
    #expect(cancelled.count == 0)
  }

  /// A response of the client to a request of ours carries an id too: it is not taken as a
  /// cancelled request even when a cancellation names the same id.
  @Test func aResponseWithTheSameIdIsNotTaken() {
    let cancelled = CancelledRequests()
    cancelled.note(cancellationIn: Self.cancel(#""w""#))
    let response = Array(#"{"jsonrpc":"2.0","id":"w","result":null}"#.utf8)
    #expect(cancelled.take(requestIDIn: response) == nil)
    #expect(cancelled.take(requestIDIn: Self.hover(#""w""#)) == .string("w"))
  }

  /// Only cancellations are noted: other notifications, requests, a body that merely
  /// mentions the method, and bodies too long to be a cancellation leave the set alone.
  @Test func onlyCancellationsAreNoted() {
    let cancelled = CancelledRequests()
    cancelled.note(cancellationIn: Self.hover("1"))
    cancelled.note(
      cancellationIn: Array(
        #"{"jsonrpc":"2.0","method":"window/logMessage","params":{"message":"$/cancelRequest","id":1}}"#
          .utf8))
    cancelled.note(cancellationIn: Array(#"{"method":"$/cancelRequest","params":{}}"#.utf8))
    let padded =
      #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2,"pad":""#
      + String(repeating: "x", count: 5000) + #""}}"#
    cancelled.note(cancellationIn: Array(padded.utf8))
    #expect(cancelled.count == 0)
  }

  /// A client that cancels ids it never sent cannot grow the set: at capacity it is emptied
  /// and starts again, so it never holds more than `capacity` ids.
  @Test func theSetIsCapped() {
    let cancelled = CancelledRequests(capacity: 100)
    var largest = 0
    for id in 0..<1_000 {
      cancelled.note(cancellationIn: Self.cancel(String(id)))
      largest = max(largest, cancelled.count)
    }
    #expect(largest == 100)
    // 1,000 noted in sets of 100: the last set (900..<1000) is all that is left.
    #expect(cancelled.count == 100)
    #expect(cancelled.take(requestIDIn: Self.hover("999")) == .int(999))
    #expect(cancelled.take(requestIDIn: Self.hover("899")) == nil)
  }

  /// The default is the documented 4,096 (Documentation/hostile-input.md).
  @Test func defaultCapacity() {
    #expect(CancelledRequests().capacity == 4096)
  }
}
