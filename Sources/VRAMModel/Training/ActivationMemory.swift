/// Activations a training step keeps for its backward pass, per transformer layer
/// (Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer
/// Models", §4; EleutherAI Transformer Math 101).
///
/// The paper counts, for a GPT layer with 16-bit activations, sequence s, micro-batch b,
/// hidden h, a heads and tensor parallelism t:
///
///     sbh · (10 + 24/t + 5·a·s/(h·t))   bytes
///
/// This type derives the same terms from the layer's shapes, so that grouped-query
/// attention, gated MLPs of any width and models without dropout get their own figure
/// while a GPT-3 layer (MHA, MLP 4h, GeLU, dropout) reproduces the paper's exactly:
///
/// - kept on every tensor rank: the two norms' inputs (4sbh), the inputs of the QKV and
///   first MLP matrices (2sbh each), and two residual dropout masks (sbh each): 10sbh;
/// - split by t: Q and K for QKᵀ, V, and the output projection's input (8sbh for MHA);
///   the MLP's GeLU input and output (16sbh at 4h) or, for a gated MLP, the gate and up
///   outputs, the activation's output and the product (8·s·b·intermediate);
/// - the attention scores, split by t: softmax output (2as²b), dropout mask and output
///   (as²b + 2as²b). Fused attention (FlashAttention, SDPA) keeps none of them.
public struct ActivationMemory: Sendable, Hashable {
  /// The shapes one layer's activations depend on.
  public struct LayerShape: Sendable, Hashable {
    public var hidden: Int
    public var heads: Int
    /// Width of the query projection (heads × head_dim).
    public var queryWidth: Int
    /// Width of the key projection (and of the value projection).
    public var keyValueWidth: Int
    /// The MLP's inner width one token passes through (top-k experts and shared experts
    /// summed for MoE layers).
    public var mlpWidth: Int
    public var gatedMLP: Bool
    /// Whether the layer applies dropout (GPT-2/3 era). Current open LLMs train with
    /// attention and residual dropout 0 (their configs' `attention_dropout: 0.0`), so
    /// there are no masks to keep.
    public var dropout: Bool

    public init(
      hidden: Int, heads: Int, queryWidth: Int, keyValueWidth: Int, mlpWidth: Int,
      gatedMLP: Bool, dropout: Bool
    ) {
      self.hidden = hidden
      self.heads = heads
      self.queryWidth = queryWidth
      self.keyValueWidth = keyValueWidth
      self.mlpWidth = mlpWidth
      self.gatedMLP = gatedMLP
      self.dropout = dropout
    }

    /// A catalog architecture's layer (the widest: MoE layers route each token to top-k
    /// experts plus the shared ones).
    public init(_ a: ModelArchitecture) {
      var width = a.intermediateSize
      if let moe = a.moe {
        width = max(width, moe.expertsPerToken * moe.expertIntermediateSize + moe.sharedWidth)
      }
      self.init(
        hidden: a.hiddenSize, heads: a.attentionHeads, queryWidth: a.attentionHeads * a.headDim,
        keyValueWidth: a.mla.map { _ in a.attentionHeads * a.headDim } ?? a.kvHeads * a.headDim,
        mlpWidth: width, gatedMLP: a.mlp == .gated, dropout: false)
    }
  }

  public let shape: LayerShape
  public let tensorParallel: Int
  public let recomputation: TrainingOptions.Recomputation
  public let fusedAttention: Bool

  public init(
    shape: LayerShape, tensorParallel: Int = 1, recomputation: TrainingOptions.Recomputation,
    fusedAttention: Bool
  ) {
    self.shape = shape
    self.tensorParallel = max(tensorParallel, 1)
    self.recomputation = recomputation
    self.fusedAttention = fusedAttention
  }

  /// Bytes one layer keeps for a micro-batch of `batch` sequences of `seqLen` tokens, with
  /// 16-bit activations; `elementBytes` 4 doubles every tensor but the masks.
  public func bytesPerLayer(seqLen: Int, batch: Int, elementBytes: Int = 2) -> Int64 {
    switch recomputation {
    case .full:
      // Only the layer's input: 2sbh at 16 bits (Korthikanti §4.3).
      return tokens(seqLen, batch) * Int64(shape.hidden) * Int64(elementBytes)
    case .none, .selective:
      return storedBytes(seqLen: seqLen, batch: batch, elementBytes: elementBytes)
    }
  }

  /// Everything a layer keeps without recomputation (selective drops the scores).
  public func storedBytes(seqLen: Int, batch: Int, elementBytes: Int = 2) -> Int64 {
    let sb = tokens(seqLen, batch)
    let e = Double(elementBytes)
    let h = Double(shape.hidden)
    let t = Double(tensorParallel)
    let maskBytes = shape.dropout ? 1.0 : 0
    // Replicated on every tensor rank: norm inputs 2·h·e, QKV input h·e, MLP input h·e,
    // residual dropout masks 2·h·1.
    let replicated = 4 * h * e + 2 * maskBytes * h
    // Split: Q, K (for QKᵀ), V and the output projection's input.
    let q = Double(shape.queryWidth)
    let kv = Double(shape.keyValueWidth)
    var split = (q + kv + kv + q) * e
    // MLP: GeLU input and output; or gate, up, activation and product.
    split += Double(shape.mlpWidth) * e * (shape.gatedMLP ? 4 : 2)
    var perToken = replicated + split / t
    if recomputation == .none && !fusedAttention {
      // softmax output a·s·e, then dropout mask a·s and dropout output a·s·e, per token.
      let a = Double(shape.heads)
      let s = Double(seqLen)
      perToken += a * s * (e + (shape.dropout ? 1 + e : 0)) / t
    }
    return ByteUnits.bytes(Double(sb) * perToken)
  }

  /// The scores term alone (what selective recomputation or fused attention saves).
  public func scoreBytes(seqLen: Int, batch: Int, elementBytes: Int = 2) -> Int64 {
    let a = Double(shape.heads)
    let e = Double(elementBytes)
    return ByteUnits.bytes(
      Double(tokens(seqLen, batch)) * a * Double(seqLen) * (e + (shape.dropout ? 1 + e : 0))
        / Double(tensorParallel))
  }

  func tokens(_ seqLen: Int, _ batch: Int) -> Int64 {
    Int64(max(seqLen, 0)).saturatingMultiply(Int64(max(batch, 0)))
  }
}
