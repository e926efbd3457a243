import VRAMModel

/// The JSON contract of `vramlint fit --format json` (Documentation/json-report.md): field
/// names and meanings are stable; new fields may be added, none removed or renamed.
/// All memory figures are integers in bytes.
struct EstimateReport: Encodable {
  struct PerGPU: Encodable {
    let weights, kvCache, activations, overhead, gradients, optimizerStates: Int64
    let total, capacity, limit, required, headroom: Int64
    enum CodingKeys: String, CodingKey {
      case weights
      case kvCache = "kv_cache"
      case activations, overhead, gradients
      case optimizerStates = "optimizer_states"
      case total, capacity, limit, required, headroom
    }
  }

  struct Component: Encodable {
    let kind: String
    let label: String
    let bytes: Int64
    let formula: String
  }

  struct Parameters: Encodable {
    let total: Int64
    let active: Int64
  }

  struct Throughput: Encodable {
    let decodeTokensPerSecondPerSequence: Double
    let decodeTokensPerSecondTotal: Double
    let prefillTokensPerSecond: Double
    let timeToFirstTokenSeconds: Double
    enum CodingKeys: String, CodingKey {
      case decodeTokensPerSecondPerSequence = "decode_tokens_per_second_per_sequence"
      case decodeTokensPerSecondTotal = "decode_tokens_per_second_total"
      case prefillTokensPerSecond = "prefill_tokens_per_second"
      case timeToFirstTokenSeconds = "time_to_first_token_seconds"
    }
  }

  struct RemedyEntry: Encodable {
    let kind: String
    let value: String
    let summary: String
    let headroom: Int64
  }

  /// The optimizer step of a training estimate (Documentation/training.md).
  struct Training: Encodable {
    let method, optimizer, precision, recomputation: String
    let pagedOptimizer, flashAttention: Bool
    let zeroStage: Int
    let trainableParameters: Int64
    let microBatch, gradientAccumulation, dataParallel, globalBatch: Int
    let tokensPerStep: Int64
    let flopsPerToken, tokensPerSecond, stepSeconds: Double
    enum CodingKeys: String, CodingKey {
      case method, optimizer, precision, recomputation
      case pagedOptimizer = "paged_optimizer"
      case flashAttention = "flash_attention"
      case zeroStage = "zero_stage"
      case trainableParameters = "trainable_parameters"
      case microBatch = "micro_batch"
      case gradientAccumulation = "gradient_accumulation"
      case dataParallel = "data_parallel"
      case globalBatch = "global_batch"
      case tokensPerStep = "tokens_per_step"
      case flopsPerToken = "flops_per_token"
      case tokensPerSecond = "tokens_per_second"
      case stepSeconds = "step_seconds"
    }

    init(_ t: TrainingSummary) {
      method = t.method.rawValue
      optimizer = t.optimizer.rawValue
      precision = t.precision.rawValue
      recomputation = t.recomputation.rawValue
      pagedOptimizer = t.pagedOptimizer
      flashAttention = t.flashAttention
      zeroStage = t.zeroStage
      trainableParameters = t.trainableParameters
      microBatch = t.microBatch
      gradientAccumulation = t.gradientAccumulation
      dataParallel = t.dataParallel
      globalBatch = t.globalBatch
      tokensPerStep = t.tokensPerStep
      flopsPerToken = t.flopsPerToken.rounded()
      tokensPerSecond = t.tokensPerSecond.rounded()
      stepSeconds = (t.stepSeconds * 1000).rounded() / 1000
    }
  }

