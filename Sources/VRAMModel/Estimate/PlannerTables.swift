/// The tables `explain` shows beside the verdict: what dynamic batching can reach (seed
/// guide §4.3 "动态批处理: 根据显存使用自动调整批大小") and how tensor, pipeline and data
/// parallelism compare on the chosen card (§5 "并行策略").
extension Planner {
  public struct BatchingRow: Sendable, Hashable {
    /// Sequence length and the largest batch that fits at it, or a batch and the longest
    /// sequence that fits at it.
    public let seqLen: Int
    public let batch: Int
  }

  /// The largest batch at sequence lengths from 1,024 doubling up to the model's context
  /// (and the deployment's own length), at most `rows` rows, stopping where none fits.
  public static func batchAtLengths(_ spec: DeploymentSpec, rows: Int = 8) -> [BatchingRow] {
    let context = max(spec.model.architecture.maxContext, 1)
    var lengths: [Int] = []
    var length = min(1024, context)
    while length <= context, lengths.count < rows {
      lengths.append(length)
      length *= 2
    }
    if let own = spec.seqLen, own <= context, !lengths.contains(own) { lengths.append(own) }
    var table: [BatchingRow] = []
    for length in lengths.sorted() {
      var s = spec
      s.seqLen = length
      let batch = maxBatch(s)
      table.append(BatchingRow(seqLen: length, batch: batch))
      if batch == 0 { break }
    }
    return table
  }

  /// The longest sequence at batches 1, 2, 4 … up to `rows` rows, stopping where none fits.
  public static func lengthAtBatches(_ spec: DeploymentSpec, rows: Int = 8) -> [BatchingRow] {
    var table: [BatchingRow] = []
    var batch = 1
    while table.count < rows {
      var s = spec
      s.batch = batch
      let length = maxSeqLen(s)
      table.append(BatchingRow(seqLen: length, batch: batch))
      if length == 0 { break }
      batch *= 2
    }
    return table
  }

  public enum Strategy: String, Sendable, CaseIterable {
    case tensor, pipeline, data
  }

  public struct ParallelOption: Sendable, Hashable {
    public let strategy: Strategy
    public let gpus: Int
    /// Memory each GPU needs, or nil when the engine refuses the layout (heads not
    /// divisible, more stages than layers).
    public let perGPU: Int64?
    public let fits: Bool
  }

  /// Each strategy at 1, 2, 4 and 8 GPUs on the deployment's card, starting from a single
  /// GPU. Data parallelism copies the model: the memory per GPU stays that of one replica
  /// (in training, ZeRO stages shard the state across the copies, so the deployment's stage
  /// applies).
  public static func parallelComparison(_ spec: DeploymentSpec, counts: [Int] = [1, 2, 4, 8])
    -> [ParallelOption]
  {
    var options: [ParallelOption] = []
    for strategy in Strategy.allCases {
      for n in counts {
        var s = spec
        s.tensorParallel = strategy == .tensor ? n : 1
        s.pipelineParallel = strategy == .pipeline ? n : 1
        s.gpuCount = n
        let estimate = try? MemoryModel.estimate(s, detail: .probe)
        options.append(
          ParallelOption(
            strategy: strategy, gpus: n, perGPU: estimate?.perGPU.required,
            fits: estimate?.fits ?? false))
      }
    }
    return options
  }
}
