/// A forward cursor over a `ByteSource` that reads in chunks, so a header of a million small
/// fields costs a few large reads rather than a million small ones. Every read is checked
/// against the end of the file first: a corrupt length can never make it allocate or loop
/// beyond what the file holds.
struct ByteReader {
  /// Bytes fetched per read of the source: small enough that reading past the header into
  /// the tensor data costs little, large enough that a 128k-token vocabulary (about 2 MiB
  /// with its merges) takes a few dozen reads, not a million.
  static let chunkSize = 64 << 10

  let source: any ByteSource
  /// What the reader is reading, for messages ("GGUF header").
  let what: String
  private(set) var offset: Int64
  private var buffer: [UInt8] = []
  private var bufferStart: Int64 = 0

  init(_ source: any ByteSource, at offset: Int64 = 0, what: String) {
    self.source = source
    self.offset = offset
    self.what = what
  }

  var remaining: Int64 { source.size - offset }

  /// Fails unless `count` more bytes exist; the check every length field goes through.
  func require(_ count: Int64, for field: @autoclosure () -> String) throws {
    guard count >= 0, count <= remaining else {
      throw ModelSourceError(
        "\(what): \(field()) needs \(count) bytes but the file ends \(max(remaining, 0)) bytes later (truncated?)",
        offset: offset)
    }
  }

  mutating func bytes(_ count: Int, for field: @autoclosure () -> String) throws -> [UInt8] {
    try require(Int64(count), for: field())
    let bufferEnd = bufferStart + Int64(buffer.count)
    if offset < bufferStart || offset + Int64(count) > bufferEnd {
      let want = Int64(max(count, Self.chunkSize))
      let length = Int(min(want, remaining))
      buffer = try source.read(at: offset, count: length)
      bufferStart = offset
    }
    let start = Int(offset - bufferStart)
    offset += Int64(count)
    return Array(buffer[start..<start + count])
  }

  /// Moves forward without reading: skipped regions (tensor data, huge arrays of fixed-size
  /// values) cost nothing.
  mutating func skip(_ count: Int64, for field: @autoclosure () -> String) throws {
    try require(count, for: field())
    offset += count
  }

  mutating func u8(_ field: @autoclosure () -> String) throws -> UInt8 {
    try bytes(1, for: field())[0]
  }

  mutating func u32(_ field: @autoclosure () -> String) throws -> UInt32 {
    let b = try bytes(4, for: field())
    return b.reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }

  mutating func u64(_ field: @autoclosure () -> String) throws -> UInt64 {
    let b = try bytes(8, for: field())
    return b.reversed().reduce(0) { $0 << 8 | UInt64($1) }
  }
}

/// Little-endian integers from a byte array (the safetensors length prefix, GGUF scalars).
enum LittleEndian {
  static func uint64(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
  }
}
