/// The header of a `.safetensors` file: tensor names, dtypes, shapes and byte ranges, read
/// without the tensor data. Layout (huggingface/safetensors README, "Format"):
///
///     u64 little-endian N | N bytes of UTF-8 JSON | byte buffer
///
/// The JSON maps each tensor name to `{"dtype", "shape", "data_offsets": [begin, end]}`
/// (offsets relative to the byte buffer) and may hold `"__metadata__"` (string → string).
public struct SafetensorsHeader: Sendable, Hashable {
  public struct Tensor: Sendable, Hashable {
    public var name: String
    public var dtype: String
    public var shape: [Int64]
    public var begin: Int64
    public var end: Int64

    public var elements: Int64 { shape.reduce(1, *) }
    public var bytes: Int64 { end - begin }
  }

  /// Tensors in the order of their data.
  public var tensors: [Tensor]
  public var metadata: [String: String]
  /// Where the byte buffer starts in the file: 8 + N.
  public var dataOffset: Int64

  /// Saturating: tensors may share their byte ranges, and a dtype the format does not name
  /// has a shape unrelated to its bytes, so a hostile header can name more than 2^63.
  public var tensorBytes: Int64 { tensors.reduce(0) { $0.saturatingAdd($1.bytes) } }
  public var storedElements: Int64 { tensors.reduce(0) { $0.saturatingAdd($1.elements) } }

  /// The safetensors crate refuses headers above 100 MB (`MAX_HEADER_SIZE = 100_000_000`,
  /// safetensors/src/tensor.rs): a larger N is a corrupt or hostile file.
  public static let maxHeaderBytes: UInt64 = 100_000_000

  /// Bits per element of each dtype the format defines (safetensors/src/tensor.rs `Dtype`,
  /// `bitsize()`): F4 is float4 E2M1, two per byte; F6 types pack four in three bytes.
  public static let bitsPerElement: [String: Int64] = [
    "BOOL": 8, "U8": 8, "I8": 8, "F8_E5M2": 8, "F8_E4M3": 8, "F8_E8M0": 8, "F8_E4M3FNUZ": 8,
    "F8_E5M2FNUZ": 8,
    "I16": 16, "U16": 16, "F16": 16, "BF16": 16,
    "I32": 32, "U32": 32, "F32": 32, "C64": 64,
    "I64": 64, "U64": 64, "F64": 64,
    "F4": 4, "F6_E2M3": 6, "F6_E3M2": 6,
  ]

  /// Reads the header of the file behind `source`.
  public static func read(from source: any ByteSource) throws -> SafetensorsHeader {
    let size = source.size
    guard size >= 8 else {
      throw ModelSourceError(
        "safetensors: the file is \(size) bytes long, too short for the 8-byte header length",
        offset: 0)
    }
    let length = LittleEndian.uint64(try source.read(at: 0, count: 8)[...])
    guard length <= maxHeaderBytes else {
      throw ModelSourceError(
        "safetensors: header length \(length) is beyond the format's 100 MB limit: not a safetensors file, or corrupt",
        offset: 0)
    }
    guard Int64(length) <= size - 8 else {
      throw ModelSourceError(
        "safetensors: header length \(length) runs past the end of the \(size)-byte file (truncated?)",
        offset: 0)
    }
    let json = try source.read(at: 8, count: Int(length))
    return try parse(json: json, dataOffset: 8 + Int64(length), fileSize: size)
  }

  /// Parses the JSON part; `fileSize` bounds the data offsets.
  public static func parse(json: [UInt8], dataOffset: Int64, fileSize: Int64) throws
    -> SafetensorsHeader
  {
    guard let object = try ConfigJSON.parse(json, what: "safetensors header").object else {
      throw ModelSourceError("safetensors: the header is not a JSON object", offset: 8)
    }
    let bufferSize = fileSize - dataOffset
    var tensors: [Tensor] = []
    var metadata: [String: String] = [:]
    tensors.reserveCapacity(object.count)
    // Sorted, so that of several bad tensors the same one is named on every run.
    for (name, value) in object.sorted(by: { $0.key < $1.key }) {
      if name == "__metadata__" {
        for (key, entry) in value.object ?? [:] { metadata[key] = entry.string }
        continue
      }
      tensors.append(try tensor(name, value, bufferSize: bufferSize))
    }
    tensors.sort { ($0.begin, $0.name) < ($1.begin, $1.name) }
    return SafetensorsHeader(tensors: tensors, metadata: metadata, dataOffset: dataOffset)
  }

