/// Random access to the bytes of a model file. The header readers ask only for the bytes they
/// parse, so a 40 GB checkpoint costs a header read: the file system implementation lives in
/// VRAMLint (VRAMModel does no I/O), tests use `InMemoryByteSource`.
public protocol ByteSource {
  /// Length of the whole file in bytes.
  var size: Int64 { get }
  /// Exactly `count` bytes starting at `offset`; throws when they are not all there.
  func read(at offset: Int64, count: Int) throws -> [UInt8]
}

/// Bytes already in memory: tests, and small files read whole.
public struct InMemoryByteSource: ByteSource, Sendable {
  public let bytes: [UInt8]

  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public var size: Int64 { Int64(bytes.count) }

  public func read(at offset: Int64, count: Int) throws -> [UInt8] {
    guard offset >= 0, count >= 0, offset <= size, Int64(count) <= size - offset else {
      throw ModelSourceError(
        "the file ends at byte \(size), before the \(count) bytes expected here", offset: offset)
    }
    let start = Int(offset)
    return Array(bytes[start..<start + count])
  }
}