  let schemaVersion = 1
  let mode: String
  let training: Nullable<Training>
  let model: String
  let gpu: String
  let engine: String
  let weightsPrecision: String
  let kvCachePrecision: String
  let batch: Int
  let seqLen: Int
  let tensor: Int
  let pipeline: Int
  let gpus: Int
  let parameters: Parameters
  let perGPU: PerGPU
  let components: [Component]
  let fits: Bool
  let startsUp: Bool
  let failure: Nullable<String>
  let maxBatch: Int
  let maxSeqLen: Int
  let kvBytesPerToken: Int64
  let kvPoolTokens: Nullable<Int64>
  let maxConcurrency: Nullable<Double>
  let smallestFittingGPU: Nullable<String>
  let throughput: Throughput
  let remedies: [RemedyEntry]
  let assumptions: [Assumption]

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case mode, training
    case model, gpu, engine
    case weightsPrecision = "weights_precision"
    case kvCachePrecision = "kv_cache_precision"
    case batch
    case seqLen = "seq_len"
    case tensor, pipeline, gpus, parameters
    case perGPU = "per_gpu"
    case components, fits
    case startsUp = "starts_up"
    case failure
    case maxBatch = "max_batch"
    case maxSeqLen = "max_seq_len"
    case kvBytesPerToken = "kv_bytes_per_token"
    case kvPoolTokens = "kv_pool_tokens"
    case maxConcurrency = "max_concurrency"
    case smallestFittingGPU = "smallest_fitting_gpu"
    case throughput, remedies, assumptions
  }

  init(_ e: Estimate, answers: Answers) {
    mode = e.training == nil ? "inference" : "training"
    training = Nullable(e.training.map { Training($0) })
    model = e.modelID
    gpu = e.gpuID
    engine = e.engine.rawValue
    weightsPrecision = e.weightFormat.name
    kvCachePrecision = e.kvFormat.name
    batch = e.batch
    seqLen = e.seqLen
    tensor = e.tensorParallel
    pipeline = e.pipelineParallel
    gpus = e.gpuCount
    parameters = Parameters(total: e.totalParameters, active: e.activeParameters)
    let m = e.perGPU
    perGPU = PerGPU(
      weights: m.weights, kvCache: m.kvCache, activations: m.activations, overhead: m.overhead,
      gradients: m.gradients, optimizerStates: m.optimizerStates, total: m.total,
      capacity: m.capacity, limit: m.limit, required: m.required,
      headroom: m.headroom)
    components = e.components.map {
      Component(kind: $0.kind.rawValue, label: $0.label, bytes: $0.bytes, formula: $0.formula)
    }
    fits = e.fits
    startsUp = e.startsUp
    failure = Nullable(e.failure)
    maxBatch = answers.maxBatch
    maxSeqLen = answers.maxSeqLen
    kvBytesPerToken = e.kvBytesPerToken
    kvPoolTokens = Nullable(e.pool?.tokens)
    maxConcurrency = Nullable(e.pool.map { ($0.maxConcurrency * 100).rounded() / 100 })
    smallestFittingGPU = Nullable(answers.smallestGPU?.id)
    let t = e.throughput
    throughput = Throughput(
      decodeTokensPerSecondPerSequence: (t.decodeTokensPerSecondPerSequence * 10).rounded() / 10,
      decodeTokensPerSecondTotal: (t.decodeTokensPerSecondTotal * 10).rounded() / 10,
      prefillTokensPerSecond: t.prefillTokensPerSecond.rounded(),
      timeToFirstTokenSeconds: (t.timeToFirstTokenSeconds * 1000).rounded() / 1000)
    remedies = answers.remedies.map {
      RemedyEntry(
        kind: $0.kind.rawValue, value: $0.value, summary: $0.summary,
        headroom: $0.estimate.perGPU.headroom)
    }
    assumptions = e.assumptions
  }
}

/// The planner's answers that accompany an estimate.
struct Answers {
  let maxBatch: Int
  let maxSeqLen: Int
  let smallestGPU: GPUSpec?
  let remedies: [Remedy]

  init(_ spec: DeploymentSpec, gpus: [GPUSpec]) {
    maxBatch = Planner.maxBatch(spec)
    maxSeqLen = Planner.maxSeqLen(spec)
    smallestGPU = Planner.smallestFittingGPU(spec, among: gpus)
    remedies = Planner.remedies(spec, gpus: gpus)
  }
}

/// An optional that is written as `null` instead of being left out, so every documented key
/// is always present and scripts can tell "no pool" from "old report".
struct Nullable<Value: Encodable>: Encodable {
  let value: Value?
  init(_ value: Value?) { self.value = value }

  func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    if let value { try container.encode(value) } else { try container.encodeNil() }
  }
}
