/// The trainable parameters of LoRA adapters: for each adapted matrix W (d_out × d_in),
/// A (r × d_in) and B (d_out × r), so r·(d_in + d_out) parameters (Hu et al. 2021, §4.1;
/// PEFT `LoraLayer.update_layer`). Checked against PEFT's own print-out for Llama-2-7B,
/// r = 8 on q_proj and v_proj: "trainable params: 4,194,304".
public struct LoRAAdapters: Sendable, Hashable {
  public let rank: Int
  public let targets: LoRATargets

  public init(rank: Int, targets: LoRATargets) {
    self.rank = rank
    self.targets = targets
  }

  /// (d_in, d_out) of one module in one layer, and how many of it a layer holds (MoE
  /// experts each carry their own gate, up and down).
  static func shapes(_ module: LoRATargets.Module, _ a: ModelArchitecture) -> [(Int, Int, Int)] {
    let h = a.hiddenSize
    let q = a.attentionHeads * a.headDim
    let kv = a.kvHeads * a.headDim
    switch module {
    case .q: return [(h, q, 1)]
    case .k: return [(h, kv, 1)]
    case .v: return [(h, kv, 1)]
    case .o: return [(q, h, 1)]
    case .gate, .up, .down:
      var result: [(Int, Int, Int)] = []
      func add(_ inner: Int, _ count: Int) {
        guard inner > 0, count > 0 else { return }
        result.append(module == .down ? (inner, h, count) : (h, inner, count))
      }
      if let moe = a.moe {
        // Experts' matrices, plus shared experts; dense layers are counted by the caller's
        // layer split, approximated here by the MoE layout for every layer.
        add(moe.expertIntermediateSize, moe.experts)
        add(moe.sharedWidth, 1)
      } else if a.mlp == .gated || module != .gate {
        add(a.intermediateSize, 1)
      }
      return result
    }
  }

  /// Adapter parameters over `layers` layers, split by tensor parallelism.
  public func parameters(_ a: ModelArchitecture, layers: Int, tensorParallel: Int = 1) -> Int64 {
    var perLayer: Int64 = 0
    for module in targets.modules {
      for (dIn, dOut, count) in Self.shapes(module, a) {
        perLayer = perLayer.saturatingAdd(
          Int64(rank).saturatingMultiply(Int64(dIn) + Int64(dOut)).saturatingMultiply(Int64(count)))
      }
    }
    return perLayer.saturatingMultiply(Int64(layers)) / Int64(max(tensorParallel, 1))
  }

  /// The adapter matrices' shapes over `layers` layers (for Adafactor's factored state).
  func matrices(_ a: ModelArchitecture, layers: Int) -> [(rows: Int, columns: Int, count: Int64)] {
    var result: [(rows: Int, columns: Int, count: Int64)] = []
    for module in targets.modules {
      for (dIn, dOut, count) in Self.shapes(module, a) {
        let copies = Int64(count).saturatingMultiply(Int64(layers))
        result.append((rank, dIn, copies))
        result.append((dOut, rank, copies))
      }
    }
    return result
  }
}
