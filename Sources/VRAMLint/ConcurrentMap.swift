import Dispatch

/// `transform` over every element on every core, results in input order: independent
/// files in `vramlint check`, independent documents of one large file in the linter.
public enum ConcurrentMap {
  public static func map<T: Sendable, U: Sendable>(
    _ items: [T], _ transform: @Sendable (T) -> U
  ) -> [U] {
    var output = [U?](repeating: nil, count: items.count)
    output.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      // Each iteration writes only its own slot; all are read after concurrentPerform returns.
      nonisolated(unsafe) let slots = base
      DispatchQueue.concurrentPerform(iterations: items.count) { i in
        (slots + i).pointee = transform(items[i])
      }
    }
    return output.map { $0! }
  }
}
