import Foundation

/// A Hugging Face `config.json` read into the catalog's terms: the text model's architecture,
/// the checkpoint dtype and its native quantization. Pure parsing: the bytes come from the
/// caller. Key names are those of transformers' config classes; the family table
/// (`HFModelFamily`) supplies what the modelling code hard-codes.
public struct HFConfig: Sendable, Hashable {
  /// `model_type` of the text model (`gemma3_text` inside a `gemma3` checkpoint).
  public var modelType: String?
  public var architecture: ModelArchitecture
  /// `torch_dtype` / `dtype` as the catalog spells it: `bfloat16`, `float16`, `float32`.
  public var dtype: String
  public var quantization: ModelCard.NativeQuantization?
  /// Defaults taken and parts left out, as plain sentences for the card's note.
  public var notes: [String]
  /// Whether the checkpoint carries a vision (or audio) tower the architecture leaves out.
  public var hasNonTextTower: Bool

  public static func parse(_ data: Data, name: String = "config.json") throws -> HFConfig {
    try parse(Array(data), name: name)
  }

  public static func parse(_ bytes: [UInt8], name: String = "config.json") throws -> HFConfig {
    guard let root = try ConfigJSON.parse(bytes, what: name).object else {
      throw ModelSourceError("\(name) is not a JSON object")
    }
    var reader = HFConfigReader(root: root, name: name)
    return try reader.read()
  }

  /// A card for this config; `id` and `source` say where it came from.
  public func card(id: String, source: String, measuredWeights: MeasuredWeights? = nil)
    -> ModelCard
  {
    var card = ModelCard(
      id: id, source: source, sourceStatus: "file",
      note: notes.isEmpty ? nil : notes.joined(separator: "; "), architecture: architecture,
      dtype: dtype, quantization: quantization)
    card.measuredWeights = measuredWeights
    return card
  }
}

/// The reading, one key group at a time.
private struct HFConfigReader {
  let root: [String: ConfigJSON]
  let name: String
  var notes: [String] = []

  init(root: [String: ConfigJSON], name: String) {
    self.root = root
    self.name = name
  }

