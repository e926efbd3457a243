/// The header of a GGUF file: metadata key-value pairs and tensor infos, read without touching
/// the tensor data. Layout (ggml docs/gguf.md, ggml/src/gguf.cpp `gguf_init_from_file_impl`):
///
///     magic "GGUF" | u32 version | u64 tensor_count | u64 kv_count
///     kv_count × (string key | u32 value type | value)
///     tensor_count × (string name | u32 n_dims | n_dims × u64 ne | u32 ggml type | u64 offset)
///     padding to general.alignment (default 32) | tensor data
///
/// Strings are a u64 byte length and UTF-8 bytes, no terminator; everything is little-endian.
public struct GGUFHeader: Sendable {
  public struct TensorInfo: Sendable, Hashable {
    public var name: String
    /// ggml order: `dimensions[0]` is the innermost (a row); token_embd is [hidden, vocab].
    public var dimensions: [Int64]
    public var type: GGMLType
    /// Offset of the data from the start of the data region.
    public var offset: Int64

    public var elements: Int64 { dimensions.reduce(1, *) }
    /// Bytes as stored: whole blocks of the tensor's type (ggml_nbytes for contiguous data).
    public var bytes: Int64 { type.bytes(forElements: elements) }
  }

  public var version: UInt32
  public var metadata: [String: GGUFValue]
  public var tensors: [TensorInfo]
  public var alignment: Int64
  /// Where the tensor data region starts in the file.
  public var dataOffset: Int64

  /// Sum of the tensors' stored bytes.
  /// Saturating: tensors may share their data (offsets are not checked for overlap), so a
  /// hostile file can name more bytes than 2^63 in all.
  public var tensorBytes: Int64 { tensors.reduce(0) { $0.saturatingAdd($1.bytes) } }
  /// Sum of the tensors' elements, saturating for the same reason.
  public var storedElements: Int64 { tensors.reduce(0) { $0.saturatingAdd($1.elements) } }

  public subscript(key: String) -> GGUFValue? { metadata[key] }
}

extension GGUFHeader {
  /// Limits that turn a corrupt or hostile header into an error instead of a huge allocation
  /// or an endless loop. Real files sit far below them: the largest published models have a
  /// few thousand tensors and a few dozen keys, and a 262k-token vocabulary with its merges
  /// is about 10 MiB of metadata.
  public enum Limits {
    public static let maxTensorCount: UInt64 = 1_000_000
    public static let maxKeyValueCount: UInt64 = 1_000_000
    public static let maxStringBytes: UInt64 = 64 << 20
    /// GGML_MAX_DIMS (ggml.h).
    public static let maxDimensions: UInt32 = 4
    /// Metadata plus tensor infos scanned before giving up.
    public static let maxHeaderBytes: Int64 = 256 << 20
    /// Arrays of arrays nest at most this deep (gguf.cpp itself reads no nested arrays).
    static let maxArrayDepth = 2
    /// Numeric arrays up to this length are kept (per-layer head counts); longer ones skipped.
    static let maxKeptArrayElements: Int64 = 65_536
  }

  /// "GGUF" as the first four bytes (GGUF_MAGIC in gguf.h).
  static let magic: [UInt8] = Array("GGUF".utf8)
  /// ggml's default alignment of the data region (GGUF_DEFAULT_ALIGNMENT = 32).
  static let defaultAlignment: Int64 = 32

  /// Reads the header from `source`, validating every count and length against the file.
  public static func read(from source: any ByteSource) throws -> GGUFHeader {
    try read(from: source, maxHeaderBytes: Limits.maxHeaderBytes)
  }

  /// `maxHeaderBytes` lower than the default lets tests reach the budget cheaply.
  static func read(from source: any ByteSource, maxHeaderBytes: Int64) throws -> GGUFHeader {
    var parser = GGUFHeaderParser(source, maxHeaderBytes: maxHeaderBytes)
    return try parser.parse()
  }
}

/// The reading itself: one pass, forward only.
private struct GGUFHeaderParser {
  typealias Limits = GGUFHeader.Limits
  var reader: ByteReader
  let maxHeaderBytes: Int64

  init(_ source: any ByteSource, maxHeaderBytes: Int64) {
    reader = ByteReader(source, what: "GGUF header")
    self.maxHeaderBytes = maxHeaderBytes
  }

  func fail(_ message: String, at offset: Int64? = nil) -> ModelSourceError {
    ModelSourceError("GGUF header: " + message, offset: offset ?? reader.offset)
  }

