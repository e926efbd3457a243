import Foundation

/// How a checkpoint stores its weights. Quantization schemes compress the *linear* layers
/// (attention and MLP matrices, experts) and leave embeddings, lm_head and norms in 16-bit,
/// which is why a "4-bit" 8B model is 5+ GiB rather than 4 (MEMORY-MODEL.md §1).
public struct WeightFormat: Sendable, Hashable, Codable {
  public enum Scope: String, Sendable, Codable {
    /// Every tensor at `bitsPerWeight` (fp32/fp16/bf16 checkpoints, GGUF whole-file mixes).
    case all
    /// Linear layers at `bitsPerWeight`; embeddings, lm_head, norms at `otherBits`.
    case linear
    /// Routed experts only (gpt-oss MXFP4); everything else at `otherBits`.
    case experts
  }

  /// Canonical lower-case name as the user would write it: `bf16`, `awq`, `q4_k_m`.
  public let name: String
  public let bitsPerWeight: Double
  public let scope: Scope
  /// Bits of the tensors the scheme does not compress (16 for bf16/fp16 activations).
  public let otherBits: Double
  /// The format the tensor cores need to run this without emulation, if any.
  public let hardwareFormat: NumericFormat?
  /// Where the bits-per-weight figure comes from.
  public let source: String
  /// For GGUF file types: the tensor type of the token embedding (kept on the CPU by llama.cpp).
  public let ggufFileType: String?

  init(
    name: String, bitsPerWeight: Double, scope: Scope, otherBits: Double = 16,
    hardwareFormat: NumericFormat?, source: String, ggufFileType: String? = nil
  ) {
    self.name = name
    self.bitsPerWeight = bitsPerWeight
    self.scope = scope
    self.otherBits = otherBits
    self.hardwareFormat = hardwareFormat
    self.source = source
    self.ggufFileType = ggufFileType
  }

  // MARK: - The catalog of formats

