import ArgumentParser
import Foundation
import VRAMModel

/// `fit --mode training` and the training settings, as in the `training:` block of a file.
struct TrainingArguments: ParsableArguments {
  @Option(
    name: .long, help: "inference (default) or training; --batch is then the micro-batch per GPU.")
  var mode: Mode = .inference

  @Option(name: .long, help: "Training method: full, lora or qlora.")
  var method: TrainingOptions.Method?

  @Option(
    name: .long,
    help:
      "Optimizer: adamw, adamw-8bit, paged-adamw-32bit, paged-adamw-8bit, sgd, sgd-momentum, adafactor."
  )
  var optimizer: String?

  @Flag(name: .long, help: "QLoRA double quantization (bnb_4bit_use_double_quant).")
  var doubleQuantization = false

  @Option(name: .long, help: "LoRA rank (default 8).")
  var loraRank: Int?

  @Option(
    name: .long,
    help:
      "LoRA targets: all-linear, attention, or a comma list such as q_proj,v_proj (default q_proj,v_proj)."
  )
  var loraTargets: String?

  @Option(name: .long, help: "Training precision: mixed (default), bf16 or fp32.")
  var trainingPrecision: TrainingOptions.Precision?

  @Option(name: .long, help: "Gradient dtype: fp32 (default in mixed and fp32) or bf16.")
  var gradients: GradientType?

  enum GradientType: String, ExpressibleByArgument, CaseIterable { case fp32, bf16, fp16 }

  @Option(name: .long, help: "Activation recomputation: none (default), selective or full.")
  var recomputation: TrainingOptions.Recomputation?

  @Option(name: .long, help: "Micro-batches per optimizer step (default 1).")
  var gradientAccumulation: Int?

  @Option(name: .long, help: "ZeRO stage 0–3 over the data-parallel GPUs (default 0).")
  var zero: Int?

  enum Mode: String, ExpressibleByArgument, CaseIterable { case inference, training }

  /// The training options, or nil when serving; a training flag without `--mode training`
  /// is a usage error rather than silently ignored.
  func options(flashAttention: Bool?) throws -> TrainingOptions? {
    let given =
      method != nil || optimizer != nil || loraRank != nil || loraTargets != nil
      || trainingPrecision != nil || recomputation != nil || gradientAccumulation != nil
      || zero != nil || gradients != nil || doubleQuantization
    guard mode == .training else {
      if given { throw UsageError("training settings need --mode training") }
      return nil
    }
    var options = TrainingOptions(
      method: method ?? .full, loraRank: loraRank, precision: trainingPrecision,
      recomputation: recomputation, flashAttention: flashAttention,
      gradientAccumulation: gradientAccumulation, zeroStage: zero)
    options.gradientBytes = gradients.map { $0 == .fp32 ? 4 : 2 }
    if doubleQuantization { options.doubleQuantization = true }
    if let optimizer {
      guard let parsed = TrainingOptions.Optimizer.parse(optimizer) else {
        throw UsageError(
          "--optimizer '\(optimizer)' is not one of adamw, adamw-8bit, paged-adamw-32bit, paged-adamw-8bit, sgd, sgd-momentum, adafactor"
        )
      }
      options.optimizer = parsed
      options.pagedOptimizer = TrainingOptions.Optimizer.isPaged(optimizer)
    }
    if let loraTargets {
      options.loraTargets = try Self.targets(loraTargets)
    }
    return options
  }

  static func targets(_ text: String) throws -> LoRATargets {
    switch text.lowercased() {
    case "all-linear", "all_linear", "all": return .allLinear
    case "attention": return LoRATargets([.q, .k, .v, .o])
    default:
      var modules: Set<LoRATargets.Module> = []
      for name in text.split(separator: ",") {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let module = LoRATargets.Module.parse(trimmed) else {
          throw UsageError(
            "--lora-targets: unknown module '\(trimmed)'; known: all-linear, attention, "
              + LoRATargets.Module.allCases.map(\.rawValue).joined(separator: ", "))
        }
        modules.insert(module)
      }
      return LoRATargets(modules)
    }
  }
}

extension TrainingOptions.Method: ExpressibleByArgument {}
extension TrainingOptions.Precision: ExpressibleByArgument {}
extension TrainingOptions.Recomputation: ExpressibleByArgument {}
