/// How a model is trained or fine-tuned: everything besides the model, GPU, micro-batch
/// and parallelism that decides the memory of a training step (MEMORY-MODEL.md §5).
/// Defaults are those of the Hugging Face stack (Trainer, PEFT, TRL) a fine-tuning team
/// starts from; the estimate lists each default it used.
public struct TrainingOptions: Sendable, Hashable {
  public enum Method: String, Sendable, Hashable, CaseIterable, Codable {
    /// Every parameter trains.
    case full
    /// Frozen 16-bit base, trainable low-rank adapters (Hu et al. 2021).
    case lora
    /// Frozen NF4 base, trainable adapters (Dettmers et al. 2023).
    case qlora
  }

  public enum Optimizer: String, Sendable, Hashable, CaseIterable, Codable {
    case adamw
    /// bitsandbytes 8-bit AdamW (blockwise-quantized m and v).
    case adamw8bit = "adamw-8bit"
    /// Plain SGD: no state.
    case sgd
    case sgdMomentum = "sgd-momentum"
    /// Factored second moments, no first moment (Shazeer & Stern 2018, beta1 = None).
    case adafactor

    public static func parse(_ text: String) -> Optimizer? {
      switch String(text.lowercased().map { $0 == "_" ? "-" : $0 }) {
      case "adamw", "adam", "adamw-torch", "adamw-torch-fused", "adamw-hf", "fused-adam",
        "paged-adamw", "paged-adamw-32bit":
        return .adamw
      case "adamw-8bit", "adamw8bit", "adamw-bnb-8bit", "paged-adamw-8bit", "adam8bit", "8bit-adam",
        "adamw-8bit-bnb":
        return .adamw8bit
      case "sgd": return .sgd
      case "sgd-momentum", "momentum", "sgd-m": return .sgdMomentum
      case "adafactor": return .adafactor
      default: return nil
      }
    }

    /// bitsandbytes paged optimizers (`paged_adamw_32bit`, `paged_adamw_8bit`): the state
    /// lives in CUDA unified memory and is evicted to the host when the GPU runs short.
    public static func isPaged(_ text: String) -> Bool {
      text.lowercased().hasPrefix("paged")
    }
  }

  /// Where the trainable parameters live and in which dtype the step computes.
  public enum Precision: String, Sendable, Hashable, CaseIterable, Codable {
    /// 16-bit compute with fp32 master weights in the optimizer (Micikevicius et al. 2018).
    case mixed
    /// Everything in bf16, no master copy.
    case bf16
    /// Everything in fp32.
    case fp32
  }

  public enum Recomputation: String, Sendable, Hashable, CaseIterable, Codable {
    /// Every activation kept for the backward pass.
    case none
    /// Attention scores recomputed (Korthikanti et al. 2022 §5).
    case selective
    /// Only each layer's input kept; the layer re-runs in the backward pass (gradient
    /// checkpointing).
    case full
  }

  public var method: Method
  /// LoRA rank r; nil = PEFT's default.
  public var loraRank: Int?
  /// Adapted matrices; nil = PEFT's default for the architecture.
  public var loraTargets: LoRATargets?
  public var optimizer: Optimizer?
  /// A bitsandbytes paged optimizer: its state is evicted to host memory under pressure
  /// (QLoRA §3, "Paged Optimizers"), so it does not count against the GPU.
  public var pagedOptimizer: Bool
  public var precision: Precision?
  /// Bytes per gradient element; nil = the compute precision's.
  public var gradientBytes: Int?
  public var recomputation: Recomputation?
  /// Fused attention (FlashAttention, PyTorch SDPA) keeps no score matrix.
  public var flashAttention: Bool?
  public var gradientAccumulation: Int?
  /// ZeRO stage 0–3 (DeepSpeed) over the data-parallel ranks; FSDP FULL_SHARD is stage 3.
  public var zeroStage: Int?
  /// QLoRA double quantization of the NF4 constants.
  public var doubleQuantization: Bool?

  public init(
    method: Method = .full, loraRank: Int? = nil, loraTargets: LoRATargets? = nil,
    optimizer: Optimizer? = nil, pagedOptimizer: Bool = false, precision: Precision? = nil,
    gradientBytes: Int? = nil,
    recomputation: Recomputation? = nil, flashAttention: Bool? = nil,
    gradientAccumulation: Int? = nil, zeroStage: Int? = nil, doubleQuantization: Bool? = nil
  ) {
    self.method = method
    self.loraRank = loraRank
    self.loraTargets = loraTargets
    self.optimizer = optimizer
    self.pagedOptimizer = pagedOptimizer
    self.precision = precision
    self.gradientBytes = gradientBytes
    self.recomputation = recomputation
    self.flashAttention = flashAttention
    self.gradientAccumulation = gradientAccumulation
    self.zeroStage = zeroStage
    self.doubleQuantization = doubleQuantization
  }

  /// Whether only adapters train.
  public var usesAdapters: Bool { method != .full }
}

/// The matrices LoRA adapts, by their Hugging Face module names.
public struct LoRATargets: Sendable, Hashable {
  public enum Module: String, Sendable, Hashable, CaseIterable, Comparable {
    case q = "q_proj"
    case k = "k_proj"
    case v = "v_proj"
    case o = "o_proj"
    case gate = "gate_proj"
    case up = "up_proj"
    case down = "down_proj"

    public static func < (a: Module, b: Module) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Also the names GPT-style and other families give the same matrices.
    public static func parse(_ text: String) -> Module? {
      switch text.lowercased() {
      case "q_proj", "q", "query", "wq": return .q
      case "k_proj", "k", "key", "wk": return .k
      case "v_proj", "v", "value", "wv": return .v
      case "o_proj", "o", "out_proj", "dense", "wo": return .o
      case "gate_proj", "gate", "w1": return .gate
      case "up_proj", "up", "w3": return .up
      case "down_proj", "down", "w2": return .down
      default: return nil
      }
    }
  }

  public var modules: Set<Module>

  public init(_ modules: Set<Module>) { self.modules = modules }

  /// PEFT's `target_modules="all-linear"`: every linear layer but the output head.
  public static let allLinear = LoRATargets(Set(Module.allCases))
  /// PEFT's default for Llama, Mistral, Qwen and most decoder families: q_proj and v_proj
  /// (peft/utils/constants.py TRANSFORMERS_MODELS_TO_LORA_TARGET_MODULES_MAPPING).
  public static let peftDefault = LoRATargets([.q, .v])

  public var names: String { modules.sorted().map(\.rawValue).joined(separator: ", ") }
}
