/// Maps a config.json `quantization_config` to the catalog's native quantization (a method
/// name `WeightFormat.parse` understands). Key names follow transformers'
/// `utils/quantization_config.py` (AwqConfig, GPTQConfig, FbgemmFp8Config, BitsAndBytesConfig,
/// CompressedTensorsConfig, Mxfp4Config) and each library's saved configs.
enum HFQuantizationConfig {
  struct Result {
    var quantization: ModelCard.NativeQuantization?
    var note: String?
  }

  static func read(_ q: [String: ConfigJSON], isMoE: Bool) -> Result {
    let method = (q["quant_method"]?.string ?? "").lowercased()
    func int(_ key: String) -> Int? { q[key]?.integer.flatMap { Int(exactly: $0) } }
    func native(_ name: String, _ appliesTo: String = "linear") -> Result {
      Result(quantization: .init(method: name, appliesTo: appliesTo))
    }
    switch method {
    case "awq", "gptq":
      // AutoAWQ saves w_bit / q_group_size, AutoGPTQ and transformers bits / group_size.
      let bits = int("bits") ?? int("w_bit") ?? 4
      var group = int("group_size") ?? int("q_group_size") ?? 128
      var note: String?
      if group <= 0 {
        // group_size -1: one scale per output channel, no groups; 4096 is the closest group
        // the format model has (overhead 20/4096 bits, i.e. negligible, as per-channel is).
        note = "\(method) group_size \(group) (per-channel): modelled as group 4096"
        group = 4096
      }
      let name = bits == 4 && group == 128 ? method : "\(method)-w\(bits)g\(group)"
      return Result(quantization: .init(method: name, appliesTo: "linear"), note: note)
    case "fp8", "fbgemm_fp8", "finegrained_fp8":
      return native("fp8")
    case "mxfp4":
      // gpt-oss: experts in MXFP4, attention/router/embeddings left out (modules_to_not_convert).
      return native("mxfp4", isMoE ? "experts" : "linear")
    case "bitsandbytes":
      if q["load_in_8bit"]?.bool == true { return native("bnb-int8") }
      let doubleQuant = q["bnb_4bit_use_double_quant"]?.bool == true
      return native(doubleQuant ? "nf4-dq" : "nf4")
    case "compressed-tensors":
      return compressedTensors(q)
    case "modelopt":
      let algo = (q["quant_algo"]?.string ?? "").lowercased()
      if algo.contains("nvfp4") || algo.contains("fp4") { return native("nvfp4") }
      if algo.contains("fp8") { return native("fp8") }
      return unknown("modelopt \(algo)")
    case "eetq":
      return native("int8")
    case "":
      return Result(quantization: nil, note: "quantization_config without quant_method: ignored")
    default:
      return unknown(method)
    }
  }

  /// compressed-tensors (llm-compressor) describes weights per config group:
  /// `config_groups.group_0.weights = {num_bits, type: int|float, group_size, strategy}`.
  static func compressedTensors(_ q: [String: ConfigJSON]) -> Result {
    let format = (q["format"]?.string ?? "").lowercased()
    if format.contains("nvfp4") { return linear("nvfp4") }
    let weights = q["config_groups"]?.object?.values.compactMap { $0.object?["weights"]?.object }
      .first
    guard let weights else {
      if format.contains("float") || format.contains("fp8") {
        return linear("fp8")
      }
      return unknown("compressed-tensors \(format)")
    }
    let bits = weights["num_bits"]?.integer ?? 8
    let isFloat = (weights["type"]?.string ?? "int").lowercased() == "float"
    let group = weights["group_size"]?.integer.map(Int.init) ?? 128
    switch (bits, isFloat) {
    case (8, true): return linear("fp8")
    case (8, false): return linear("int8")
    case (4, true): return linear("nvfp4")
    case (4, false):
      let name = group == 128 ? "int4" : "gptq-w4g\(max(group, 8))"
      return linear(name)
    default: return unknown("compressed-tensors \(bits)-bit \(isFloat ? "float" : "int")")
    }
  }

  /// A scheme on every linear layer (embeddings and lm_head left in 16-bit).
  static func linear(_ method: String) -> Result {
    Result(quantization: .init(method: method, appliesTo: "linear"))
  }

  /// A scheme the format model does not know: weights fall back to the dtype's size unless
  /// the safetensors headers are read, and the note says so.
  static func unknown(_ method: String) -> Result {
    Result(
      quantization: nil,
      note:
        "quantization '\(method)' is not modelled: weights count at the dtype's size unless measured from the safetensors"
    )
  }
}
