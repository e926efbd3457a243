/// Bytes of optimizer state per trainable parameter, besides the fp32 master copy that
/// mixed precision adds (EleutherAI Transformer Math 101, "Optimizer States"):
/// AdamW keeps momentum and variance in fp32 (4 + 4); bitsandbytes 8-bit AdamW keeps both
/// in 8 bits (1 + 1); SGD with momentum keeps one fp32 buffer (4); plain SGD nothing.
/// Adafactor (beta1 = None, the Hugging Face default) keeps factored second moments: one
/// fp32 row vector and one column vector per matrix, a full fp32 vector per 1-D parameter
/// (Shazeer & Stern 2018, §3).
enum OptimizerState {
  static func bytesPerParameter(_ optimizer: TrainingOptions.Optimizer) -> Int64 {
    switch optimizer {
    case .adamw: return 8
    case .adamw8bit: return 2
    case .sgdMomentum: return 4
    case .sgd: return 0
    case .adafactor: return 0  // counted from the matrices' shapes: `adafactorBytes`
    }
  }

  static func source(_ optimizer: TrainingOptions.Optimizer) -> String {
    switch optimizer {
    case .adamw:
      return "AdamW: fp32 momentum + variance = 8 B per trainable parameter (Transformer Math 101)"
    case .adamw8bit:
      return
        "bitsandbytes 8-bit AdamW: 8-bit momentum + variance = 2 B per trainable parameter (Transformer Math 101; Dettmers et al. 2022)"
    case .sgdMomentum:
      return
        "SGD with momentum: one fp32 buffer = 4 B per trainable parameter (Transformer Math 101)"
    case .sgd: return "plain SGD keeps no state"
    case .adafactor:
      return
        "Adafactor (beta1 = None): fp32 row + column second moments per matrix (Shazeer & Stern 2018)"
    }
  }

  /// Adafactor's factored state for a set of matrices: 4 bytes × (rows + columns) each,
  /// plus 4 bytes per element of the vectors.
  static func adafactorBytes(
    matrices: [(rows: Int, columns: Int, count: Int64)], vectorElements: Int64
  ) -> Int64 {
    var elements = vectorElements
    for m in matrices {
      elements = elements.saturatingAdd(
        (Int64(m.rows) + Int64(m.columns)).saturatingMultiply(m.count))
    }
    return elements.saturatingMultiply(4)
  }
}