  public static let fp32 = WeightFormat(
    name: "fp32", bitsPerWeight: 32, scope: .all, otherBits: 32, hardwareFormat: .fp32,
    source: "IEEE 754 binary32: 4 bytes per parameter (seed guide §1.2: 7B × 4 = 28 GB)")
  public static let fp16 = WeightFormat(
    name: "fp16", bitsPerWeight: 16, scope: .all, hardwareFormat: .fp16,
    source: "IEEE 754 binary16: 2 bytes per parameter (seed guide §1.2: 7B × 2 = 14 GB)")
  public static let bf16 = WeightFormat(
    name: "bf16", bitsPerWeight: 16, scope: .all, hardwareFormat: .bf16,
    source: "bfloat16: 2 bytes per parameter (seed guide §2.3)")
  public static let fp8 = WeightFormat(
    name: "fp8", bitsPerWeight: 8, scope: .linear, hardwareFormat: .fp8,
    source:
      "FP8 E4M3 with per-tensor/per-channel scales: 8 bits on linear layers, embeddings and lm_head 16-bit (vLLM fp8 / compressed-tensors)"
  )
  public static let int8 = WeightFormat(
    name: "int8", bitsPerWeight: 8, scope: .linear, hardwareFormat: .int8,
    source:
      "W8A8 / W8A16 int8 with per-channel scales: 8 bits on linear layers (seed guide §1.2: 7B × 1 = 7 GB)"
  )
  public static let bnbInt8 = WeightFormat(
    name: "bnb-int8", bitsPerWeight: 8, scope: .linear, hardwareFormat: .int8,
    source:
      "bitsandbytes LLM.int8(): int8 linear layers; fp16 outlier columns are computed, not stored (Dettmers et al. 2022)"
  )
  /// GPTQ and AWQ at group size g store 4-bit weights, one fp16 scale and one packed 4-bit
  /// zero point per group: 4 + 16/g + 4/g bits (MEMORY-MODEL.md §1; AutoGPTQ/AutoAWQ layouts).
  public static func groupQuantized(_ method: String, bits: Int = 4, groupSize: Int = 128)
    -> WeightFormat
  {
    let g = Double(max(groupSize, 1))
    let bpw = Double(bits) + 16 / g + Double(bits) / g
    let suffix = groupSize == 128 && bits == 4 ? "" : "-w\(bits)g\(groupSize)"
    return WeightFormat(
      name: method + suffix, bitsPerWeight: bpw, scope: .linear, hardwareFormat: nil,
      source:
        "\(method.uppercased()) \(bits)-bit, group size \(groupSize): \(bits) + 16/g (fp16 scale) + \(bits)/g (packed zero) bits per weight on linear layers"
    )
  }
  public static let awq = groupQuantized("awq")
  public static let gptq = groupQuantized("gptq")
  public static let int4 = WeightFormat(
    name: "int4", bitsPerWeight: 4 + 16.0 / 128 + 4.0 / 128, scope: .linear, hardwareFormat: nil,
    source:
      "int4 weight-only at group size 128 (the GPTQ/AWQ layout): 4.156 bits per weight on linear layers"
  )
  /// bitsandbytes NF4: 4-bit codes plus one fp32 absmax per 64 weights = 4.5 bits; with
  /// double quantization the absmax is itself 8-bit with an fp32 per 256 blocks: 4.127
  /// (Dettmers et al. 2023, QLoRA §2; MEMORY-MODEL.md §1).
  public static let nf4 = WeightFormat(
    name: "nf4", bitsPerWeight: 4 + 32.0 / 64, scope: .linear, hardwareFormat: nil,
    source: "bitsandbytes NF4, blocksize 64, fp32 absmax: 4.5 bits per weight (QLoRA paper §2)")
  public static let nf4DoubleQuant = WeightFormat(
    name: "nf4-dq", bitsPerWeight: 4 + 8.0 / 64 + 32.0 / (64 * 256), scope: .linear,
    hardwareFormat: nil,
    source: "bitsandbytes NF4 with double quantization: 4.127 bits per weight (QLoRA paper §2)")
  /// OCP Microscaling MXFP4: 32 FP4 (E2M1) values share one E8M0 scale = 4.25 bits.
  public static let mxfp4 = WeightFormat(
    name: "mxfp4", bitsPerWeight: 4.25, scope: .linear, hardwareFormat: .fp4,
    source: "OCP MX spec v1.0: 32 × 4-bit E2M1 + one 8-bit E8M0 scale = 4.25 bits per weight")
  /// gpt-oss ships its routed experts in MXFP4 and everything else in bf16 (model card).
  public static let mxfp4Experts = WeightFormat(
    name: "mxfp4", bitsPerWeight: 4.25, scope: .experts, hardwareFormat: .fp4,
    source:
      "gpt-oss checkpoints: MoE expert weights in MXFP4 (4.25 bits), attention/embeddings bf16 (OpenAI gpt-oss model card)"
  )
  /// NVIDIA NVFP4: 16 FP4 values share one FP8 (E4M3) scale = 4.5 bits (+ one fp32 per tensor).
  public static let nvfp4 = WeightFormat(
    name: "nvfp4", bitsPerWeight: 4.5, scope: .linear, hardwareFormat: .fp4,
    source: "NVIDIA NVFP4: 16 × 4-bit E2M1 + one FP8 E4M3 scale = 4.5 bits per weight")

  public static func gguf(_ fileType: GGUFFileType) -> WeightFormat {
    WeightFormat(
      name: fileType.name.lowercased(), bitsPerWeight: fileType.bitsPerWeight, scope: .all,
      otherBits: fileType.bitsPerWeight, hardwareFormat: nil,
      source:
        "GGUF \(fileType.name): \(fileType.bitsPerWeight) bits per weight, whole file (\(fileType.source))",
      ggufFileType: fileType.name)
  }