  mutating func read() throws -> HFConfig {
    // Multimodal checkpoints nest the language model (Gemma 3, Llama 4, Mistral 3, LLaVA).
    let textKeys = ["text_config", "llm_config", "language_config"]
    let root = self.root
    let nested = textKeys.compactMap { root[$0]?.object }.first
    let f = ConfigFields(text: nested ?? root, root: root, what: name)
    let modelType = f.text["model_type"]?.string ?? root["model_type"]?.string
    var family = HFModelFamily.named(modelType)
    if nested != nil, modelType == nil {
      family = HFModelFamily.named(root["model_type"]?.string)
    }
    let towers = ["vision_config", "audio_config", "vision_tower", "visual"]
    let hasTower = towers.contains { key in root[key] != nil }
    if hasTower {
      notes.append(
        "the vision/audio tower is not in the counted architecture (its weights count when the safetensors are read)"
      )
    }
    func defaulted(_ key: String) -> Int? { family.textDefaults[key] }

    // Sizes: every spelling transformers and remote-code configs use for the same fact.
    let layers = try f.required("num_hidden_layers", "n_layer", "num_layers", "n_layers")
    let hidden = try f.required("hidden_size", "n_embd", "d_model", "n_embed", "dim")
    var heads: Int
    if let value = try f.int("num_attention_heads", "n_head", "n_heads", "num_heads") {
      heads = value
    } else if let value = defaulted("num_attention_heads") {
      heads = value
      notes.append("num_attention_heads \(value) from the \(modelType ?? "") config defaults")
    } else {
      heads = try f.required("num_attention_heads", "n_head", "n_heads", "num_heads")
    }
    let kvHeads = try readKVHeads(f, heads: heads, defaultValue: defaulted("num_key_value_heads"))
    var headDim = try f.int("head_dim", "kv_channels")
    if headDim == nil, let value = defaulted("head_dim") {
      headDim = value
      notes.append("head_dim \(value) from the \(modelType ?? "") config defaults")
    }
    let vocabKeys =
      modelType == "chatglm"
      ? ["padded_vocab_size", "vocab_size"] : ["vocab_size", "padded_vocab_size", "n_vocab"]
    var vocab = try f.int(vocabKeys)
    if vocab == nil, let value = defaulted("vocab_size") {
      vocab = value
      notes.append("vocab_size \(value) from the \(modelType ?? "") config defaults")
    }
    guard let vocab else {
      throw ModelSourceError("\(name) lacks vocab_size, which the memory estimate needs")
    }
    let maxContext = try readMaxContext(
      f, family: family,
      defaultValue: defaulted(
        "max_position_embeddings"))

    let moe = try readMoE(f, family: family)
    var intermediate =
      try f.int(
        "intermediate_size_mlp", "intermediate_size", "ffn_hidden_size", "inner_hidden_size",
        "n_inner", "ffn_dim")
    if intermediate == nil {
      if let moe {
        intermediate = moe.expertIntermediateSize
      } else {
        // Saturating: a hidden_size near Int.max must reach validation, not trap here
        // (Corpus/config/regression-default-intermediate-overflows).
        let (four, overflow) = hidden.multipliedReportingOverflow(by: 4)
        intermediate = overflow ? .max : four
        notes.append(
          "no intermediate_size: 4 × hidden_size (\(intermediate ?? 0)) as in GPT-style MLPs")
      }
    }
    if family.halvesIntermediate, let value = intermediate { intermediate = value / 2 }

    var tied = try f.bool("tie_word_embeddings")
    if tied == nil {
      tied = family.tiedByDefault ?? false
      if family.tiedByDefault == nil {
        notes.append("tie_word_embeddings absent: lm_head assumed separate (counts more memory)")
      }
    }

    var arch = ModelArchitecture(
      layers: layers, hiddenSize: hidden, intermediateSize: intermediate ?? 0,
      attentionHeads: heads, kvHeads: kvHeads, headDim: headDim, vocabSize: vocab,
      tiedEmbeddings: tied ?? false, maxContext: maxContext, mlp: family.mlp, norm: family.norm,
      normsPerLayer: family.normsPerLayer, qkNorm: family.qkNorm, qkvBias: family.qkvBias,
      outputBias: family.outputBias, embeddingNorm: family.embeddingNorm, moe: moe)
    try applyFlags(&arch, f, family: family, modelType: modelType)
    arch.mla = try readMLA(f)
    (arch.slidingWindow, arch.slidingWindowLayers) = try readSlidingWindow(
      f, family: family, layers: layers)

    let problems = arch.validationProblems()
    if let first = problems.first { throw ModelSourceError("\(name): \(first)") }

    var quantization: ModelCard.NativeQuantization?
    if let q = f.object("quantization_config", "compression_config") {
      let result = HFQuantizationConfig.read(q, isMoE: moe != nil)
      quantization = result.quantization
      if let note = result.note { notes.append(note) }
    }
    return HFConfig(
      modelType: modelType, architecture: arch, dtype: readDType(f), quantization: quantization,
      notes: notes, hasNonTextTower: hasTower)
  }

  /// KV heads: GQA key, Falcon's `num_kv_heads` / `multi_query`, ChatGLM's groups; = heads
  /// (MHA) when the config names none.
  func readKVHeads(_ f: ConfigFields, heads: Int, defaultValue: Int?) throws -> Int {
    if let value = try f.int("num_key_value_heads", "num_kv_heads", "n_head_kv") { return value }
    if try f.bool("multi_query_attention") == true,
      let groups = try f.int("multi_query_group_num")
    {
      return groups
    }
    // Falcon-7B (RefinedWebModel): multi_query without new_decoder_architecture = 1 KV head.
    if try f.bool("multi_query") == true, try f.bool("new_decoder_architecture") != true {
      return 1
    }
    return defaultValue ?? heads
  }

