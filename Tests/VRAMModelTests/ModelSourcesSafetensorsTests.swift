import Testing

@testable import VRAMModel

/// The safetensors header reader on files built byte by byte (format: huggingface/safetensors
/// README: u64 LE header length N, N bytes of JSON, the byte buffer).
@Suite struct ModelSourcesSafetensorsTests {
  /// A file with `json` as its header and `data` bytes of buffer.
  static func file(_ json: String, data: Int) -> [UInt8] {
    var b = Bytes()
    b.u64(UInt64(json.utf8.count))
    b.raw(json)
    return b.data + [UInt8](repeating: 0, count: data)
  }

  /// Two tensors: "a" F16 [2, 3] = 6 × 2 = 12 bytes at [0, 12), "b" F32 [4] = 16 bytes at
  /// [12, 28); 28 bytes of data after 8 + N.
  static let twoTensors = """
    {"__metadata__": {"format": "pt"},
     "b": {"dtype": "F32", "shape": [4], "data_offsets": [12, 28]},
     "a": {"dtype": "F16", "shape": [2, 3], "data_offsets": [0, 12]}}
    """

  @Test func twoTensorFile() throws {
    let bytes = Self.file(Self.twoTensors, data: 28)
    let header = try SafetensorsHeader.read(from: InMemoryByteSource(bytes))
    #expect(header.tensors.map(\.name) == ["a", "b"])  // in data order
    #expect(header.tensorBytes == 28 && header.storedElements == 10)
    #expect(header.metadata == ["format": "pt"])
    #expect(header.dataOffset == 8 + Int64(Self.twoTensors.utf8.count))
  }

  /// Bytes per element: F64 8, F32 4, F16/BF16 2, I8/U8/F8 1, I32 4, I64 8, BOOL 1, and the
  /// sub-byte F4 (4 bits) and F6 (6 bits), rounded up to whole bytes.
  @Test(arguments: [
    ("F64", 8, 64), ("F32", 8, 32), ("F16", 8, 16), ("BF16", 8, 16), ("I8", 8, 8), ("U8", 8, 8),
    ("F8_E4M3", 8, 8), ("F8_E5M2", 8, 8), ("F8_E8M0", 8, 8), ("I32", 8, 32), ("I64", 8, 64),
    ("BOOL", 8, 8), ("F4", 8, 4), ("F6_E2M3", 8, 6), ("U16", 8, 16), ("C64", 8, 64),
  ])
  func dtypeSizes(dtype: String, elements: Int, bytes: Int) throws {
    let json =
      #"{"t": {"dtype": "\#(dtype)", "shape": [\#(elements)], "data_offsets": [0, \#(bytes)]}}"#
    let header = try SafetensorsHeader.read(from: InMemoryByteSource(Self.file(json, data: bytes)))
    #expect(header.tensorBytes == Int64(bytes))
  }

  /// A dtype the format does not define yet is taken at its byte range.
  @Test func unknownDTypeUsesItsOffsets() throws {
    let json = #"{"t": {"dtype": "F2_NEW", "shape": [100], "data_offsets": [0, 25]}}"#
    let header = try SafetensorsHeader.read(from: InMemoryByteSource(Self.file(json, data: 25)))
    #expect(header.tensorBytes == 25)
  }

