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

  /// The largest count any field may hold (layers, widths, heads, experts, vocabulary).
  static let maxCount = 10_000_000
  /// The longest context, window or learned position table (Llama 4 Scout: 10^7 tokens).
  static let maxContextTokens = 1_000_000_000

  /// At least the parameter count, computed in Double with every term the exact counter
  /// multiplies out (attention with its stated head_dim, MLA projections, experts, shared
  /// experts, routers, learned positions, both embeddings), so no Int64 product in the
  /// counter exceeds it. Meaningful only once every field is within `maxCount`.
  var roughParameterBound: Double {
    let h = Double(hiddenSize)
    let heads = Double(attentionHeads)
    let headDim = Double(
      max(headDimOverride ?? 0, attentionHeads > 0 ? hiddenSize / attentionHeads : 0))
    var attention = 2 * h * heads * headDim + 2 * h * Double(kvHeads) * headDim
    if let mla {
      let qkHead = Double(mla.qkNopeHeadDim + mla.qkRopeHeadDim)
      let qRank = Double(mla.qLoraRank ?? 0)
      attention +=
        h * qRank + heads * qkHead * max(qRank, h) + h * Double(mla.kvLoraRank + mla.qkRopeHeadDim)
        + Double(mla.kvLoraRank) * heads * Double(mla.qkNopeHeadDim + mla.vHeadDim)
        + heads * Double(mla.vHeadDim) * h
    }
    var mlpWidth = Double(intermediateSize)
    var router = 0.0
    if let moe {
      let experts = Double(moe.experts)
      let width = Double(moe.expertIntermediateSize)
      mlpWidth +=
        experts * width + Double(moe.sharedExperts) * width
        + Double(moe.sharedExpertIntermediateSize ?? 0)
      router = experts * (1 + h + 3 * width)
    }
    // Norms (each at most 2h), biases and q/k norms: a few h per layer, with room to spare.
    let perLayer = attention + 3 * h * mlpWidth + router + (2 * Double(normsPerLayer) + 8) * h
    return Double(layers) * perLayer + 2 * Double(vocabSize + 64) * h
      + Double(learnedPositions) * h
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
    // Every count within 10^7 (a real model's largest is a vocabulary of ~10^6) and every
    // context within 10^9 tokens, so that sums of two fields and the Int64 products below
    // cannot overflow; a crafted config.json or GGUF reaches all of them.
    var counts: [(Int, String)] = [
      (layers, "layers"), (hiddenSize, "hidden_size"), (intermediateSize, "intermediate_size"),
      (attentionHeads, "attention_heads"), (kvHeads, "kv_heads"), (vocabSize, "vocab_size"),
      (normsPerLayer, "norms_per_layer"),
    ]
    if let headDimOverride { counts.append((headDimOverride, "head_dim")) }
    if let slidingWindowLayers { counts.append((slidingWindowLayers, "sliding_window_layers")) }
    if let mla {
      counts += [
        (mla.kvLoraRank, "mla.kv_lora_rank"), (mla.qkRopeHeadDim, "mla.qk_rope_head_dim"),
        (mla.qkNopeHeadDim, "mla.qk_nope_head_dim"), (mla.vHeadDim, "mla.v_head_dim"),
      ]
      if let rank = mla.qLoraRank { counts.append((rank, "mla.q_lora_rank")) }
    }
    if let moe {
      counts += [
        (moe.experts, "moe.experts"), (moe.expertIntermediateSize, "moe.expert_intermediate_size"),
        (moe.sharedExperts, "moe.shared_experts"), (moe.denseLayers, "moe.dense_layers"),
        (moe.moeLayerInterval, "moe.moe_layer_interval"),
      ]
      if let width = moe.sharedExpertIntermediateSize {
        counts.append((width, "moe.shared_expert_intermediate_size"))
      }
    }
    for (value, name) in counts {
      if value < 0 {
        if !problems.contains(where: { $0.hasPrefix(name + " ") }) {
          problems.append("\(name) must not be negative (got \(value))")
        }
      } else if value > Self.maxCount {
        problems.append("\(name) \(value) is beyond any real model")
      }
    }
    for (value, name) in [
      (maxContext, "max_context"), (learnedPositions, "learned_positions"),
      (slidingWindow ?? 0, "sliding_window"),
    ] where value > Self.maxContextTokens {
      problems.append("\(name) \(value) is beyond any real model")
    }
    if learnedPositions < 0 { problems.append("learned_positions must not be negative") }
    guard problems.isEmpty else { return problems }

    // An upper bound, in floating point, of every product the parameter counter and the KV
    // cache form in Int64: when it stays under 10^15 none of them can overflow.
    let rough = roughParameterBound
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
