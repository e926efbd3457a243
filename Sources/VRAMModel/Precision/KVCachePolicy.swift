/// What the KV cache keeps of each sequence, beyond its precision (seed guide §4.2 "KV缓存
/// 优化": 滑动窗口, 稀疏注意力). These are what-if settings for engines and research
/// serving stacks that support them; the estimate says which it applied and what it saved.
public enum KVCachePolicy: Sendable, Hashable {
  /// A sliding window on every layer: each layer keeps the last `tokens` tokens
  /// (Mistral-style; Beltagy et al. 2020, Longformer local attention).
  case window(tokens: Int)
  /// StreamingLLM (Xiao et al. 2023): `sinks` initial tokens plus a recent window, a fixed
  /// budget of `tokens` in all.
  case budget(tokens: Int, sinks: Int)
  /// Heavy-hitter eviction (H2O, Zhang et al. 2023): a fraction of each sequence's tokens
  /// is kept.
  case keep(fraction: Double)

  /// Tokens one sequence of `length` keeps per layer under this policy.
  public func keptTokens(of length: Int64) -> Int64 {
    switch self {
    case .window(let tokens): return min(length, Int64(tokens))
    case .budget(let tokens, _): return min(length, Int64(tokens))
    case .keep(let fraction):
      return min(length, Int64((Double(length) * fraction).rounded(.up)))
    }
  }

  public var summary: String {
    switch self {
    case .window(let tokens): return "sliding window of \(tokens) tokens on every layer"
    case .budget(let tokens, let sinks):
      return
        "StreamingLLM budget of \(tokens) tokens (\(sinks) attention sinks + \(tokens - sinks) recent)"
    case .keep(let fraction):
      return
        "H2O-style eviction keeping \(Int((fraction * 100).rounded())) % of each sequence's tokens"
    }
  }

  public var source: String {
    switch self {
    case .window: return "seed guide §4.2 滑动窗口; Beltagy et al. 2020; Mistral 7B (Jiang et al. 2023)"
    case .budget:
      return "seed guide §4.2 稀疏注意力; StreamingLLM (Xiao et al. 2023): sinks + rolling window"
    case .keep: return "seed guide §4.2 稀疏注意力; H2O (Zhang et al. 2023): heavy-hitter oracle"
    }
  }
}