  static let corruptions: [(String, [UInt8], String)] = [
    ("empty", [], "too short for the 8-byte header length"),
    ("N beyond 100 MB", header(length: 100_000_001), "beyond the format's 100 MB limit"),
    (
      "N beyond the file", header(length: 1000) + [UInt8](repeating: 32, count: 10),
      "runs past the end"
    ),
    ("not JSON", file("this is not json", data: 0), "not valid JSON"),
    ("JSON array", file("[1, 2]", data: 0), "not a JSON object"),
    (
      "missing shape", file(#"{"t": {"dtype": "F16", "data_offsets": [0, 2]}}"#, data: 2),
      "lacks dtype, shape or data_offsets"
    ),
    (
      "offsets beyond the file",
      file(#"{"t": {"dtype": "F16", "shape": [8], "data_offsets": [0, 16]}}"#, data: 10),
      "beyond the file's 10 bytes of data"
    ),
    (
      "offsets disagree with the shape",
      file(#"{"t": {"dtype": "F16", "shape": [8], "data_offsets": [0, 12]}}"#, data: 16),
      "= 16 bytes but its data_offsets span 12"
    ),
    (
      "shape overflows",
      file(
        #"{"t": {"dtype": "F16", "shape": [4294967296, 4294967296], "data_offsets": [0, 2]}}"#,
        data: 2), "overflows"
    ),
    (
      "bits overflow",
      file(
        #"{"t": {"dtype": "F64", "shape": [4611686018427387904], "data_offsets": [0, 2]}}"#, data: 2
      ),
      "larger than 2^63 bits"
    ),
    (
      "negative dimension",
      file(#"{"t": {"dtype": "F16", "shape": [-1], "data_offsets": [0, 2]}}"#, data: 2),
      "not a non-negative integer"
    ),
    (
      "reversed offsets",
      file(#"{"t": {"dtype": "F16", "shape": [1], "data_offsets": [2, 0]}}"#, data: 2),
      "not 0 ≤ begin ≤ end"
    ),
  ]

  static func header(length: UInt64) -> [UInt8] {
    var b = Bytes()
    b.u64(length)
    return b.data
  }

  @Test(arguments: 0..<corruptions.count)
  func corruptFilesAreRefused(index: Int) {
    let (name, bytes, message) = Self.corruptions[index]
    let error = #expect(throws: ModelSourceError.self, "\(name)") {
      try SafetensorsHeader.read(from: InMemoryByteSource(bytes))
    }
    #expect(error?.message.contains(message) == true, "\(name): \(error?.message ?? "")")
  }

  /// The 100 MB limit is checked before anything is read past the length.
  @Test func hugeHeaderLengthReadsEightBytes() {
    let source = SparseByteSource(prefix: Self.header(length: 1 << 40), size: 2 << 40)
    #expect(throws: ModelSourceError.self) { try SafetensorsHeader.read(from: source) }
    #expect(source.bytesRead == 8)
  }

  @Test func everyTruncationThrows() {
    let bytes = Self.file(Self.twoTensors, data: 28)
    for length in 0..<bytes.count {
      #expect(throws: ModelSourceError.self, "length \(length)") {
        try SafetensorsHeader.read(from: InMemoryByteSource(Array(bytes.prefix(length))))
      }
    }
  }

  @Test func shardedIndex() throws {
    let json = """
      {"metadata": {"total_size": 44},
       "weight_map": {"a": "model-00001-of-00002.safetensors",
                      "b": "model-00002-of-00002.safetensors",
                      "c": "model-00001-of-00002.safetensors"}}
      """
    let index = try SafetensorsIndex.parse(Array(json.utf8))
    #expect(
      index.shards == ["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"])
    #expect(index.totalSize == 44 && index.weightMap["c"] == "model-00001-of-00002.safetensors")
  }

  @Test(arguments: [
    (#"{"metadata": {}}"#, "no weight_map"),
    (#"{"weight_map": {}}"#, "weight_map is empty"),
    (#"{"weight_map": {"a": 3}}"#, "not a file name"),
    (#"{"weight_map": {"a": "../../etc/passwd"}}"#, "points outside the folder"),
    (#"{"weight_map": {"a": "/abs.safetensors"}}"#, "points outside the folder"),
  ])
  func badIndex(json: String, message: String) {
    let error = #expect(throws: ModelSourceError.self) {
      try SafetensorsIndex.parse(Array(json.utf8))
    }
    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
  }

  /// Measured weights: the sum over shards; an unquantized checkpoint is stored in its
  /// dominant float dtype whatever config.json said.
  @Test func measureShards() throws {
    let first = try SafetensorsHeader.read(
      from: InMemoryByteSource(Self.file(Self.twoTensors, data: 28)))
    let json =
      #"{"model.embed_tokens.weight": {"dtype": "BF16", "shape": [10, 4], "data_offsets": [0, 80]}, "lm_head.weight": {"dtype": "BF16", "shape": [10, 4], "data_offsets": [80, 160]}}"#
    let second = try SafetensorsHeader.read(from: InMemoryByteSource(Self.file(json, data: 160)))
    let measured = SafetensorsWeights.measure(
      [("one", first), ("two", second)], checkpointFormat: .fp16, quantized: false)
    #expect(measured.totalBytes == 188 && measured.tensorCount == 4)
    #expect(measured.format == .bf16)  // 160 bytes of BF16 outweigh 12 of F16 and 16 of F32
    #expect(measured.embeddingBytes == 80 && measured.outputBytes == 80)
    #expect(measured.source.contains("2 safetensors shard headers: 4 tensors"))
    let quantized = SafetensorsWeights.measure(
      [("one", second)], checkpointFormat: .awq, quantized: true)
    #expect(quantized.format == .awq)
  }

  /// A header of 50,000 tensors (a 600B-parameter MoE has ~100k across its shards) parses in
  /// well under a second.
  @Test func largeHeaderParsesWhole() throws {
    var entries: [String] = []
    var offset = 0
    for i in 0..<50_000 {
      entries.append(
        #""model.layers.\#(i / 500).mlp.experts.\#(i % 500).weight": {"dtype": "BF16", "shape": [8, 4], "data_offsets": [\#(offset), \#(offset + 64)]}"#
      )
      offset += 64
    }
    let json = "{" + entries.joined(separator: ",") + "}"
    let header = try SafetensorsHeader.read(from: InMemoryByteSource(Self.file(json, data: offset)))
    #expect(header.tensors.count == 50_000)
    #expect(header.tensors.last?.end == Int64(offset))
  }
}