  mutating func parse() throws -> GGUFHeader {
    guard reader.remaining >= 4 else {
      throw fail("the file is \(reader.remaining) bytes long, too short for a GGUF magic", at: 0)
    }
    let magic = try reader.bytes(4, for: "the magic")
    guard magic == GGUFHeader.magic else {
      let shown = magic.map { (32..<127).contains($0) ? String(UnicodeScalar($0)) : "." }.joined()
      throw fail("bad magic '\(shown)': not a GGUF file (expected 'GGUF')", at: 0)
    }
    let version = try reader.u32("the version")
    guard version == 2 || version == 3 else {
      let hint =
        version == 1
        ? " (version 1 files predate 64-bit counts; re-convert with a current llama.cpp)"
        : version > 0xFFFF ? " (a big-endian file, or not GGUF)" : ""
      throw fail("unsupported GGUF version \(version); versions 2 and 3 are read\(hint)", at: 4)
    }
    let tensorCount = try reader.u64("the tensor count")
    guard tensorCount <= Limits.maxTensorCount else {
      throw fail(
        "tensor count \(tensorCount) is beyond \(Limits.maxTensorCount): the header is corrupt",
        at: 8)
    }
    let kvCount = try reader.u64("the metadata count")
    guard kvCount <= Limits.maxKeyValueCount else {
      throw fail(
        "metadata count \(kvCount) is beyond \(Limits.maxKeyValueCount): the header is corrupt",
        at: 16)
    }

    var metadata: [String: GGUFValue] = [:]
    for index in 0..<kvCount {
      let keyOffset = reader.offset
      let key = try string("key of metadata entry \(index)")
      let rawType = try reader.u32("the value type of '\(key)'")
      guard let type = GGUFValueType(rawValue: rawType) else {
        throw fail("metadata '\(key)' has unknown value type \(rawType) (known: 0–12)")
      }
      let value = try self.value(of: type, key: key, depth: 0)
      guard metadata.updateValue(value, forKey: key) == nil else {
        throw fail("metadata key '\(key)' appears twice", at: keyOffset)
      }
    }

    var alignment = GGUFHeader.defaultAlignment
    if let given = metadata["general.alignment"] {
      guard let value = given.integer, value > 0, value & (value - 1) == 0, value <= 1 << 30 else {
        throw fail("general.alignment \(given) is not a power of two")
      }
      alignment = Int64(value)
    }

    var tensors: [GGUFHeader.TensorInfo] = []
    tensors.reserveCapacity(Int(min(tensorCount, 65_536)))
    var names = Set<String>()
    for index in 0..<tensorCount {
      let infoOffset = reader.offset
      let tensor = try tensorInfo(index)
      guard names.insert(tensor.name).inserted else {
        throw fail("tensor '\(tensor.name)' appears twice", at: infoOffset)
      }
      tensors.append(tensor)
    }

    let end = reader.offset
    let dataOffset = (end + alignment - 1) / alignment * alignment
    let dataSize = reader.source.size - dataOffset
    for tensor in tensors {
      let (last, overflow) = tensor.offset.addingReportingOverflow(tensor.bytes)
      guard !overflow, tensor.offset >= 0, last <= dataSize else {
        throw fail(
          "tensor '\(tensor.name)' (\(tensor.bytes) bytes at data offset \(tensor.offset)) ends beyond the end of the file (\(reader.source.size) bytes): the file is truncated",
          at: dataOffset)
      }
    }
    return GGUFHeader(
      version: version, metadata: metadata, tensors: tensors, alignment: alignment,
      dataOffset: dataOffset)
  }

