/// The shape of one rank's KV cache: how many bytes each token costs in the layers that see
/// the whole context and in the layers that only keep a sliding window.
///
/// Per token per layer: (key_dim + value_dim) × kv_heads_on_rank × bytes, with
/// kv_heads_on_rank = max(1, kv_heads / TP) because vLLM replicates heads when TP exceeds
/// them (`ModelConfig.get_num_kv_heads`). MLA caches one latent of kv_lora_rank + rope_dim
/// per token per layer, replicated on every TP rank (DeepSeek-V2 paper §2.1; vLLM MLA backend).
public struct KVCacheGeometry: Sendable, Hashable {
  public let fullLayers: Int
  public let windowedLayers: Int
  public let window: Int?
  public let elementsPerTokenPerLayer: Int64
  public let format: KVCacheFormat
  /// What the cache keeps of each sequence (window, budget, kept fraction), if limited.
  public let policy: KVCachePolicy?

  public init(
    architecture a: ModelArchitecture, tensorParallel: Int, layersOnRank: Int,
    format: KVCacheFormat,
    policy: KVCachePolicy? = nil
  ) {
    self.policy = policy
    let tp = max(tensorParallel, 1)
    if let mla = a.mla {
      elementsPerTokenPerLayer = Int64(mla.kvLoraRank + mla.qkRopeHeadDim)
    } else {
      let kvHeadsOnRank = max(a.kvHeads / tp, 1)
      elementsPerTokenPerLayer = 2 * Int64(a.headDim) * Int64(kvHeadsOnRank)
    }
    let layers = max(layersOnRank, 0)
    let windowed: Int
    if a.layers > 0, a.windowedLayerCount > 0 {
      windowed = Int((Double(a.windowedLayerCount) * Double(layers) / Double(a.layers)).rounded())
    } else {
      windowed = 0
    }
    self.windowedLayers = min(windowed, layers)
    self.fullLayers = layers - self.windowedLayers
    self.window = a.slidingWindow
    self.format = format
  }

  public var layers: Int { fullLayers + windowedLayers }

  /// Bytes of one token across every layer on the rank, as if all attention were full. This
  /// is the unit in which vLLM reports its pool ("GPU KV cache size: N tokens").
  public var bytesPerToken: Int64 {
    format.bytes(forElements: elementsPerTokenPerLayer.saturatingMultiply(Int64(layers)))
  }

  /// Bytes for one sequence of `tokens` tokens when windowed layers keep `windowTokens`.
  public func bytes(tokens allTokens: Int64, windowTokens allWindowTokens: Int64) -> Int64 {
    let tokens = policy?.keptTokens(of: allTokens) ?? allTokens
    let windowTokens = min(allWindowTokens, tokens)
    let full = elementsPerTokenPerLayer.saturatingMultiply(Int64(fullLayers)).saturatingMultiply(
      tokens)
    let windowed = elementsPerTokenPerLayer.saturatingMultiply(Int64(windowedLayers))
      .saturatingMultiply(min(windowTokens, tokens))
    return format.bytes(forElements: full.saturatingAdd(windowed))
  }

  /// The plain rule (Hugging Face caches, the generic engine): windowed layers hold at most
  /// `window` tokens.
  public func bytes(tokens: Int64) -> Int64 {
    bytes(tokens: tokens, windowTokens: window.map { Int64($0) } ?? tokens)
  }
}
