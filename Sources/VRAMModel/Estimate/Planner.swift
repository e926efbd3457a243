/// Answers beyond the verdict: how far each knob can go, which GPU is the smallest that
/// fits, and which single changes make a failing deployment fit. Each answer is found by
/// re-evaluating the memory model, so every engine's semantics (pools, windows, start-up
/// checks) apply without special cases.
public enum Planner {
  /// The largest batch that fits at the deployment's sequence length, or 0 if none does.
  public static func maxBatch(_ spec: DeploymentSpec) -> Int {
    var probe = KnobProbe(spec) { $0.batch = $1 }
    return searchBatch(spec, &probe)
  }

  /// The largest sequence length (up to the model's context) that fits at the deployment's
  /// batch, or 0 if none does.
  public static func maxSeqLen(_ spec: DeploymentSpec) -> Int {
    var probe = KnobProbe(spec) { $0.seqLen = $1 }
    return searchSeqLen(spec, &probe)
  }

  static func searchBatch(_ spec: DeploymentSpec, _ probe: inout KnobProbe) -> Int {
    let guess = linearGuess(&probe, at: 1, max(spec.batch, 2))
    return largest(upTo: 1_000_000, near: guess) { probe($0)?.fits ?? false }
  }

  static func searchSeqLen(_ spec: DeploymentSpec, _ probe: inout KnobProbe) -> Int {
    let context = max(spec.model.architecture.maxContext, 1)
    let known = min(spec.seqLen ?? context, context)
    let guess = linearGuess(&probe, at: max(known / 2, 1), max(known, 2))
    return largest(upTo: context, near: guess) { probe($0)?.fits ?? false }
  }

  /// Estimates of one deployment with one knob (batch, sequence length, offloaded layers)
  /// set to different values, each value evaluated once: the guess, the search and the
  /// remedy that reports the answer share them.
  struct KnobProbe {
    let spec: DeploymentSpec
    let set: (inout DeploymentSpec, Int) -> Void
    private var seen: [Int: Estimate?] = [:]

    init(_ spec: DeploymentSpec, _ set: @escaping (inout DeploymentSpec, Int) -> Void) {
      self.spec = spec
      self.set = set
    }

    /// Records an estimate already made (the deployment as written).
    mutating func remember(_ value: Int, _ estimate: Estimate) {
      seen[value] = estimate
    }

    mutating func callAsFunction(_ value: Int) -> Estimate? {
      if let known = seen[value] { return known }
      var changed = spec
      set(&changed, value)
      let estimate = try? MemoryModel.estimate(changed, detail: .probe)
      seen[value] = estimate
      return estimate
    }
  }

  /// Where a knob's memory need reaches the engine's limit if it grows linearly: the
  /// straight line through two probes. Needs are close to linear in batch and sequence
  /// length (KV, activations and logits all are), so the exact search that starts here
  /// takes a handful of estimates instead of dozens; the answer does not depend on it.
  static func linearGuess(_ probe: inout KnobProbe, at x0: Int, _ x1: Int) -> Int {
    guard x1 > x0, let a = probe(x0)?.perGPU, let b = probe(x1)?.perGPU else { return x1 }
    let slope = Double(b.required - a.required) / Double(x1 - x0)
    guard slope > 0 else { return x1 }
    let reach = Double(b.limit - a.required) / slope
    guard reach.isFinite else { return x1 }
    return max(1, x0 + Int(max(min(reach, 1e12), -1e12)))
  }

  /// The catalog GPU with the least memory on which the deployment fits with the same
  /// number of GPUs and parallelism; ties go to the higher bandwidth.
  public static func smallestFittingGPU(_ spec: DeploymentSpec, among gpus: [GPUSpec]) -> GPUSpec? {
    smallestFittingGPU(spec, among: gpus, current: try? MemoryModel.estimate(spec, detail: .probe))
  }

