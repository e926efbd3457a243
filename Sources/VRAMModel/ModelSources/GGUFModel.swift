/// A GGUF header read into the catalog's terms. Keys are llama.cpp's (src/llama-arch.cpp
/// `LLM_KV_NAMES`: `{arch}.block_count`, `{arch}.attention.head_count_kv`, …); what the keys
/// leave out (biases, gated MLP, norms per layer, a tied head) is read from the tensor names
/// of block 0, which llama.cpp's converters write the same way for every architecture.
public enum GGUFModel {
  /// The text architecture the header describes.
  public static func architecture(_ header: GGUFHeader) throws -> ModelArchitecture {
    var reader = GGUFArchitectureReader(header)
    return try reader.read()
  }

  /// A card with the architecture and the exact bytes of every tensor.
  public static func card(_ header: GGUFHeader, id: String, source: String) throws -> ModelCard {
    let architecture = try architecture(header)
    let fileType = fileTypeName(header)
    let total = header.tensorBytes
    let counted = ParameterCounter(architecture).wholeModel.total
    let format = storedFormat(fileType: fileType, bytes: total, parameters: counted)
    let tensorBytes = Dictionary(
      header.tensors.map { ($0.name, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    let measured = MeasuredWeights(
      container: .gguf, totalBytes: total, format: format,
      source: "GGUF header: \(header.tensors.count) tensors, \(fileType), \(total) bytes",
      tensorCount: header.tensors.count,
      storedElements: header.storedElements,
      embeddingBytes: tensorBytes["token_embd.weight"], outputBytes: tensorBytes["output.weight"])
    let dtype: String
    switch fileType {
    case "F32": dtype = "float32"
    case "BF16": dtype = "bfloat16"
    default: dtype = "float16"  // llama.cpp computes in f16/f32 whatever the storage
    }
    var notes: [String] = []
    if let name = header["general.name"]?.string { notes.append("general.name '\(name)'") }
    var card = ModelCard(
      id: id, source: source, sourceStatus: "file",
      note: notes.isEmpty ? nil : notes.joined(separator: "; "), architecture: architecture,
      dtype: dtype,
      quantization: WeightFormat.parse(fileType) != nil
        ? ModelCard.NativeQuantization(method: fileType.lowercased()) : nil)
    card.measuredWeights = measured
    return card
  }

  /// `general.file_type` by name; when absent or unknown, the ggml type holding most bytes
  /// (a file written by a converter that did not set it).
  static func fileTypeName(_ header: GGUFHeader) -> String {
    if let id = header["general.file_type"]?.integer, let name = GGUFFileTypeNames.byID[id] {
      return name
    }
    var bytesByType: [String: Int64] = [:]
    for tensor in header.tensors {
      bytesByType[tensor.type.name, default: 0] = bytesByType[tensor.type.name, default: 0]
        .saturatingAdd(tensor.bytes)
    }
    return bytesByType.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? "F16"
  }

  /// The stored format: plain floats by name, a known GGUF mix by name (its catalog bpw; the
  /// measured bytes correct it), otherwise a format carrying the file's own bits per weight.
  static func storedFormat(fileType: String, bytes: Int64, parameters: Int64) -> WeightFormat {
    switch fileType {
    case "F32": return .fp32
    case "F16": return .fp16
    case "BF16": return .bf16
    default: break
    }
    if let known = GGUFFileType.named(fileType) { return .gguf(known) }
    let bits = parameters > 0 ? Double(bytes) * 8 / Double(parameters) : 16
    return WeightFormat(
      name: fileType.lowercased(), bitsPerWeight: bits, scope: .all, otherBits: bits,
      hardwareFormat: nil,
      source: "GGUF \(fileType): bits per weight measured from the file's tensor infos",
      ggufFileType: fileType)
  }
}

/// The mapping from header keys and tensor names to the architecture.
private struct GGUFArchitectureReader {
  let header: GGUFHeader
  let arch: String
  let names: Set<String>

  init(_ header: GGUFHeader) {
    self.header = header
    self.arch = header["general.architecture"]?.string ?? ""
    self.names = Set(header.tensors.map(\.name))
  }

  func fail(_ message: String) -> ModelSourceError { ModelSourceError("GGUF metadata: " + message) }

  /// `{arch}.key` as an integer; per-layer arrays (OpenELM, Jamba head counts) give their
  /// largest element, the layer that needs the most.
  func int(_ key: String) throws -> Int? {
    guard let value = header["\(arch).\(key)"] else { return nil }
    if let number = value.integer { return number }
    if let elements = value.arrayElements {
      let numbers = elements.compactMap(\.integer)
      if numbers.count == elements.count, let largest = numbers.max() { return largest }
    }
    throw fail("\(arch).\(key) is \(value), not a count")
  }

  func required(_ key: String) throws -> Int {
    guard let value = try int(key) else {
      throw fail("\(arch).\(key) is missing, and the memory estimate needs it")
    }
    return value
  }

  func has(_ tensor: String) -> Bool { names.contains(tensor) }

  /// A tensor of block 0 (or any block, for models whose first layers differ).
  func hasBlockTensor(_ suffix: String) -> Bool {
    has("blk.0.\(suffix)") || names.contains { $0.hasPrefix("blk.") && $0.hasSuffix(".\(suffix)") }
  }

  mutating func read() throws -> ModelArchitecture {
    guard !arch.isEmpty else {
      throw fail("general.architecture is missing: the file does not say what model it holds")
    }
    let layers = try required("block_count")
    let hidden = try required("embedding_length")
    let heads = try required("attention.head_count")
    let kvHeads = try int("attention.head_count_kv") ?? heads
    let maxContext = try required("context_length")
    let vocab = try vocabularySize()
    let moe = try readMoE()
    let intermediate: Int
    if let value = try int("feed_forward_length") {
      intermediate = value
    } else if let moe {
      intermediate = moe.expertIntermediateSize
    } else {
      throw fail("\(arch).feed_forward_length is missing, and the memory estimate needs it")
    }
    let mla = try readMLA()
    // key_length is stated when head_dim ≠ hidden / heads (Gemma, Qwen3); for MLA it is the
    // latent's, which the MLA fields carry instead.
    let keyLength = mla == nil ? try int("attention.key_length") : nil

    var a = ModelArchitecture(
      layers: layers, hiddenSize: hidden, intermediateSize: intermediate, attentionHeads: heads,
      kvHeads: kvHeads, headDim: keyLength, vocabSize: vocab,
      tiedEmbeddings: !has("output.weight"), maxContext: maxContext, mla: mla, moe: moe)
    a.mlp = isGated(intermediate: intermediate) ? .gated : .plain
    // llama.cpp writes layer_norm_epsilon for LayerNorm models, layer_norm_rms_epsilon else.
    a.norm =
      header["\(arch).attention.layer_norm_epsilon"] != nil || hasBlockTensor("attn_norm.bias")
      ? .layer : .rms
    a.normsPerLayer = normsPerLayer()
    a.qkNorm = mla == nil && hasBlockTensor("attn_q_norm.weight")
    a.qkvBias = hasBlockTensor("attn_q.bias") || hasBlockTensor("attn_qkv.bias")
    a.outputBias = hasBlockTensor("attn_output.bias") || hasBlockTensor("ffn_down.bias")
    a.embeddingNorm = has("token_embd_norm.weight")
    if has("position_embd.weight") { a.learnedPositions = maxContext }
    (a.slidingWindow, a.slidingWindowLayers) = try slidingWindow(layers: layers)

    let problems = a.validationProblems()
    if let first = problems.first { throw fail(first) }
    return a
  }

  /// tokenizer.ggml.tokens length, else `{arch}.vocab_size`, else token_embd's second
  /// dimension (ggml order: [hidden, vocab]).
  func vocabularySize() throws -> Int {
    if let count = header["tokenizer.ggml.tokens"]?.arrayCount, count > 0 { return Int(count) }
    if let value = try int("vocab_size") { return value }
    if let embedding = header.tensors.first(where: { $0.name == "token_embd.weight" }),
      embedding.dimensions.count >= 2
    {
      return Int(embedding.dimensions[1])
    }
    throw fail("no vocabulary size: neither tokenizer.ggml.tokens nor token_embd.weight")
  }

  /// Gated (three matrices) when a gate tensor exists, or when ffn_up is fused gate+up
  /// (Phi-3: ffn_up rows = 2 × feed_forward_length).
  func isGated(intermediate: Int) -> Bool {
    if hasBlockTensor("ffn_gate.weight") || hasBlockTensor("ffn_gate_exps.weight") { return true }
    if let up = header.tensors.first(where: {
      $0.name.hasPrefix("blk.") && $0.name.hasSuffix(".ffn_up.weight")
    }),
      // Halved rather than doubled: feed_forward_length is untrusted and may be near Int.max.
      up.dimensions.count >= 2, up.dimensions[1] % 2 == 0,
      up.dimensions[1] / 2 == Int64(intermediate)
    {
      return true
    }
    return !hasBlockTensor("ffn_up.weight")  // MoE-only files: experts are gated
  }

  /// Norm vectors of block 0 besides the per-head q/k norms and MLA's latent norms, which
  /// the counter adds on its own.
  func normsPerLayer() -> Int {
    let excluded = ["attn_q_norm", "attn_k_norm", "attn_q_a_norm", "attn_kv_a_norm"]
    let count = names.filter { name in
      name.hasPrefix("blk.0.") && name.hasSuffix("norm.weight")
        && !excluded.contains { name.hasPrefix("blk.0.\($0).") }
    }.count
    return count > 0 ? count : 2
  }

  func readMoE() throws -> ModelArchitecture.MoE? {
    guard let experts = try int("expert_count"), experts > 1 else { return nil }
    guard let used = try int("expert_used_count") else {
      throw fail("\(arch).expert_count is \(experts) but \(arch).expert_used_count is missing")
    }
    let width = try int("expert_feed_forward_length") ?? required("feed_forward_length")
    let sharedWidth = try int("expert_shared_feed_forward_length")
    var shared = try int("expert_shared_count") ?? 0
    if shared == 0, sharedWidth != nil || hasBlockTensor("ffn_up_shexp.weight") { shared = 1 }
    return ModelArchitecture.MoE(
      experts: experts, expertsPerToken: used, expertIntermediateSize: width,
      sharedExperts: shared, sharedExpertIntermediateSize: sharedWidth,
      denseLayers: try int("leading_dense_block_count") ?? 0,
      moeLayerInterval: max(try int("interleave_moe_layer_step") ?? 1, 1),
      routerBias: hasBlockTensor("ffn_gate_inp.bias"))
  }

  /// DeepSeek-V2/V3 in GGUF: kv_lora_rank, q_lora_rank (0 = none), rope dims; newer
  /// converters state the per-head lengths as key_length_mla / value_length_mla.
  func readMLA() throws -> ModelArchitecture.MLA? {
    guard let rank = try int("attention.kv_lora_rank"), rank > 0 else { return nil }
    let rope = try required("rope.dimension_count")
    let key = try int("attention.key_length_mla") ?? required("attention.key_length")
    let value = try int("attention.value_length_mla") ?? required("attention.value_length")
    let qRank = try int("attention.q_lora_rank")
    let (nope, overflow) = key.subtractingReportingOverflow(rope)
    guard !overflow else {
      throw fail(
        "\(arch).attention.key_length \(key) and rope.dimension_count \(rope) are not sizes")
    }
    return ModelArchitecture.MLA(
      kvLoraRank: rank, qLoraRank: qRank == 0 ? nil : qRank, qkRopeHeadDim: rope,
      qkNopeHeadDim: nope, vHeadDim: value)
  }

  /// The window and its layers: an explicit per-layer pattern when the file has one, else
  /// llama.cpp's rule for the architecture (llama-model.cpp `set_swa_pattern`: Gemma 2 and
  /// gpt-oss every other layer, Gemma 3 five of six, Cohere 2 three of four), else all.
  func slidingWindow(layers: Int) throws -> (Int?, Int?) {
    guard let window = try int("attention.sliding_window"), window > 0 else { return (nil, nil) }
    if let pattern = header["\(arch).attention.sliding_window_pattern"] {
      if let flags = pattern.arrayElements {
        let count = flags.filter { $0.bool == true }.count
        return count > 0 ? (window, count) : (nil, nil)
      }
      if let period = pattern.integer, period > 0 { return (window, layers - layers / period) }
    }
    switch arch {
    case "gemma2", "gpt-oss": return (window, layers / 2 + layers % 2)  // (n + 1) / 2, no overflow
    case "gemma3", "gemma3n": return (window, layers - layers / 6)
    case "cohere2": return (window, layers - layers / 4)
    default: return (window, nil)
    }
  }
}