  /// Parses what users write: `bf16`, `bfloat16`, `float16`, `half`, `fp8_e4m3`, `w8a8`,
  /// `awq`, `gptq-int4`, `gptq-w4g32`, `bnb-nf4`, `q4_k_m`, `Q5_K_S` …
  public static func parse(_ text: String) -> WeightFormat? {
    // Every estimate of a quantized checkpoint comes through here: no Foundation.
    let key = String(
      text.lowercased().drop { $0 == " " }.reversed().drop { $0 == " " }.reversed().map {
        $0 == "_" ? "-" : $0
      })
    switch key {
    case "fp32", "float32", "float", "f32": return .fp32
    case "fp16", "float16", "half", "f16": return .fp16
    case "bf16", "bfloat16": return .bf16
    case "fp8", "fp8-e4m3", "fp8-e5m2", "e4m3", "fp8-dynamic", "compressed-tensors-fp8", "w8a8-fp8",
      "fbgemm-fp8", "modelopt-fp8":
      return .fp8
    // TGI `--quantize eetq`: int8 per-channel weights (NetEase-FuXi/EETQ).
    case "int8", "w8a8", "w8a16", "smoothquant", "int8-w8a8", "sq", "eetq": return .int8
    case "bnb-int8", "llm.int8", "bitsandbytes-8bit", "bnb-8bit", "load-in-8bit": return .bnbInt8
    case "int4", "w4a16", "int4-w4a16": return .int4
    case "awq", "awq-int4", "awq-4bit", "awq-marlin": return .awq
    case "gptq", "gptq-int4", "gptq-4bit", "gptq-marlin", "marlin": return .gptq
    case "gptq-int8", "gptq-8bit": return .groupQuantized("gptq", bits: 8)
    case "nf4", "bnb-nf4", "bitsandbytes", "bitsandbytes-4bit", "bnb-4bit", "load-in-4bit", "qlora":
      return .nf4
    case "nf4-dq", "bnb-nf4-dq", "nf4-double-quant": return .nf4DoubleQuant
    case "mxfp4": return .mxfp4
    case "nvfp4", "modelopt-fp4", "fp4": return .nvfp4
    default: break
    }
    // gptq-w4g32, awq-g64, gptq-int8-g32: explicit bits and group size.
    for method in ["gptq", "awq"] where key.hasPrefix(method + "-") {
      guard let (bits, group) = parseBitsAndGroup(key.dropFirst(method.count + 1)) else {
        return nil
      }
      return .groupQuantized(method, bits: bits, groupSize: group)
    }
    if let fileType = GGUFFileType.named(key) { return .gguf(fileType) }
    return nil
  }

  /// "w4g32", "int8-g64", "g64", "4bit-128" → (bits, group); nil for anything else.
  static func parseBitsAndGroup(_ text: Substring) -> (Int, Int)? {
    var bits = 4
    var group = 128
    for part in text.split(separator: "-") {
      var rest = part[...]
      var matched = false
      for prefix in ["int", "w"] where rest.hasPrefix(prefix) {
        rest = rest.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isNumber }
        guard let value = Int(digits) else { return nil }
        bits = value
        rest = rest.dropFirst(digits.count)
        matched = true
        break
      }
      if rest.hasSuffix("bit"), let value = Int(rest.dropLast(3)) {
        bits = value
        continue
      }
      if rest.hasPrefix("g") {
        guard let value = Int(rest.dropFirst()) else { return nil }
        group = value
      } else if let value = Int(rest), !matched {
        group = value
      } else if !rest.isEmpty {
        return nil
      }
    }
    guard (2...8).contains(bits), (8...4096).contains(group) else { return nil }
    return (bits, group)
  }

  /// Every spelling `parse` understands, for completion and did-you-mean.
  public static let knownNames: [String] =
    [
      "fp32", "fp16", "bf16", "fp8", "int8", "bnb-int8", "int4", "awq", "gptq", "nf4", "nf4-dq",
      "mxfp4", "nvfp4",
    ] + GGUFFileType.all.map { $0.name.lowercased() }
}
