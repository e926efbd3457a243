import Foundation

/// One catalog entry: a published model, its architecture and where each fact comes from.
/// The JSON shape is documented in Documentation/catalog-format.md.
public struct ModelCard: Sendable, Hashable, Decodable {
  public struct NativeQuantization: Sendable, Hashable, Decodable {
    public var method: String
    public var appliesTo: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
      case method
      case appliesTo = "applies_to"
    }

    public init(method: String, appliesTo: String? = nil) {
      self.method = method
      self.appliesTo = appliesTo
    }

    public init(from decoder: Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      method = try c.decode(String.self, forKey: .method)
      appliesTo = try c.decodeIfPresent(String.self, forKey: .appliesTo)
    }

    /// The weight format this checkpoint loads as when the user names no precision.
    public var weightFormat: WeightFormat? {
      let base = WeightFormat.parse(method)
      if method.lowercased() == "mxfp4", appliesTo == "experts" { return .mxfp4Experts }
      return base
    }
  }

  public struct ParameterFacts: Sendable, Hashable, Decodable {
    public var total: Int64?
    public var stated: String?
    public var extra: Int64?
    public var source: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
      case total, stated, extra, source
    }

    public init(
      total: Int64? = nil, stated: String? = nil, extra: Int64? = nil, source: String? = nil
    ) {
      self.total = total
      self.stated = stated
      self.extra = extra
      self.source = source
    }

    public init(from decoder: Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      total = try c.decodeIfPresent(Int64.self, forKey: .total)
      stated = try c.decodeIfPresent(String.self, forKey: .stated)
      extra = try c.decodeIfPresent(Int64.self, forKey: .extra)
      source = try c.decodeIfPresent(String.self, forKey: .source)
    }
  }

  public var id: String
  public var aliases: [String]
  public var source: String
  public var sourceStatus: String
  public var note: String?
  public var referenceOnly: Bool
  public var architecture: ModelArchitecture { didSet { derived = Derived(self) } }
  public var dtype: String { didSet { derived = Derived(self) } }
  public var quantization: NativeQuantization? { didSet { derived = Derived(self) } }
  public var params: ParameterFacts? { didSet { derived = Derived(self) } }
  /// Exact stored bytes, when the card was read from the checkpoint's files (`ModelSource*`);
  /// never set by the catalog.
  public var measuredWeights: MeasuredWeights? { didSet { derived = Derived(self) } }

  /// Facts that follow from the ones above, worked out once per card (and again whenever one
  /// of them changes) rather than on each of the dozens of estimates a deployment gets.
  struct Derived: Sendable, Hashable {
    var parameters: ParameterBreakdown
    var activeParameters: Int64
    var checkpointFormat: WeightFormat
    /// The architecture's whole-model bytes in the measured format: the denominator that
    /// turns a rank's counted bytes into its share of the measured total (0 = not measured).
    var countedBytesInMeasuredFormat: Int64

    init(_ card: ModelCard) {
      // The exact counter needs a sane architecture (no zero heads, nothing that overflows
      // Int64); an invalid card is reported by validation before any estimate reads these.
      let sane = card.architecture.validationProblems().isEmpty
      parameters =
        sane
        ? ModelCard.countParameters(card.architecture, extra: card.params?.extra)
        : ParameterBreakdown()
      activeParameters = ModelCard.countActiveParameters(card.architecture, whole: parameters)
      checkpointFormat =
        card.measuredWeights?.format
        ?? ModelCard.checkpointFormat(dtype: card.dtype, quantization: card.quantization)
      let counted = parameters
      countedBytesInMeasuredFormat = card.measuredWeights.map { counted.bytes(in: $0.format) } ?? 0
    }

    init() {
      parameters = ParameterBreakdown()
      activeParameters = 0
      checkpointFormat = .bf16
      countedBytesInMeasuredFormat = 0
    }
  }

  private var derived = Derived()

  /// Hashes the identity and the size only: cards are hashed for every deployment on every
  /// keystroke (the language server's estimate memo), and the whole card (architecture,
  /// aliases, sources) cost more to hash than the lookup saved. Equality still compares
  /// everything, so two cards that hash alike but differ are still told apart.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(derived.activeParameters)
  }

  public init(
    id: String, aliases: [String] = [], source: String = "given by the user",
    sourceStatus: String = "user", note: String? = nil, referenceOnly: Bool = false,
    architecture: ModelArchitecture, dtype: String = "bfloat16",
    quantization: NativeQuantization? = nil, params: ParameterFacts? = nil
  ) {
    self.id = id
    self.aliases = aliases
    self.source = source
    self.sourceStatus = sourceStatus
    self.note = note
    self.referenceOnly = referenceOnly
    self.architecture = architecture
    self.dtype = dtype
    self.quantization = quantization
    self.params = params
    self.derived = Derived(self)
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, aliases, source, note, dtype, quantization, params
    case sourceStatus = "source_status"
    case referenceOnly = "reference_only"
    case layers
    case hiddenSize = "hidden_size"
    case intermediateSize = "intermediate_size"
    case attentionHeads = "attention_heads"
    case kvHeads = "kv_heads"
    case headDim = "head_dim"
    case vocabSize = "vocab_size"
    case tiedEmbeddings = "tied_embeddings"
    case maxContext = "max_context"
    case mlp, norm
    case normsPerLayer = "norms_per_layer"
    case qkNorm = "qk_norm"
    case qkvBias = "qkv_bias"
    case outputBias = "output_bias"
    case learnedPositions = "learned_positions"
    case embeddingNorm = "embedding_norm"
    case slidingWindow = "sliding_window"
    case slidingWindowLayers = "sliding_window_layers"
    case mla, moe
  }

  public init(from decoder: Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    source = try c.decodeIfPresent(String.self, forKey: .source) ?? "not given"
    sourceStatus = try c.decodeIfPresent(String.self, forKey: .sourceStatus) ?? "user"
    note = try c.decodeIfPresent(String.self, forKey: .note)
    referenceOnly = try c.decodeIfPresent(Bool.self, forKey: .referenceOnly) ?? false
    dtype = try c.decodeIfPresent(String.self, forKey: .dtype) ?? "bfloat16"
    quantization = try c.decodeIfPresent(NativeQuantization.self, forKey: .quantization)
    params = try c.decodeIfPresent(ParameterFacts.self, forKey: .params)
    let heads = try c.decode(Int.self, forKey: .attentionHeads)
    let hidden = try c.decode(Int.self, forKey: .hiddenSize)
    architecture = ModelArchitecture(
      layers: try c.decode(Int.self, forKey: .layers),
      hiddenSize: hidden,
      intermediateSize: try c.decodeIfPresent(Int.self, forKey: .intermediateSize) ?? 4 * hidden,
      attentionHeads: heads,
      kvHeads: try c.decodeIfPresent(Int.self, forKey: .kvHeads) ?? heads,
      headDim: try c.decodeIfPresent(Int.self, forKey: .headDim),
      vocabSize: try c.decode(Int.self, forKey: .vocabSize),
      tiedEmbeddings: try c.decodeIfPresent(Bool.self, forKey: .tiedEmbeddings) ?? false,
      maxContext: try c.decode(Int.self, forKey: .maxContext),
      mlp: try c.decodeIfPresent(ModelArchitecture.MLPKind.self, forKey: .mlp) ?? .gated,
      norm: try c.decodeIfPresent(ModelArchitecture.NormKind.self, forKey: .norm) ?? .rms,
      normsPerLayer: try c.decodeIfPresent(Int.self, forKey: .normsPerLayer) ?? 2,
      qkNorm: try c.decodeIfPresent(Bool.self, forKey: .qkNorm) ?? false,
      qkvBias: try c.decodeIfPresent(Bool.self, forKey: .qkvBias) ?? false,
      outputBias: try c.decodeIfPresent(Bool.self, forKey: .outputBias) ?? false,
      learnedPositions: try c.decodeIfPresent(Int.self, forKey: .learnedPositions) ?? 0,
      embeddingNorm: try c.decodeIfPresent(Bool.self, forKey: .embeddingNorm) ?? false,
      slidingWindow: try c.decodeIfPresent(Int.self, forKey: .slidingWindow),
      slidingWindowLayers: try c.decodeIfPresent(Int.self, forKey: .slidingWindowLayers),
      mla: try c.decodeIfPresent(ModelArchitecture.MLA.self, forKey: .mla),
      moe: try c.decodeIfPresent(ModelArchitecture.MoE.self, forKey: .moe))
    derived = Derived(self)
  }

  /// Parameters of the text model, counted from the architecture, plus any non-text tower.
  public var parameters: ParameterBreakdown { derived.parameters }

  /// Parameters read per generated token: everything but the routed experts a token does
  /// not visit, and but the input embedding, of which a token reads one row (OpenAI's gpt-oss
  /// card counts "active" the same way: 5.13B of 116.83B). A tied embedding is read in full
  /// as the lm_head, so it stays.
  public var activeParameters: Int64 { derived.activeParameters }

  /// The checkpoint's own weight format: the measured files' format, else its native
  /// quantization, else its dtype.
  public var checkpointFormat: WeightFormat { derived.checkpointFormat }

  /// Whole-model bytes counted from the architecture in the measured format; 0 when the card
  /// has no measured weights (or an architecture the counter cannot use).
  public var countedBytesInMeasuredFormat: Int64 { derived.countedBytesInMeasuredFormat }

  static func countParameters(_ architecture: ModelArchitecture, extra: Int64?)
    -> ParameterBreakdown
  {
    var breakdown = ParameterCounter(architecture).wholeModel
    breakdown.extra = extra ?? 0
    return breakdown
  }

  static func countActiveParameters(_ architecture: ModelArchitecture, whole: ParameterBreakdown)
    -> Int64
  {
    let embedding = architecture.tiedEmbeddings ? 0 : whole.embedding
    guard let moe = architecture.moe, moe.experts > 0 else { return whole.total - embedding }
    let activeRouted = whole.routedExperts / Int64(moe.experts) * Int64(moe.expertsPerToken)
    return whole.total - embedding - whole.routedExperts + activeRouted
  }

  static func checkpointFormat(dtype: String, quantization: NativeQuantization?) -> WeightFormat {
    if let native = quantization?.weightFormat { return native }
    switch dtype.lowercased() {
    case "float32", "fp32": return .fp32
    case "float16", "fp16": return .fp16
    default: return .bf16
    }
  }
}