  mutating func readMaxContext(_ f: ConfigFields, family: HFModelFamily, defaultValue: Int?)
    throws -> Int
  {
    let keys = [
      "max_position_embeddings", "n_positions", "seq_length", "max_sequence_length",
      "max_seq_len", "n_ctx", "model_max_length",
    ]
    if let value = try f.int(keys) { return value }
    if let value = defaultValue ?? family.defaultMaxContext {
      notes.append("no max_position_embeddings: \(value) from the family's config defaults")
      return value
    }
    throw ModelSourceError(
      "\(name) lacks max_position_embeddings (or n_positions, seq_length, max_sequence_length), which the memory estimate needs"
    )
  }

  /// Biases, norms and positions the config states, over the family's defaults.
  func applyFlags(
    _ a: inout ModelArchitecture, _ f: ConfigFields, family: HFModelFamily, modelType: String?
  ) throws {
    if let bias = try f.bool("attention_bias", "qkv_bias", "add_qkv_bias") {
      a.qkvBias = bias
      // gpt-oss: attention_bias also biases o_proj, counted with the expert biases.
      if modelType == "gpt_oss" { a.outputBias = bias }
    }
    if let bias = try f.bool("mlp_bias", "add_bias_linear") { a.outputBias = bias }
    if let bias = try f.bool("bias", "use_bias") {  // Falcon, StarCoder2: every linear layer
      a.qkvBias = bias
      a.outputBias = bias
    }
    if let qkNorm = try f.bool("use_qk_norm", "qk_layernorm") { a.qkNorm = qkNorm }
    if family.learnedPositions, let positions = try f.int("n_positions") {
      a.learnedPositions = positions
    }
    if let rms = try f.bool("rmsnorm") { a.norm = rms ? .rms : .layer }  // ChatGLM
    switch modelType?.lowercased() {
    case "chatglm", "glm":
      // ChatGLM-6B (v1): GELU MLP of inner_hidden_size, LayerNorm, biases everywhere;
      // v2+ (ffn_hidden_size): SwiGLU, RMSNorm, qkv bias only.
      if f.has("ffn_hidden_size") {
        a.mlp = .gated
      } else {
        a.mlp = .plain
        a.norm = .layer
        a.qkvBias = true
        a.outputBias = true
        if try f.bool("tie_word_embeddings") == nil { a.tiedEmbeddings = true }
      }
    case "falcon", "refinedwebmodel", "refinedweb":
      // modeling_falcon.py: new_decoder_architecture has ln_attn and ln_mlp; parallel_attn
      // without it shares one input_layernorm.
      let newArchitecture = try f.bool("new_decoder_architecture") ?? false
      let parallel = try f.bool("parallel_attn") ?? true
      a.normsPerLayer = newArchitecture || !parallel ? 2 : 1
    default:
      break
    }
  }

  /// Mixture of experts under its many names (Mixtral `num_local_experts`, Qwen `num_experts`,
  /// DeepSeek `n_routed_experts`); nil for dense models.
  mutating func readMoE(_ f: ConfigFields, family: HFModelFamily) throws -> ModelArchitecture.MoE? {
    guard
      let experts = try f.int(
        "num_experts", "num_local_experts", "n_routed_experts", "moe_num_experts"),
      experts > 1
    else { return nil }
    let perToken = try f.required(
      "num_experts_per_tok", "experts_per_token", "moe_top_k", "num_selected_experts")
    let width =
      try f.int("moe_intermediate_size", "expert_intermediate_size")
      ?? f.required("intermediate_size", "ffn_hidden_size")
    var sharedWidth = try f.int("shared_expert_intermediate_size")
    var shared =
      try f.int("n_shared_experts", "num_shared_experts") ?? (sharedWidth ?? 0 > 0 ? 1 : 0)
    if family.sharedExpertOfIntermediateSize {
      shared = 1
      sharedWidth = try f.int("intermediate_size")
    }
    var dense = try f.int("first_k_dense_replace") ?? 0
    if let mlpOnly = f.array("mlp_only_layers") {
      let (sum, overflow) = dense.addingReportingOverflow(mlpOnly.count)
      dense = overflow ? .max : sum
    }
    let interval =
      try f.int("moe_layer_freq", "decoder_sparse_step", "interleave_moe_layer_step") ?? 1
    return ModelArchitecture.MoE(
      experts: experts, expertsPerToken: perToken, expertIntermediateSize: width,
      sharedExperts: shared, sharedExpertIntermediateSize: sharedWidth, denseLayers: dense,
      moeLayerInterval: max(interval, 1), routerBias: family.routerBias)
  }

