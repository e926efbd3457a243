import VRAMModel
import YAMLSource

/// The `training:` block of a native deployment, every value with its range so findings and
/// quick fixes land on the characters that set it.
public struct TrainingFields: Sendable {
  /// The whole `training:` value (where new keys are added).
  public var range: SourceRange
  /// The `training:` key, where a block-style mapping's children indent from.
  public var keyRange: SourceRange
  public var method: Located<TrainingOptions.Method>?
  public var loraRank: Located<Int>?
  public var loraTargets: Located<LoRATargets>?
  public var optimizer: Located<TrainingOptions.Optimizer>?
  public var pagedOptimizer = false
  public var precision: Located<TrainingOptions.Precision>?
  public var gradients: Located<Int>?
  public var recomputation: Located<TrainingOptions.Recomputation>?
  public var flashAttention: Located<Bool>?
  public var gradientAccumulation: Located<Int>?
  public var zeroStage: Located<Int>?
  public var doubleQuantization: Located<Bool>?
  /// Ranges of the values written directly under `training:` (for appending after them).
  public var valueRanges: [SourceRange] = []

  public init(range: SourceRange, keyRange: SourceRange) {
    self.range = range
    self.keyRange = keyRange
  }

  public var options: TrainingOptions {
    TrainingOptions(
      // LoRA settings without a method mean LoRA; a written `method: full` with them is
      // reported by the decoder.
      method: method?.value ?? (loraRank != nil || loraTargets != nil ? .lora : .full),
      loraRank: loraRank?.value, loraTargets: loraTargets?.value,
      optimizer: optimizer?.value, pagedOptimizer: pagedOptimizer, precision: precision?.value,
      gradientBytes: gradients?.value,
      recomputation: recomputation?.value, flashAttention: flashAttention?.value,
      gradientAccumulation: gradientAccumulation?.value, zeroStage: zeroStage?.value,
      doubleQuantization: doubleQuantization?.value)
  }

  /// Keys of the block and what each takes.
  public static let keys: [String: String] = [
    "method": "full, lora or qlora", "lora": "{rank, targets}",
    "optimizer":
      "adamw, adamw-8bit, paged-adamw-32bit, paged-adamw-8bit, sgd, sgd-momentum, adafactor",
    "precision": "mixed, bf16 or fp32", "gradients": "fp32 or bf16",
    "recomputation": "none, selective or full", "flash_attention": "true or false",
    "gradient_accumulation": "micro-batches per optimizer step", "zero": "ZeRO stage 0–3",
    "double_quantization": "QLoRA double quantization, true or false",
  ]
}