  static func smallestFittingGPU(
    _ spec: DeploymentSpec, among gpus: [GPUSpec], current: Estimate?
  ) -> GPUSpec? {
    // No engine fits a card with less memory than the weights plus the KV cache the batch
    // asks for (both independent of the card): skip those without an estimate. With no
    // sequence length given, engines such as Ollama size the context by the card, so only
    // the weights count. Indices are sorted, not the (large) GPU values; callers that pass
    // the GPUs already in this order make the sort a single pass.
    var floor: Int64 = 0
    if let current {
      floor = current.perGPU.weights
      if spec.seqLen != nil { floor = floor.saturatingAdd(max(current.requestedKVBytes, 0)) }
    }
    let candidates = gpus.indices.filter { gpus[$0].usableBytes >= floor }.sorted {
      GPUSpec.smallerFirst(gpus[$0], gpus[$1])
    }
    for index in candidates {
      var s = spec
      s.gpu = gpus[index]
      if fits(s) { return gpus[index] }
    }
    return nil
  }

  /// Single changes that make a deployment that does not fit fit, cheapest first: fewer
  /// concurrent sequences, shorter sequences, a smaller KV cache, a smaller weight format,
  /// more tensor parallelism, a bigger GPU.
  public static func remedies(_ spec: DeploymentSpec, gpus: [GPUSpec] = []) -> [Remedy] {
    guard let current = try? MemoryModel.estimate(spec, detail: .probe), !current.fits else {
      return []
    }
    if spec.training != nil { return trainingRemedies(spec, current, gpus: gpus) }
    var found: [Remedy] = []
    func consider(_ kind: Remedy.Kind, _ value: String, _ changed: DeploymentSpec) {
      guard let estimate = try? MemoryModel.estimate(changed, detail: .probe), estimate.fits
      else { return }
      found.append(Remedy(kind: kind, value: value, estimate: estimate))
    }

    // The searches' own estimates of their answers become the remedies' estimates.
    func adopt(_ kind: Remedy.Kind, _ value: Int, _ probe: inout KnobProbe) {
      guard value >= 1, let estimate = probe(value), estimate.fits else { return }
      found.append(Remedy(kind: kind, value: String(value), estimate: estimate))
    }
    if spec.batch > 1 {
      var probe = KnobProbe(spec) { $0.batch = $1 }
      probe.remember(spec.batch, current)
      adopt(.batch, searchBatch(spec, &probe), &probe)
    }
    var lengths = KnobProbe(spec) { $0.seqLen = $1 }
    if let written = spec.seqLen { lengths.remember(written, current) }
    let length = searchSeqLen(spec, &lengths)
    if length < current.seqLen { adopt(.seqLen, length, &lengths) }
    let llamaCpp = spec.engine == .llamaCpp || spec.engine == .ollama
    if llamaCpp {
      // llama.cpp's own remedy: keep some layers in host memory (-ngl).
      var probe = KnobProbe(spec) { $0.options.gpuLayers = $1 }
      let layers = largest(upTo: spec.model.architecture.layers) { probe($0)?.fits ?? false }
      adopt(.gpuLayers, layers, &probe)
    }
    if current.kvFormat.bytesPerElement > 1 {
      var s = spec
      s.kvCache = llamaCpp ? KVCacheFormat.parse("q8_0") : .fp8
      consider(.kvCache, s.kvCache?.name ?? "fp8", s)
    }
    let currentBits = current.weightFormat.bitsPerWeight
    let smaller: [WeightFormat] =
      llamaCpp ? ["q8_0", "q4_k_m"].compactMap(WeightFormat.parse) : [.fp8, .awq]
    for format in smaller where format.bitsPerWeight < currentBits - 0.5 {
      var s = spec
      s.weights = format
      consider(.precision, format.name, s)
      if found.last?.kind == .precision { break }
    }
    return found + hardwareRemedies(spec, current, gpus: gpus, maxTensor: 16)
  }