  /// A GGUF string, bounded by the string limit, the bytes left and the header budget.
  mutating func string(_ field: @autoclosure () -> String) throws -> String {
    let lengthOffset = reader.offset
    let length = try reader.u64("the length of \(field())")
    guard length <= Limits.maxStringBytes else {
      throw fail(
        "\(field()) claims \(length) bytes, beyond the 64 MiB limit for a string", at: lengthOffset
      )
    }
    try checkBudget(Int64(length), field())
    let bytes = try reader.bytes(Int(length), for: field())
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Skips a string without decoding it (vocabulary entries).
  mutating func skipString(_ field: @autoclosure () -> String) throws {
    let lengthOffset = reader.offset
    let length = try reader.u64("the length of \(field())")
    guard length <= Limits.maxStringBytes else {
      throw fail(
        "\(field()) claims \(length) bytes, beyond the 64 MiB limit for a string", at: lengthOffset
      )
    }
    try checkBudget(Int64(length), field())
    try reader.skip(Int64(length), for: field())
  }

  /// Stops a header that keeps going (millions of tiny strings in a corrupt array) after
  /// `maxHeaderBytes`, so the work is bounded whatever the counts say.
  func checkBudget(_ more: Int64, _ field: @autoclosure () -> String) throws {
    guard reader.offset + more <= maxHeaderBytes else {
      throw fail(
        "the header runs past \(maxHeaderBytes >> 20) MiB while reading \(field()): the file is corrupt"
      )
    }
  }

  mutating func value(of type: GGUFValueType, key: String, depth: Int) throws -> GGUFValue {
    let field = "the value of '\(key)'"
    switch type {
    case .uint8: return .unsigned(UInt64(try reader.u8(field)))
    case .int8: return .signed(Int64(Int8(bitPattern: try reader.u8(field))))
    case .uint16:
      let b = try reader.bytes(2, for: field)
      return .unsigned(UInt64(b[0]) | UInt64(b[1]) << 8)
    case .int16:
      let b = try reader.bytes(2, for: field)
      return .signed(Int64(Int16(bitPattern: UInt16(b[0]) | UInt16(b[1]) << 8)))
    case .uint32: return .unsigned(UInt64(try reader.u32(field)))
    case .int32: return .signed(Int64(Int32(bitPattern: try reader.u32(field))))
    case .float32: return .float(Double(Float(bitPattern: try reader.u32(field))))
    case .bool: return .bool(try reader.u8(field) != 0)
    case .string: return .string(try string(field))
    case .uint64: return .unsigned(try reader.u64(field))
    case .int64: return .signed(Int64(bitPattern: try reader.u64(field)))
    case .float64: return .float(Double(bitPattern: try reader.u64(field)))
    case .array: return try array(key: key, depth: depth)
    }
  }

  /// An array: element type, count, elements. Fixed-size elements are skipped by arithmetic
  /// unless few enough to keep; strings are skipped one length at a time.
  mutating func array(key: String, depth: Int) throws -> GGUFValue {
    try checkBudget(0, "array '\(key)'")
    let typeOffset = reader.offset
    let rawType = try reader.u32("the element type of '\(key)'")
    guard let elementType = GGUFValueType(rawValue: rawType) else {
      throw fail("array '\(key)' has unknown element type \(rawType) (known: 0–12)", at: typeOffset)
    }
    let countOffset = reader.offset
    let rawCount = try reader.u64("the length of array '\(key)'")
    // Each element takes at least `minimumSize` bytes, so no honest count exceeds this.
    guard rawCount <= UInt64(max(reader.remaining, 0)) / UInt64(elementType.minimumSize) else {
      throw fail(
        "array '\(key)' claims \(rawCount) elements, more than the \(reader.remaining) bytes left could hold",
        at: countOffset)
    }
    let count = Int64(rawCount)
    if elementType == .array {
      guard depth + 1 < Limits.maxArrayDepth else {
        throw fail(
          "array '\(key)' nests arrays deeper than \(Limits.maxArrayDepth)", at: typeOffset)
      }
      for _ in 0..<count { _ = try array(key: key, depth: depth + 1) }
      return .array(elementType: elementType, count: count, elements: nil)
    }
    if elementType == .string {
      for index in 0..<count { try skipString("element \(index) of '\(key)'") }
      return .array(elementType: elementType, count: count, elements: nil)
    }
    let size = elementType.fixedSize ?? 1
    try checkBudget(count * size, "array '\(key)'")
    if count <= Limits.maxKeptArrayElements {
      var elements: [GGUFValue] = []
      elements.reserveCapacity(Int(count))
      for _ in 0..<count { elements.append(try value(of: elementType, key: key, depth: depth + 1)) }
      return .array(elementType: elementType, count: count, elements: elements)
    }
    try reader.skip(count * size, for: "array '\(key)'")
    return .array(elementType: elementType, count: count, elements: nil)
  }

  mutating func tensorInfo(_ index: UInt64) throws -> GGUFHeader.TensorInfo {
    let name = try string("the name of tensor \(index)")
    let dimsOffset = reader.offset
    let dimensionCount = try reader.u32("the dimension count of '\(name)'")
    guard dimensionCount >= 1, dimensionCount <= Limits.maxDimensions else {
      throw fail(
        "tensor '\(name)' has \(dimensionCount) dimensions; ggml tensors have 1 to \(Limits.maxDimensions)",
        at: dimsOffset)
    }
    var dimensions: [Int64] = []
    var elements: Int64 = 1
    for d in 0..<Int(dimensionCount) {
      let dimOffset = reader.offset
      let raw = try reader.u64("dimension \(d) of '\(name)'")
      guard raw <= UInt64(Int64.max) else {
        throw fail("tensor '\(name)' dimension \(d) is \(raw), beyond 2^63", at: dimOffset)
      }
      let (product, overflow) = elements.multipliedReportingOverflow(by: Int64(raw))
      guard !overflow else {
        throw fail(
          "tensor '\(name)' has more than 2^63 elements (dimensions overflow)", at: dimOffset)
      }
      elements = product
      dimensions.append(Int64(raw))
    }
    let typeOffset = reader.offset
    let typeID = try reader.u32("the type of '\(name)'")
    guard let type = GGMLType.withID(Int(typeID)) else {
      throw fail("tensor '\(name)' has unknown ggml type id \(typeID)", at: typeOffset)
    }
    // ggml stores whole blocks along the first dimension (gguf.cpp: ne[0] % blck_size == 0).
    guard dimensions[0] % Int64(type.blockSize) == 0 else {
      throw fail(
        "tensor '\(name)' rows of \(dimensions[0]) elements are not whole \(type.name) blocks of \(type.blockSize)",
        at: dimsOffset)
    }
    guard elements / Int64(type.blockSize) <= Int64.max / Int64(type.bytesPerBlock) else {
      throw fail("tensor '\(name)' is larger than 2^63 bytes", at: dimsOffset)
    }
    let offsetField = reader.offset
    let offset = try reader.u64("the data offset of '\(name)'")
    guard offset <= UInt64(Int64.max) else {
      throw fail("tensor '\(name)' data offset \(offset) is beyond 2^63", at: offsetField)
    }
    return GGUFHeader.TensorInfo(
      name: name, dimensions: dimensions, type: type, offset: Int64(offset))
  }
}
