import Testing

@testable import VRAMModel

/// The GGUF header reader on files built byte by byte (layout: ggml docs/gguf.md).
@Suite struct ModelSourcesGGUFHeaderTests {
  /// The smallest useful GGUF: one key, one Q8_0 tensor of 4 rows × 32.
  /// Header: 4 magic + 4 version + 8 + 8 counts = 24; the key-value 8 + 20 + 4 + 8 + 5 = 45;
  /// the tensor info 8 + 17 + 4 + 2 × 8 + 4 + 8 = 57; 24 + 45 + 57 = 126, padded to 128.
  /// Data: 4 × 32 = 128 weights = 4 Q8_0 blocks × 34 bytes (fp16 scale + 32 int8) = 136.
  static let minimal: [UInt8] =
    Array("GGUF".utf8) + [3, 0, 0, 0]  // magic, version 3
    + [1, 0, 0, 0, 0, 0, 0, 0]  // tensor_count 1
    + [1, 0, 0, 0, 0, 0, 0, 0]  // kv_count 1
    + [20, 0, 0, 0, 0, 0, 0, 0] + Array("general.architecture".utf8)  // key
    + [8, 0, 0, 0]  // value type 8 = string
    + [5, 0, 0, 0, 0, 0, 0, 0] + Array("llama".utf8)
    + [17, 0, 0, 0, 0, 0, 0, 0] + Array("token_embd.weight".utf8)  // tensor name
    + [2, 0, 0, 0]  // n_dims 2
    + [32, 0, 0, 0, 0, 0, 0, 0] + [4, 0, 0, 0, 0, 0, 0, 0]  // ne = [32, 4]
    + [8, 0, 0, 0]  // ggml type 8 = Q8_0
    + [0, 0, 0, 0, 0, 0, 0, 0]  // offset 0 in the data region
    + [0, 0]  // padding to 128
    + [UInt8](repeating: 0, count: 136)  // the tensor data

  @Test func minimalFile() throws {
    #expect(Self.minimal.count == 264)
    let header = try GGUFHeader.read(from: InMemoryByteSource(Self.minimal))
    #expect(header.version == 3)
    #expect(header["general.architecture"] == .string("llama"))
    #expect(header.tensors.count == 1)
    let t = header.tensors[0]
    #expect(t.name == "token_embd.weight" && t.dimensions == [32, 4] && t.type.name == "Q8_0")
    #expect(t.bytes == 136 && header.dataOffset == 128 && header.alignment == 32)
  }