  /// Multi-head latent attention (DeepSeek-V2/V3, Kimi K2): present when kv_lora_rank is.
  func readMLA(_ f: ConfigFields) throws -> ModelArchitecture.MLA? {
    guard let rank = try f.int("kv_lora_rank") else { return nil }
    return ModelArchitecture.MLA(
      kvLoraRank: rank, qLoraRank: try f.int("q_lora_rank"),
      qkRopeHeadDim: try f.required("qk_rope_head_dim"),
      qkNopeHeadDim: try f.required("qk_nope_head_dim"), vHeadDim: try f.required("v_head_dim"))
  }

  /// The window and how many layers use it. `layer_types` (transformers ≥ 4.53 writes it for
  /// every hybrid model) is the ground truth; older configs follow the family's rule.
  func readSlidingWindow(_ f: ConfigFields, family: HFModelFamily, layers: Int) throws -> (
    Int?, Int?
  ) {
    let window = try f.int("sliding_window", "attention_chunk_size")
    if let types = f.array("layer_types") {
      let windowed = types.filter {
        $0.string == "sliding_attention" || $0.string == "chunked_attention"
      }.count
      guard windowed > 0, let window else { return (nil, nil) }
      return (window, windowed)
    }
    if try f.bool("use_sliding_window") == false { return (nil, nil) }
    // Llama 4: chunked attention on the RoPE layers (no_rope_layers[i] == 1); every 4th layer
    // is global NoPE (Llama4TextConfig no_rope_layer_interval = 4).
    if let chunk = try f.int("attention_chunk_size") {
      if let flags = f.array("no_rope_layers") {
        return (chunk, flags.filter { $0.integer == 1 }.count)
      }
      return (chunk, layers - layers / 4)
    }
    guard let window else { return (nil, nil) }
    switch family.sliding {
    case .all:
      return (window, nil)
    case .alternating:
      return (window, layers / 2 + layers % 2)  // (n + 1) / 2 without overflow at Int.max
    case .pattern(let period):
      let n = try f.int("sliding_window_pattern", "_sliding_window_pattern") ?? period
      guard n > 0 else { return (window, nil) }
      return (window, layers - layers / n)
    case .qwen:
      // Qwen2Config: sliding only with use_sliding_window (default False).
      guard try f.bool("use_sliding_window") == true else { return (nil, nil) }
      let first = try f.int("max_window_layers") ?? 28  // Qwen2Config default
      // Both untrusted: a max_window_layers near Int.min must not overflow the difference.
      let (difference, overflow) = layers.subtractingReportingOverflow(first)
      let count = overflow ? (first < 0 ? layers : 0) : max(difference, 0)
      return count > 0 ? (window, count) : (nil, nil)
    }
  }

  mutating func readDType(_ f: ConfigFields) -> String {
    guard let raw = f.string("torch_dtype", "dtype") else {
      notes.append("no torch_dtype: bfloat16 assumed")
      return "bfloat16"
    }
    switch raw.lowercased() {
    case "float16", "fp16", "half", "torch.float16": return "float16"
    case "float32", "fp32", "float", "torch.float32": return "float32"
    case "bfloat16", "bf16", "torch.bfloat16": return "bfloat16"
    default:
      notes.append("torch_dtype '\(raw)': bfloat16 assumed")
      return "bfloat16"
    }
  }
}
