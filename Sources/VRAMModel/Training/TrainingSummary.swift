/// What a training estimate adds to the per-GPU memory: the shape of one optimizer step
/// and how fast it can go at best.
public struct TrainingSummary: Sendable, Hashable, Codable {
  public var method: TrainingOptions.Method
  public var optimizer: TrainingOptions.Optimizer
  public var pagedOptimizer: Bool
  public var precision: TrainingOptions.Precision
  public var recomputation: TrainingOptions.Recomputation
  public var flashAttention: Bool
  public var zeroStage: Int
  /// Parameters that receive gradients, whole model (not per rank).
  public var trainableParameters: Int64
  /// Sequences per GPU per forward/backward pass.
  public var microBatch: Int
  public var gradientAccumulation: Int
  public var dataParallel: Int
  /// micro-batch × accumulation × data-parallel ranks: sequences per optimizer step.
  public var globalBatch: Int
  /// Tokens per optimizer step.
  public var tokensPerStep: Int64
  /// FLOPs per token (6 × parameters for full training; Transformer Math 101).
  public var flopsPerToken: Double
  /// Compute-bound ceiling for the whole job at the model's efficiency assumption.
  public var tokensPerSecond: Double
  /// Seconds per optimizer step at that ceiling.
  public var stepSeconds: Double
}
