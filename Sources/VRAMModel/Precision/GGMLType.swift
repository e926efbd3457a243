import Foundation

/// ggml tensor types with their block layout: `bytesPerBlock` bytes store `blockSize`
/// weights. Source: ggml/src/ggml.c `type_traits` (blck_size, type_size) and the block
/// structs in ggml-common.h, e.g. `block_q4_0` = fp16 scale + 16 bytes of nibbles = 18 bytes
/// for 32 weights; `block_q4_K` = 2 fp16 + 12 scale bytes + 128 nibble bytes = 144 for 256.
///
/// `id` is the type's number in `enum ggml_type` (ggml/include/ggml.h), the value a GGUF
/// tensor info stores; ids 4, 5 (Q4_2, Q4_3) and 31–33, 36–38 (repacked Q4_0/IQ4_NL
/// layouts) were removed from GGUF files upstream and are rejected as unknown.
public struct GGMLType: Sendable, Hashable {
  public let id: Int
  public let name: String
  public let blockSize: Int
  public let bytesPerBlock: Int

  init(_ id: Int, name: String, blockSize: Int, bytesPerBlock: Int) {
    self.id = id
    self.name = name
    self.blockSize = blockSize
    self.bytesPerBlock = bytesPerBlock
  }

  public var bitsPerWeight: Double { Double(bytesPerBlock * 8) / Double(blockSize) }

  /// Bytes for `count` elements, rounded up to whole blocks as ggml allocates them.
  public func bytes(forElements count: Int64) -> Int64 {
    ceilDiv(count, Int64(blockSize)).saturatingMultiply(Int64(bytesPerBlock))
  }

  public static let all: [GGMLType] = [
    GGMLType(0, name: "F32", blockSize: 1, bytesPerBlock: 4),
    GGMLType(1, name: "F16", blockSize: 1, bytesPerBlock: 2),
    GGMLType(30, name: "BF16", blockSize: 1, bytesPerBlock: 2),
    GGMLType(2, name: "Q4_0", blockSize: 32, bytesPerBlock: 18),
    GGMLType(3, name: "Q4_1", blockSize: 32, bytesPerBlock: 20),
    GGMLType(6, name: "Q5_0", blockSize: 32, bytesPerBlock: 22),
    GGMLType(7, name: "Q5_1", blockSize: 32, bytesPerBlock: 24),
    GGMLType(8, name: "Q8_0", blockSize: 32, bytesPerBlock: 34),
    GGMLType(9, name: "Q8_1", blockSize: 32, bytesPerBlock: 36),
    GGMLType(10, name: "Q2_K", blockSize: 256, bytesPerBlock: 84),
    GGMLType(11, name: "Q3_K", blockSize: 256, bytesPerBlock: 110),
    GGMLType(12, name: "Q4_K", blockSize: 256, bytesPerBlock: 144),
    GGMLType(13, name: "Q5_K", blockSize: 256, bytesPerBlock: 176),
    GGMLType(14, name: "Q6_K", blockSize: 256, bytesPerBlock: 210),
    GGMLType(15, name: "Q8_K", blockSize: 256, bytesPerBlock: 292),
    GGMLType(16, name: "IQ2_XXS", blockSize: 256, bytesPerBlock: 66),
    GGMLType(17, name: "IQ2_XS", blockSize: 256, bytesPerBlock: 74),
    GGMLType(22, name: "IQ2_S", blockSize: 256, bytesPerBlock: 82),
    GGMLType(18, name: "IQ3_XXS", blockSize: 256, bytesPerBlock: 98),
    GGMLType(21, name: "IQ3_S", blockSize: 256, bytesPerBlock: 110),
    GGMLType(19, name: "IQ1_S", blockSize: 256, bytesPerBlock: 50),
    GGMLType(29, name: "IQ1_M", blockSize: 256, bytesPerBlock: 56),
    GGMLType(20, name: "IQ4_NL", blockSize: 32, bytesPerBlock: 18),
    GGMLType(23, name: "IQ4_XS", blockSize: 256, bytesPerBlock: 136),
    GGMLType(34, name: "TQ1_0", blockSize: 256, bytesPerBlock: 54),
    GGMLType(35, name: "TQ2_0", blockSize: 256, bytesPerBlock: 66),
    GGMLType(39, name: "MXFP4", blockSize: 32, bytesPerBlock: 17),
    // block_nvfp4 (ggml-common.h): 4 E4M3 sub-block scales + 32 bytes of nibbles, 64 weights.
    GGMLType(40, name: "NVFP4", blockSize: 64, bytesPerBlock: 36),
    // Plain integer and double tensors (ggml.c type_traits: blck_size 1, sizeof the C type).
    GGMLType(24, name: "I8", blockSize: 1, bytesPerBlock: 1),
    GGMLType(25, name: "I16", blockSize: 1, bytesPerBlock: 2),
    GGMLType(26, name: "I32", blockSize: 1, bytesPerBlock: 4),
    GGMLType(27, name: "I64", blockSize: 1, bytesPerBlock: 8),
    GGMLType(28, name: "F64", blockSize: 1, bytesPerBlock: 8),
  ]

  /// The type a GGUF tensor info names by number; nil for ids ggml does not (or no longer)
  /// define.
  public static func withID(_ id: Int) -> GGMLType? {
    all.first { $0.id == id }
  }

  public static func named(_ name: String) -> GGMLType? {
    let key = name.uppercased()
    return all.first { $0.name == key }
  }
}

