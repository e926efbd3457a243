import VRAMModel
import YAMLSource

/// One deployment document of the native format (FORMATS.md §1), every value with its range.
public struct Deployment: Sendable {
  public var documentRange: SourceRange
  public var model: Located<ModelCard>?
  public var params: Located<Int64>?
  public var precision: Located<WeightFormat>?
  public var kvCache: Located<KVCacheFormat>?
  /// `kv_cache: {window: …}`, `{budget: …, sinks: …}` or `{keep: …}`.
  public var kvPolicy: Located<KVCachePolicy>?
  public var batch: Located<Int>?
  public var seqLen: Located<Int>?
  public var gpu: Located<GPUSpec>?
  public var gpus: Located<Int>?
  public var tensor: Located<Int>?
  public var pipeline: Located<Int>?
  public var engine: Located<EngineKind>?
  public var engineVersion: Located<String>?
  public var memoryUtilization: Located<Double>?
  public var maxNumSeqs: Located<Int>?
  public var maxNumBatchedTokens: Located<Int>?
  public var gpuLayers: Located<Int>?
  public var mode: Located<Mode>?
  /// `quantization: dynamic` (activations at run time, weights unchanged) or `static`.
  public var quantization: Located<QuantizationMode>?
  /// `slo:` targets: decode tokens/s per sequence and time to first token.
  public var sloTokensPerSecond: Located<Double>?
  public var sloTimeToFirstToken: Located<Double>?
  /// The `training:` block, when written.
  public var training: TrainingFields?
  /// Copies of the server (Kubernetes replicas, SkyPilot nodes): more GPUs, same memory each.
  public var replicas: Located<Int>?
  /// Which server of a real-world file this is ("Deployment llama, container vllm"); nil
  /// for a native document.
  public var label: String?
  /// What reading the file assumed (a precision inferred from the model's name, TGI read
  /// with the generic rule): added to the estimate's own assumptions.
  public var notes: [Assumption] = []
  /// The GPU candidate this deployment is evaluated on, when its file offers several
  /// (SkyPilot `{L4:1, A10G:1}`, node affinity `In [A100, H100]`).
  public var candidate: String?

  public init(documentRange: SourceRange) { self.documentRange = documentRange }

  public enum Mode: String, Sendable { case inference, training }

  /// Seed guide §4.1: dynamic quantization converts activations at run time and keeps the
  /// weights at their precision; static quantization stores the weights quantized.
  public enum QuantizationMode: String, Sendable { case dynamic, `static` }

  /// Training when `mode: training` says so, or a `training:` block is written without a mode.
  public var isTraining: Bool {
    mode.map { $0.value == .training } ?? (training != nil)
  }

  /// The full estimate with every formula, and the reading's assumptions after the model's:
  /// what `explain`, hover and the JSON report show.
  public func explainedEstimate() throws -> Estimate? {
    guard let spec else { return nil }
    var estimate = try MemoryModel.estimate(spec)
    estimate.assumptions += notes
    return estimate
  }

  /// Where each value that is written stands (in-file facts included).
  public var valueRanges: [SourceRange] {
    [
      model?.range, params?.range, precision?.range, kvCache?.range, batch?.range,
      seqLen?.range, gpu?.range, gpus?.range, tensor?.range, pipeline?.range, engine?.range,
      engineVersion?.range, memoryUtilization?.range, maxNumSeqs?.range,
      maxNumBatchedTokens?.range, gpuLayers?.range, mode?.range, training?.range,
      quantization?.range, kvPolicy?.range, sloTokensPerSecond?.range, sloTimeToFirstToken?.range,
    ].compactMap { $0 }
  }