  /// The remedies that cost hardware, shared by serving and training: the first power of
  /// two of tensor parallelism that fits (it must divide the attention heads: vLLM and
  /// Megatron refuse otherwise) up to `maxTensor`, then the smallest catalog card that fits.
  static func hardwareRemedies(
    _ spec: DeploymentSpec, _ current: Estimate, gpus: [GPUSpec], maxTensor: Int
  ) -> [Remedy] {
    var found: [Remedy] = []
    func consider(_ kind: Remedy.Kind, _ value: String, _ changed: DeploymentSpec) -> Bool {
      guard let estimate = try? MemoryModel.estimate(changed, detail: .probe), estimate.fits
      else { return false }
      found.append(Remedy(kind: kind, value: value, estimate: estimate))
      return true
    }
    let a = spec.model.architecture
    var tensor = spec.tensorParallel * 2
    while tensor <= maxTensor {
      var s = spec
      s.tensorParallel = tensor
      s.gpuCount = spec.gpuCount.map { max($0, tensor * spec.pipelineParallel) }
      if a.attentionHeads % tensor == 0 || a.kvHeads == 0,
        consider(.tensorParallel, String(tensor), s)
      {
        break
      }
      tensor *= 2
    }
    if !gpus.isEmpty, let gpu = smallestFittingGPU(spec, among: gpus, current: current) {
      var s = spec
      s.gpu = gpu
      _ = consider(.gpu, gpu.id, s)
    }
    return found
  }

  static func fits(_ spec: DeploymentSpec) -> Bool {
    (try? MemoryModel.estimate(spec, detail: .probe))?.fits ?? false
  }

  /// Largest n in 1...limit with `predicate(n)`, assuming it is monotone (true up to some n).
  static func largest(upTo limit: Int, _ predicate: (Int) -> Bool) -> Int {
    largest(upTo: limit, near: 1, predicate)
  }

  /// Largest n in 1...limit with `predicate(n)` for a monotone predicate, searched from a
  /// guess: gallop away from it in doubling steps until the answer is bracketed, then
  /// bisect. Exact whatever the guess; a guess off by d costs about 2·log2(d) probes.
  static func largest(upTo limit: Int, near guess: Int, _ predicate: (Int) -> Bool) -> Int {
    guard limit >= 1 else { return 0 }
    let start = min(max(guess, 1), limit)
    // Invariant once bracketed: low == 0 or predicate(low); high > limit or !predicate(high).
    var low: Int
    var high: Int
    var step = 1
    if predicate(start) {
      low = start
      high = start + step
      while high <= limit, predicate(high) {
        low = high
        step = step.multipliedReportingOverflow(by: 2).partialValue
        high = low.addingReportingOverflow(step).overflow ? Int.max : low + step
      }
      if low == limit { return limit }
      high = min(high, limit + 1)
    } else {
      high = start
      low = start - step
      while low >= 1, !predicate(low) {
        high = low
        step *= 2
        low = high - step
      }
      low = max(low, 0)
    }
    while high - low > 1 {
      let middle = low + (high - low) / 2
      if predicate(middle) { low = middle } else { high = middle }
    }
    return low
  }
}

/// One change that makes a deployment fit, with the estimate it leads to.
public struct Remedy: Sendable {
  public enum Kind: String, Sendable, Codable {
    case batch
    case gpuLayers = "gpu_layers"
    case seqLen = "seq_len"
    case kvCache = "kv_cache"
    case precision
    case tensorParallel = "tensor"
    case gpu
    // Training
    case recomputation
    /// Halve the micro-batch and double the accumulation: value "b/g".
    case microBatch = "micro_batch"
    case zeroStage = "zero"
    case optimizer
    case method
  }

  public let kind: Kind
  public let value: String
  public let estimate: Estimate

  /// "batch ≤ 11", "kv_cache: fp8", "tensor: 2" — how the does-not-fit message names it.
  public var summary: String {
    switch kind {
    case .batch: return "batch ≤ \(value)"
    case .seqLen: return "seq_len ≤ \(value)"
    case .microBatch:
      let parts = value.split(separator: "/")
      return "batch: \(parts.first ?? "") with gradient_accumulation: \(parts.last ?? "")"
    default: return "\(kind.rawValue): \(value)"
    }
  }
}