/// A GGUF *file type* (`general.file_type`, the `Q4_K_M` in a file name) is a mix of tensor
/// types chosen per tensor by llama.cpp's quantizer. Its whole-file bits per weight were
/// measured on Llama-3.1-8B and published in llama.cpp tools/quantize/README.md; where the
/// README gives no figure the value is derived from the type mix (noted per entry).
public struct GGUFFileType: Sendable, Hashable {
  public let name: String
  public let bitsPerWeight: Double
  /// The dominant tensor type, used for the token embedding that llama.cpp keeps on the CPU.
  public let baseType: String
  public let source: String

  static let quantizeReadme = "llama.cpp tools/quantize/README.md, Llama-3.1-8B whole-file bpw"

  public static let all: [GGUFFileType] = [
    GGUFFileType(name: "F32", bitsPerWeight: 32, baseType: "F32", source: "ggml type F32"),
    GGUFFileType(name: "F16", bitsPerWeight: 16, baseType: "F16", source: "ggml type F16"),
    GGUFFileType(name: "BF16", bitsPerWeight: 16, baseType: "BF16", source: "ggml type BF16"),
    GGUFFileType(name: "Q8_0", bitsPerWeight: 8.50, baseType: "Q8_0", source: quantizeReadme),
    GGUFFileType(name: "Q6_K", bitsPerWeight: 6.56, baseType: "Q6_K", source: quantizeReadme),
    GGUFFileType(name: "Q5_K_M", bitsPerWeight: 5.70, baseType: "Q5_K", source: quantizeReadme),
    GGUFFileType(
      name: "Q5_K_S", bitsPerWeight: 5.57, baseType: "Q5_K",
      source: "derived: Q5_K (5.5 bpw) with Q6_K output tensor"),
    GGUFFileType(
      name: "Q5_0", bitsPerWeight: 5.57, baseType: "Q5_0",
      source: "derived: Q5_0 (5.5 bpw) with Q6_K output tensor"),
    GGUFFileType(
      name: "Q5_1", bitsPerWeight: 6.07, baseType: "Q5_1",
      source: "derived: Q5_1 (6.0 bpw) with Q6_K output tensor"),
    GGUFFileType(name: "Q4_K_M", bitsPerWeight: 4.89, baseType: "Q4_K", source: quantizeReadme),
    GGUFFileType(name: "Q4_K_S", bitsPerWeight: 4.67, baseType: "Q4_K", source: quantizeReadme),
    // Case B02 (cases.json): llama.cpp printed "file type = Q4_0, 4.64 BPW" for Llama-3.1-8B.
    GGUFFileType(name: "Q4_0", bitsPerWeight: 4.64, baseType: "Q4_0", source: "cases.json B02"),
    GGUFFileType(
      name: "Q4_1", bitsPerWeight: 5.14, baseType: "Q4_1",
      source: "derived: Q4_1 (5.0 bpw) with Q6_K output tensor"),
    GGUFFileType(name: "Q3_K_L", bitsPerWeight: 4.30, baseType: "Q3_K", source: quantizeReadme),
    GGUFFileType(
      name: "Q3_K_M", bitsPerWeight: 4.00, baseType: "Q3_K",
      source: "derived: between Q3_K_S 3.64 and Q3_K_L 4.30 (Q4_K attention/ffn_down mix)"),
    GGUFFileType(name: "Q3_K_S", bitsPerWeight: 3.64, baseType: "Q3_K", source: quantizeReadme),
    GGUFFileType(name: "Q2_K", bitsPerWeight: 3.16, baseType: "Q2_K", source: quantizeReadme),
    GGUFFileType(name: "IQ4_XS", bitsPerWeight: 4.46, baseType: "IQ4_XS", source: quantizeReadme),
    GGUFFileType(name: "IQ4_NL", bitsPerWeight: 4.68, baseType: "IQ4_NL", source: quantizeReadme),
    GGUFFileType(
      name: "IQ3_M", bitsPerWeight: 3.76, baseType: "IQ3_S",
      source: "derived: IQ3_S 3.44 bpw plus Q4_K/Q6_K attention and output"),
    GGUFFileType(
      name: "IQ3_XXS", bitsPerWeight: 3.32, baseType: "IQ3_XXS",
      source: "derived: IQ3_XXS 3.06 bpw plus Q6_K output"),
    GGUFFileType(
      name: "IQ2_M", bitsPerWeight: 2.93, baseType: "IQ2_S",
      source: "derived: IQ2_S 2.56 bpw plus higher-precision attention and output"),
    GGUFFileType(
      name: "IQ2_XXS", bitsPerWeight: 2.38, baseType: "IQ2_XXS",
      source: "derived: IQ2_XXS 2.06 bpw plus Q6_K output"),
    GGUFFileType(
      name: "IQ1_S", bitsPerWeight: 2.00, baseType: "IQ1_S",
      source: "derived: IQ1_S 1.56 bpw plus higher-precision attention and output"),
    GGUFFileType(
      name: "MXFP4_MOE", bitsPerWeight: 4.25, baseType: "MXFP4",
      source: "ggml type MXFP4 (17 bytes / 32 weights) on expert tensors"),
  ]

  public static func named(_ name: String) -> GGUFFileType? {
    let key = name.uppercased().replacingOccurrences(of: "-", with: "_")
    return all.first { $0.name == key }
  }
}