  /// The memory model's input, or nil while the model or GPU is missing.
  public var spec: DeploymentSpec? {
    guard let model, let gpu else { return nil }
    return DeploymentSpec(
      model: model.value, gpu: gpu.value, engine: engine?.value ?? .generic,
      weights: quantization?.value == .dynamic ? nil : precision?.value,
      kvCache: kvCache?.value, kvPolicy: kvPolicy?.value, batch: batch?.value ?? 1,
      seqLen: seqLen?.value,
      gpuCount: gpus?.value,
      tensorParallel: tensor?.value ?? 1, pipelineParallel: pipeline?.value ?? 1,
      declaredParameters: params?.value,
      options: EngineOptions(
        memoryUtilization: memoryUtilization?.value,
        maxNumBatchedTokens: maxNumBatchedTokens?.value,
        maxNumSeqs: maxNumSeqs?.value, gpuLayers: gpuLayers?.value,
        engineVersion: engineVersion?.value),
      training: isTraining ? (training?.options ?? TrainingOptions()) : nil)
  }

  /// This deployment with the fields it leaves out taken from `other` (in-file facts).
  public func filling(from other: Deployment) -> Deployment {
    var d = self
    d.model = d.model ?? other.model
    d.params = d.params ?? other.params
    d.precision = d.precision ?? other.precision
    d.kvCache = d.kvCache ?? other.kvCache
    d.kvPolicy = d.kvPolicy ?? other.kvPolicy
    d.batch = d.batch ?? other.batch
    d.seqLen = d.seqLen ?? other.seqLen
    d.gpu = d.gpu ?? other.gpu
    d.gpus = d.gpus ?? other.gpus
    d.tensor = d.tensor ?? other.tensor
    d.pipeline = d.pipeline ?? other.pipeline
    d.engine = d.engine ?? other.engine
    d.engineVersion = d.engineVersion ?? other.engineVersion
    d.memoryUtilization = d.memoryUtilization ?? other.memoryUtilization
    d.maxNumSeqs = d.maxNumSeqs ?? other.maxNumSeqs
    d.maxNumBatchedTokens = d.maxNumBatchedTokens ?? other.maxNumBatchedTokens
    d.gpuLayers = d.gpuLayers ?? other.gpuLayers
    d.mode = d.mode ?? other.mode
    d.quantization = d.quantization ?? other.quantization
    d.sloTokensPerSecond = d.sloTokensPerSecond ?? other.sloTokensPerSecond
    d.sloTimeToFirstToken = d.sloTimeToFirstToken ?? other.sloTimeToFirstToken
    d.training = d.training ?? other.training
    return d
  }

  /// Where a diagnostic about a spec field belongs: the value's own range, else the document.
  public func range(ofField field: String) -> SourceRange {
    switch field {
    case "batch": return batch?.range ?? documentRange
    case "seq_len": return seqLen?.range ?? documentRange
    case "tensor": return tensor?.range ?? documentRange
    case "pipeline": return pipeline?.range ?? documentRange
    case "gpus": return gpus?.range ?? documentRange
    case "gpu", "gpu_memory": return gpu?.range ?? documentRange
    case "memory_utilization": return memoryUtilization?.range ?? documentRange
    case "params": return params?.range ?? model?.range ?? documentRange
    case "precision": return precision?.range ?? model?.range ?? documentRange
    case "kv_cache": return kvCache?.range ?? kvPolicy?.range ?? documentRange
    case "model": return model?.range ?? documentRange
    case "max_num_seqs": return maxNumSeqs?.range ?? documentRange
    case "max_num_batched_tokens": return maxNumBatchedTokens?.range ?? documentRange
    case "gpu_layers": return gpuLayers?.range ?? documentRange
    case "lora_rank", "lora": return training?.loraRank?.range ?? training?.range ?? documentRange
    case "gradient_accumulation":
      return training?.gradientAccumulation?.range ?? training?.range ?? documentRange
    case "zero": return training?.zeroStage?.range ?? training?.range ?? documentRange
    case "gradients": return training?.gradients?.range ?? training?.range ?? documentRange
    case "double_quantization":
      return training?.doubleQuantization?.range ?? training?.range ?? documentRange
    default: return engine?.range ?? documentRange
    }
  }
}
