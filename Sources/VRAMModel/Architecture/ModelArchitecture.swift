import Foundation

/// The facts of a transformer that decide its memory, named as in the catalog
/// (Documentation/catalog-format.md) and read from a model's config.json.
public struct ModelArchitecture: Sendable, Hashable, Codable {
  public enum MLPKind: String, Sendable, Codable {
    /// Three matrices (gate, up, down): SwiGLU/GeGLU in Llama, Mistral, Qwen, Gemma, DeepSeek.
    case gated
    /// Two matrices (fc1, fc2): GPT-2/3, Falcon, BLOOM, Phi-2.
    case plain
  }

  public enum NormKind: String, Sendable, Codable {
    case rms
    case layer
  }

  public struct MLA: Sendable, Hashable, Codable {
    public var kvLoraRank: Int
    public var qLoraRank: Int?
    public var qkRopeHeadDim: Int
    public var qkNopeHeadDim: Int
    public var vHeadDim: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
      case kvLoraRank = "kv_lora_rank"
      case qLoraRank = "q_lora_rank"
      case qkRopeHeadDim = "qk_rope_head_dim"
      case qkNopeHeadDim = "qk_nope_head_dim"
      case vHeadDim = "v_head_dim"
    }

    public init(
      kvLoraRank: Int, qLoraRank: Int?, qkRopeHeadDim: Int, qkNopeHeadDim: Int, vHeadDim: Int
    ) {
      self.kvLoraRank = kvLoraRank
      self.qLoraRank = qLoraRank
      self.qkRopeHeadDim = qkRopeHeadDim
      self.qkNopeHeadDim = qkNopeHeadDim
      self.vHeadDim = vHeadDim
    }