  static func tensor(_ name: String, _ value: ConfigJSON, bufferSize: Int64) throws -> Tensor {
    func fail(_ problem: String) -> ModelSourceError {
      ModelSourceError("safetensors: tensor '\(name)' \(problem)", offset: 8)
    }
    guard let info = value.object, let dtype = info["dtype"]?.string,
      let rawShape = info["shape"]?.array, let offsets = info["data_offsets"]?.array,
      offsets.count == 2
    else {
      throw fail("lacks dtype, shape or data_offsets [begin, end]")
    }
    var shape: [Int64] = []
    var elements: Int64 = 1
    for entry in rawShape {
      guard let dimension = entry.integer, dimension >= 0 else {
        throw fail("has a shape entry that is not a non-negative integer")
      }
      let (product, overflow) = elements.multipliedReportingOverflow(by: dimension)
      guard !overflow else { throw fail("has a shape whose element count overflows 2^63") }
      elements = product
      shape.append(dimension)
    }
    guard let begin = offsets[0].integer, let end = offsets[1].integer, begin >= 0, end >= begin
    else {
      throw fail("has data_offsets that are not 0 ≤ begin ≤ end")
    }
    guard end <= bufferSize else {
      throw fail(
        "ends at byte \(end) of the data, beyond the file's \(max(bufferSize, 0)) bytes of data (truncated?)"
      )
    }
    // Known dtypes must match their byte range exactly (the crate's `validate` does the same);
    // unknown ones are taken at their offsets.
    if let bits = bitsPerElement[dtype] {
      let (bitCount, overflow) = elements.multipliedReportingOverflow(by: bits)
      guard !overflow else { throw fail("is larger than 2^63 bits") }
      let expected = (bitCount + 7) / 8
      guard expected == end - begin else {
        throw fail(
          "is \(dtype) \(shape) = \(expected) bytes but its data_offsets span \(end - begin)")
      }
    }
    return Tensor(name: name, dtype: dtype, shape: shape, begin: begin, end: end)
  }
}

/// `model.safetensors.index.json` of a sharded checkpoint: which shard holds each tensor
/// (transformers `SAFE_WEIGHTS_INDEX_NAME`; `{"metadata": {"total_size"}, "weight_map"}`).
public struct SafetensorsIndex: Sendable, Hashable {
  public var weightMap: [String: String]
  /// `metadata.total_size` when given: the writer's own sum of tensor bytes.
  public var totalSize: Int64?

  /// Shard file names, each once, sorted.
  public var shards: [String] { Array(Set(weightMap.values)).sorted() }

  public static func parse(_ bytes: [UInt8], name: String = "model.safetensors.index.json")
    throws -> SafetensorsIndex
  {
    guard let object = try ConfigJSON.parse(bytes, what: name).object,
      let map = object["weight_map"]?.object
    else {
      throw ModelSourceError("\(name) has no weight_map object")
    }
    var weightMap: [String: String] = [:]
    for (tensor, file) in map {
      guard let file = file.string, !file.isEmpty else {
        throw ModelSourceError("\(name): weight_map entry '\(tensor)' is not a file name")
      }
      // Shards sit beside the index: a path that climbs out of the folder is refused.
      guard !file.hasPrefix("/"), !file.split(separator: "/").contains("..") else {
        throw ModelSourceError(
          "\(name): weight_map entry '\(tensor)' points outside the folder ('\(file)')")
      }
      weightMap[tensor] = file
    }
    guard !weightMap.isEmpty else { throw ModelSourceError("\(name): weight_map is empty") }
    let total = object["metadata"]?.object?["total_size"]?.integer
    return SafetensorsIndex(weightMap: weightMap, totalSize: total)
  }
}