  /// Cut anywhere, the file is refused with an error, never a crash or a hang.
  @Test func everyTruncationThrows() {
    for length in 0..<Self.minimal.count {
      let cut = Array(Self.minimal.prefix(length))
      #expect(throws: ModelSourceError.self, "length \(length)") {
        try GGUFHeader.read(from: InMemoryByteSource(cut))
      }
    }
  }

  @Test func llamaHeaderReadsBack() throws {
    let builder = GGUFBuilder.llama(type: 8)
    let header = try GGUFHeader.read(from: InMemoryByteSource(builder.build()))
    #expect(header.tensors.count == 21)
    #expect(header.tensorBytes == builder.totalTensorBytes)
    #expect(header["tokenizer.ggml.tokens"]?.arrayCount == 512)
    #expect(header["tokenizer.ggml.tokens"]?.arrayElements == nil)  // skipped, not kept
    #expect(header["llama.block_count"]?.integer == 2)
  }

  /// Each corruption, its patch, and words the message must contain.
  static let corruptions: [(String, @Sendable (inout GGUFBuilder) -> Void, String)] = [
    ("version 1", { $0.version = 1 }, "unsupported GGUF version 1"),
    ("version 4", { $0.version = 4 }, "unsupported GGUF version 4"),
    ("big-endian", { $0.version = 3 << 24 }, "big-endian"),
    ("tensor count", { $0.tensorCountOverride = 1_000_001 }, "tensor count 1000001 is beyond"),
    ("kv count", { $0.kvCountOverride = 1 << 40 }, "metadata count 1099511627776 is beyond"),
    // The 22nd tensor info is read from the padding and data: zeros, a nameless 0-d tensor.
    ("too many tensors", { $0.tensorCountOverride = 22 }, "has 0 dimensions"),
    ("n_dims 5", { $0.tensors[0].dims = [256, 512, 1, 1, 1] }, "has 5 dimensions"),
    ("n_dims 0", { $0.tensors[0].dims = [] }, "has 0 dimensions"),
    ("type 4 (removed Q4_2)", { $0.tensors[1].type = 4 }, "unknown ggml type id 4"),
    ("type 31 (removed Q4_0_4_4)", { $0.tensors[1].type = 31 }, "unknown ggml type id 31"),
    ("type 99", { $0.tensors[1].type = 99 }, "unknown ggml type id 99"),
    ("dims overflow", { $0.tensors[0].dims = [1 << 32, 1 << 32] }, "more than 2^63 elements"),
    ("dim beyond 2^63", { $0.tensors[0].dims = [256, 1 << 63] }, "beyond 2^63"),
    ("partial block", { $0.tensors[0].dims = [33, 512] }, "not whole Q8_0 blocks"),
    ("duplicate tensor", { $0.tensors[2].name = $0.tensors[1].name }, "appears twice"),
    (
      "duplicate key", { $0.metadata.append(("llama.block_count", .u32(3))) },
      "'llama.block_count' appears twice"
    ),
    (
      "alignment 48", { $0.metadata.append(("general.alignment", .u32(48))) },
      "not a power of two"
    ),
  ]

  @Test(arguments: 0..<corruptions.count)
  func corruptHeaderIsRefused(index: Int) {
    let (name, patch, message) = Self.corruptions[index]
    var builder = GGUFBuilder.llama(type: 8)
    patch(&builder)
    let error = #expect(throws: ModelSourceError.self, "\(name)") {
      try GGUFHeader.read(from: InMemoryByteSource(builder.build()))
    }
    #expect(error?.message.contains(message) == true, "\(name): \(error?.message ?? "")")
    #expect(error?.offset != nil, "\(name)")
  }

  @Test func badMagic() {
    var bytes = Self.minimal
    bytes[3] = UInt8(ascii: "X")
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFHeader.read(from: InMemoryByteSource(bytes))
    }
    #expect(error?.message.contains("bad magic 'GGUX'") == true)
    #expect(error?.offset == 0)
  }

  /// Patches a byte range of the minimal file.
  func patched(_ range: Range<Int>, _ bytes: [UInt8]) -> [UInt8] {
    var copy = Self.minimal
    copy.replaceSubrange(range, with: bytes)
    return copy
  }

  @Test func stringLongerThanTheLimit() {
    // The key length (bytes 24..<32) set to 2^40.
    let bytes = patched(24..<32, [0, 0, 0, 0, 0, 1, 0, 0])
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFHeader.read(from: InMemoryByteSource(bytes))
    }
    #expect(error?.message.contains("beyond the 64 MiB limit") == true)
    #expect(error?.offset == 24)
  }

  @Test func stringBeyondTheEndOfTheFile() {
    // The key length set to 1000: under the limit, past the 264-byte file.
    let bytes = patched(24..<32, [0xE8, 0x03, 0, 0, 0, 0, 0, 0])
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFHeader.read(from: InMemoryByteSource(bytes))
    }
    #expect(error?.message.contains("truncated") == true)
  }

  @Test func unknownValueType() {
    // The value type of the one key (bytes 52..<56) set to 13.
    let bytes = patched(52..<56, [13, 0, 0, 0])
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFHeader.read(from: InMemoryByteSource(bytes))
    }
    #expect(error?.message.contains("unknown value type 13") == true)
  }

  @Test func tensorDataBeyondTheFile() {
    let builder = GGUFBuilder.llama(type: 8)
    let bytes = builder.build(dataBytes: 1000)
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFHeader.read(from: InMemoryByteSource(bytes))
    }
    #expect(error?.message.contains("the file is truncated") == true)
  }

  /// An array count no file could hold is refused before any element is read.
  @Test func arrayCountBeyondTheFile() {
    var b = Bytes()
    b.raw("GGUF")
    b.u32(3)
    b.u64(0)
    b.u64(1)
    b.string("tokenizer.ggml.tokens")
    b.u32(9)  // array
    b.u32(8)  // of strings
    b.u64(1 << 60)
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFHeader.read(from: InMemoryByteSource(b.data))
    }
    #expect(error?.message.contains("more than the") == true)
  }

  /// A 40 GB file of zeros after a header claiming 4 billion empty strings: the reader stops
  /// at its header budget instead of scanning 32 GB (budget lowered to 1 MiB here).
  @Test func headerBudgetBoundsTheWork() throws {
    var b = Bytes()
    b.raw("GGUF")
    b.u32(3)
    b.u64(0)
    b.u64(1)
    b.string("tokenizer.ggml.tokens")
    b.u32(9)
    b.u32(8)
    b.u64(4_000_000_000)
    let source = SparseByteSource(prefix: b.data, size: 40 << 30)
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFHeader.read(from: source, maxHeaderBytes: 1 << 20)
    }
    #expect(error?.message.contains("runs past 1 MiB") == true, "\(error?.message ?? "")")
    #expect(source.bytesRead < 2 << 20)
  }

  @Test func nestedArraysDeeperThanTwoAreRefused() {
    var b = Bytes()
    b.raw("GGUF")
    b.u32(3)
    b.u64(0)
    b.u64(1)
    b.string("nested")
    b.u32(9)
    b.u32(9)  // array of arrays
    b.u64(1)
    b.u32(9)  // whose element is an array of arrays
    b.u64(1)
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFHeader.read(from: InMemoryByteSource(b.data + [UInt8](repeating: 0, count: 64)))
    }
    #expect(error?.message.contains("nests arrays deeper") == true)
  }

  /// A 40 GB checkpoint costs its header: the reader never touches the tensor data.
  @Test func aFortyGigabyteFileCostsItsHeader() throws {
    let builder = GGUFBuilder.llama(type: 8)
    let header = builder.build(dataBytes: 0)
    let source = SparseByteSource(prefix: header, size: 40 << 30)
    let read = try GGUFHeader.read(from: source)
    #expect(read.tensors.count == 21)
    #expect(source.bytesRead <= Int64(header.count) + Int64(ByteReader.chunkSize))
    #expect(source.reads <= 2)
  }

  @Test func ggmlTypeIDsMatchGGMLH() {
    let expected: [(Int, String)] = [
      (0, "F32"), (1, "F16"), (2, "Q4_0"), (3, "Q4_1"), (6, "Q5_0"), (7, "Q5_1"), (8, "Q8_0"),
      (9, "Q8_1"), (10, "Q2_K"), (11, "Q3_K"), (12, "Q4_K"), (13, "Q5_K"), (14, "Q6_K"),
      (15, "Q8_K"), (16, "IQ2_XXS"), (17, "IQ2_XS"), (18, "IQ3_XXS"), (19, "IQ1_S"),
      (20, "IQ4_NL"), (21, "IQ3_S"), (22, "IQ2_S"), (23, "IQ4_XS"), (24, "I8"), (25, "I16"),
      (26, "I32"), (27, "I64"), (28, "F64"), (29, "IQ1_M"), (30, "BF16"), (34, "TQ1_0"),
      (35, "TQ2_0"), (39, "MXFP4"), (40, "NVFP4"),
    ]
    for (id, name) in expected { #expect(GGMLType.withID(id)?.name == name, "\(id)") }
    for removed in [4, 5, 31, 32, 33, 36, 37, 38] { #expect(GGMLType.withID(removed) == nil) }
    #expect(Set(GGMLType.all.map(\.id)).count == GGMLType.all.count)
  }
}