    public init(from decoder: Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      kvLoraRank = try c.decode(Int.self, forKey: .kvLoraRank)
      qLoraRank = try c.decodeIfPresent(Int.self, forKey: .qLoraRank)
      qkRopeHeadDim = try c.decode(Int.self, forKey: .qkRopeHeadDim)
      qkNopeHeadDim = try c.decode(Int.self, forKey: .qkNopeHeadDim)
      vHeadDim = try c.decode(Int.self, forKey: .vHeadDim)
    }
  }

  public struct MoE: Sendable, Hashable, Codable {
    public var experts: Int
    public var expertsPerToken: Int
    public var expertIntermediateSize: Int
    public var sharedExperts: Int
    public var sharedExpertIntermediateSize: Int?
    public var denseLayers: Int
    public var moeLayerInterval: Int
    public var routerBias: Bool

    enum CodingKeys: String, CodingKey, CaseIterable {
      case experts
      case expertsPerToken = "experts_per_token"
      case expertIntermediateSize = "expert_intermediate_size"
      case sharedExperts = "shared_experts"
      case sharedExpertIntermediateSize = "shared_expert_intermediate_size"
      case denseLayers = "dense_layers"
      case moeLayerInterval = "moe_layer_interval"
      case routerBias = "router_bias"
    }

    public init(
      experts: Int, expertsPerToken: Int, expertIntermediateSize: Int, sharedExperts: Int = 0,
      sharedExpertIntermediateSize: Int? = nil, denseLayers: Int = 0, moeLayerInterval: Int = 1,
      routerBias: Bool = false
    ) {
      self.experts = experts
      self.expertsPerToken = expertsPerToken
      self.expertIntermediateSize = expertIntermediateSize
      self.sharedExperts = sharedExperts
      self.sharedExpertIntermediateSize = sharedExpertIntermediateSize
      self.denseLayers = denseLayers
      self.moeLayerInterval = moeLayerInterval
      self.routerBias = routerBias
    }

    public init(from decoder: Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      experts = try c.decode(Int.self, forKey: .experts)
      expertsPerToken = try c.decode(Int.self, forKey: .expertsPerToken)
      expertIntermediateSize = try c.decode(Int.self, forKey: .expertIntermediateSize)
      sharedExperts = try c.decodeIfPresent(Int.self, forKey: .sharedExperts) ?? 0
      sharedExpertIntermediateSize = try c.decodeIfPresent(
        Int.self, forKey: .sharedExpertIntermediateSize)
      denseLayers = try c.decodeIfPresent(Int.self, forKey: .denseLayers) ?? 0
      moeLayerInterval = try c.decodeIfPresent(Int.self, forKey: .moeLayerInterval) ?? 1
      routerBias = try c.decodeIfPresent(Bool.self, forKey: .routerBias) ?? false
    }

    /// Width of the always-active shared-expert block.
    public var sharedWidth: Int {
      sharedExpertIntermediateSize ?? sharedExperts * expertIntermediateSize
    }
  }

  public var layers: Int
  public var hiddenSize: Int
  public var intermediateSize: Int
  public var attentionHeads: Int
  public var kvHeads: Int
  public var headDimOverride: Int?
  public var vocabSize: Int
  public var tiedEmbeddings: Bool
  public var maxContext: Int
  public var mlp: MLPKind
  public var norm: NormKind
  public var normsPerLayer: Int
  public var qkNorm: Bool
  public var qkvBias: Bool
  public var outputBias: Bool
  public var learnedPositions: Int
  public var embeddingNorm: Bool
  public var slidingWindow: Int?
  public var slidingWindowLayers: Int?
  public var mla: MLA?
  public var moe: MoE?

  public init(
    layers: Int, hiddenSize: Int, intermediateSize: Int, attentionHeads: Int, kvHeads: Int,
    headDim: Int? = nil, vocabSize: Int, tiedEmbeddings: Bool = false, maxContext: Int,
    mlp: MLPKind = .gated, norm: NormKind = .rms, normsPerLayer: Int = 2, qkNorm: Bool = false,
    qkvBias: Bool = false, outputBias: Bool = false, learnedPositions: Int = 0,
    embeddingNorm: Bool = false, slidingWindow: Int? = nil, slidingWindowLayers: Int? = nil,
    mla: MLA? = nil, moe: MoE? = nil
  ) {
    self.layers = layers
    self.hiddenSize = hiddenSize
    self.intermediateSize = intermediateSize
    self.attentionHeads = attentionHeads
    self.kvHeads = kvHeads
    self.headDimOverride = headDim
    self.vocabSize = vocabSize
    self.tiedEmbeddings = tiedEmbeddings
    self.maxContext = maxContext
    self.mlp = mlp
    self.norm = norm
    self.normsPerLayer = normsPerLayer
    self.qkNorm = qkNorm
    self.qkvBias = qkvBias
    self.outputBias = outputBias
    self.learnedPositions = learnedPositions
    self.embeddingNorm = embeddingNorm
    self.slidingWindow = slidingWindow
    self.slidingWindowLayers = slidingWindowLayers
    self.mla = mla
    self.moe = moe
  }

  /// `head_dim` from the config when it states one; hidden / heads otherwise. Taking
  /// hidden / heads for Gemma or Qwen3 is wrong (MEMORY-MODEL.md §2).
  public var headDim: Int {
    headDimOverride ?? (attentionHeads > 0 ? hiddenSize / attentionHeads : 0)
  }

  public enum AttentionKind: String, Sendable {
    case mha = "MHA"
    case gqa = "GQA"
    case mqa = "MQA"
    case mla = "MLA"
  }

  public var attentionKind: AttentionKind {
    if mla != nil { return .mla }
    if kvHeads == attentionHeads { return .mha }
    return kvHeads == 1 ? .mqa : .gqa
  }

  /// Layers whose attention is windowed and those that see the whole context.
  public var windowedLayerCount: Int {
    guard slidingWindow != nil else { return 0 }
    return min(max(slidingWindowLayers ?? layers, 0), layers)
  }

  /// Number of layers whose MLP is a mixture of experts.
  public var moeLayerCount: Int {
    guard let moe else { return 0 }
    let candidates = max(layers - moe.denseLayers, 0)
    let interval = max(moe.moeLayerInterval, 1)
    return (candidates + interval - 1) / interval
  }

  /// Checks that would otherwise surface as nonsense bytes: zero heads, a head count the
  /// KV heads do not divide, and so on. Returns problems as plain sentences.
  public func validationProblems() -> [String] {
    var problems: [String] = []
    func positive(_ value: Int, _ name: String) {
      if value <= 0 { problems.append("\(name) must be positive (got \(value))") }
    }
    positive(layers, "layers")
    positive(hiddenSize, "hidden_size")
    positive(attentionHeads, "attention_heads")
    positive(kvHeads, "kv_heads")
    positive(vocabSize, "vocab_size")
    positive(maxContext, "max_context")
    if intermediateSize < 0 { problems.append("intermediate_size must not be negative") }
    if kvHeads > 0, attentionHeads > 0, attentionHeads % kvHeads != 0, mla == nil {
      problems.append(
        "attention_heads (\(attentionHeads)) is not a multiple of kv_heads (\(kvHeads))")
    }
    if let window = slidingWindow, window <= 0 {
      problems.append("sliding_window must be positive (got \(window))")
    }
    if let moe {
      positive(moe.experts, "moe.experts")
      if moe.expertsPerToken <= 0 || moe.expertsPerToken > moe.experts {
        problems.append("moe.experts_per_token must be between 1 and moe.experts")
      }
    }
    // Bounds that keep the arithmetic in Int64: 10^6 layers × 10^6 hidden is already absurd.
    for (value, name) in [
      (layers, "layers"), (hiddenSize, "hidden_size"), (intermediateSize, "intermediate_size"),
      (attentionHeads, "attention_heads"), (vocabSize, "vocab_size"),
    ] where value > 10_000_000 {
      problems.append("\(name) \(value) is beyond any real model")
    }
    // A rough count in floating point keeps the exact Int64 counter far from overflow.
    let h = Double(hiddenSize)
    let experts = Double(moe?.experts ?? 0) * Double(moe?.expertIntermediateSize ?? 0)
    let rough =
      Double(layers) * (4 * h * h + 3 * h * (Double(intermediateSize) + experts))
      + 2 * Double(vocabSize) * h
    if rough > 1e15 {
      // Int(_:) of a Double past Int.max traps: a config.json with hidden_size 4e17 did it
      // (found by the config fuzzer; Corpus/config/regression-parameter-count-past-int-max).
      let trillions = rough / 1e12
      let size = trillions < 1e15 ? "about \(Int(trillions)) trillion" : "more than 10^27"
      problems.append("the architecture implies \(size) parameters, beyond any real model")
    }
    return problems
  }
}
