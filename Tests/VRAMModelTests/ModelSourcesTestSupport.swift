@testable import VRAMModel

/// Little-endian byte writing for hand-built GGUF and safetensors files.
struct Bytes {
  var data: [UInt8] = []

  mutating func u8(_ v: UInt8) { data.append(v) }
  mutating func u32(_ v: UInt32) {
    data += (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) }
  }
  mutating func u64(_ v: UInt64) {
    data += (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) }
  }
  mutating func raw(_ s: String) { data += Array(s.utf8) }
  /// A GGUF string: u64 length, then the UTF-8 bytes.
  mutating func string(_ s: String) {
    u64(UInt64(s.utf8.count))
    raw(s)
  }
}

/// A GGUF file assembled from metadata and tensor infos, in the layout of gguf.md: magic,
/// version, counts, key-values, tensor infos, padding to 32, then the data region.
struct GGUFBuilder {
  enum Value {
    case u32(UInt32)
    case u64(UInt64)
    case f32(Float)
    case bool(Bool)
    case string(String)
    case strings([String])
    case u32s([UInt32])
    case bools([Bool])
  }

  var version: UInt32 = 3
  var metadata: [(String, Value)] = []
  var tensors: [(name: String, dims: [UInt64], type: UInt32)] = []
  /// Overrides of the counts in the fixed header, for corrupt files.
  var tensorCountOverride: UInt64?
  var kvCountOverride: UInt64?

  /// A Llama-architecture header (2 layers of 256, 4 heads / 2 KV, vocab 512) with its tensors
  /// in `type` (norms F32), as llama.cpp's converter names them.
  static func llama(type: UInt32 = 1, tied: Bool = false, vocabulary: Bool = true) -> GGUFBuilder {
    var b = GGUFBuilder()
    b.metadata = [
      ("general.architecture", .string("llama")),
      ("general.name", .string("tiny")),
      ("llama.block_count", .u32(2)),
      ("llama.context_length", .u32(256)),
      ("llama.embedding_length", .u32(256)),
      ("llama.feed_forward_length", .u32(512)),
      ("llama.attention.head_count", .u32(4)),
      ("llama.attention.head_count_kv", .u32(2)),
      ("llama.attention.layer_norm_rms_epsilon", .f32(1e-5)),
      ("general.file_type", .u32(type == 8 ? 7 : 1)),
    ]
    if vocabulary {
      b.metadata.append(("tokenizer.ggml.tokens", .strings((0..<512).map { "t\($0)" })))
    }
    b.tensors.append(("token_embd.weight", [256, 512], type))
    for i in 0..<2 {
      b.tensors += [
        ("blk.\(i).attn_norm.weight", [256], 0),
        ("blk.\(i).attn_q.weight", [256, 256], type),
        ("blk.\(i).attn_k.weight", [256, 128], type),
        ("blk.\(i).attn_v.weight", [256, 128], type),
        ("blk.\(i).attn_output.weight", [256, 256], type),
        ("blk.\(i).ffn_norm.weight", [256], 0),
        ("blk.\(i).ffn_gate.weight", [256, 512], type),
        ("blk.\(i).ffn_up.weight", [256, 512], type),
        ("blk.\(i).ffn_down.weight", [512, 256], type),
      ]
    }
    b.tensors.append(("output_norm.weight", [256], 0))
    if !tied { b.tensors.append(("output.weight", [256, 512], type)) }
    return b
  }

  /// Bytes of a tensor; 0 for the impossible ones the corruption tests write (unknown types,
  /// overflowing dimensions), whose offsets then do not matter.
  func tensorBytes(_ dims: [UInt64], _ type: UInt32) -> Int64 {
    guard let t = GGMLType.withID(Int(type)) else { return 0 }
    var elements: UInt64 = 1
    for d in dims {
      let (product, overflow) = elements.multipliedReportingOverflow(by: d)
      if overflow || product > UInt64(Int64.max) { return 0 }
      elements = product
    }
    return t.bytes(forElements: Int64(elements))
  }

  /// The header, and (unless `dataBytes` says otherwise) a zero-filled data region exactly as
  /// long as the tensors need.
  func build(dataBytes: Int? = nil) -> [UInt8] {
    var b = Bytes()
    b.raw("GGUF")
    b.u32(version)
    b.u64(tensorCountOverride ?? UInt64(tensors.count))
    b.u64(kvCountOverride ?? UInt64(metadata.count))
    for (key, value) in metadata {
      b.string(key)
      switch value {
      case .u32(let v):
        b.u32(4)
        b.u32(v)
      case .u64(let v):
        b.u32(10)
        b.u64(v)
      case .f32(let v):
        b.u32(6)
        b.u32(v.bitPattern)
      case .bool(let v):
        b.u32(7)
        b.u8(v ? 1 : 0)
      case .string(let v):
        b.u32(8)
        b.string(v)
      case .strings(let v):
        b.u32(9)
        b.u32(8)
        b.u64(UInt64(v.count))
        for s in v { b.string(s) }
      case .u32s(let v):
        b.u32(9)
        b.u32(4)
        b.u64(UInt64(v.count))
        for n in v { b.u32(n) }
      case .bools(let v):
        b.u32(9)
        b.u32(7)
        b.u64(UInt64(v.count))
        for flag in v { b.u8(flag ? 1 : 0) }
      }
    }
    var offset: Int64 = 0
    for t in tensors {
      b.string(t.name)
      b.u32(UInt32(t.dims.count))
      for d in t.dims { b.u64(d) }
      b.u32(t.type)
      b.u64(UInt64(offset))
      offset += (tensorBytes(t.dims, t.type) + 31) / 32 * 32
    }
    while b.data.count % 32 != 0 { b.u8(0) }
    let data = dataBytes ?? Int(offset)
    return b.data + [UInt8](repeating: 0, count: data)
  }

  var totalTensorBytes: Int64 { tensors.reduce(0) { $0 + tensorBytes($1.dims, $1.type) } }
}

/// A file of `size` bytes whose first bytes are `prefix` and the rest zeros, as a sparse
/// 40 GB checkpoint would read; it counts what is read.
final class SparseByteSource: ByteSource, @unchecked Sendable {
  let prefix: [UInt8]
  let size: Int64
  private(set) var bytesRead: Int64 = 0
  private(set) var reads = 0

  init(prefix: [UInt8], size: Int64) {
    self.prefix = prefix
    self.size = size
  }

  func read(at offset: Int64, count: Int) throws -> [UInt8] {
    guard offset >= 0, count >= 0, Int64(count) <= size - offset else {
      throw ModelSourceError("read beyond the end", offset: offset)
    }
    bytesRead += Int64(count)
    reads += 1
    return (0..<count).map { i in
      let at = Int(offset) + i
      return at < prefix.count ? prefix[at] : 0
    }
  }
}
