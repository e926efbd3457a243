/// The single changes that make a training step fit, cheapest first in what they cost the
/// run (MEMORY-MODEL.md §5): recomputation trades compute for memory and changes nothing
/// else; a smaller micro-batch with more accumulation keeps the global batch; ZeRO shards
/// state over the data-parallel ranks it already has; an 8-bit optimizer, then adapters
/// (LoRA, QLoRA) change what is trained; more GPUs and a bigger card cost money.
extension Planner {
  static func trainingRemedies(_ spec: DeploymentSpec, _ current: Estimate, gpus: [GPUSpec])
    -> [Remedy]
  {
    guard let options = spec.training, let summary = current.training else { return [] }
    var found: [Remedy] = []
    func consider(_ kind: Remedy.Kind, _ value: String, _ change: (inout DeploymentSpec) -> Void)
      -> Bool
    {
      var s = spec
      change(&s)
      guard let estimate = try? MemoryModel.estimate(s, detail: .probe), estimate.fits else {
        return false
      }
      found.append(Remedy(kind: kind, value: value, estimate: estimate))
      return true
    }
    // Recomputation: selective saves only the score matrix, which fused attention never
    // keeps; full keeps each layer's input alone.
    let order: [TrainingOptions.Recomputation] =
      summary.flashAttention ? [.full] : [.selective, .full]
    let rank: [TrainingOptions.Recomputation: Int] = [.none: 0, .selective: 1, .full: 2]
    for level in order where rank[level]! > rank[summary.recomputation]! {
      if consider(.recomputation, level.rawValue, { $0.training?.recomputation = level }) { break }
    }
    // Halve the micro-batch, double the accumulation, until it fits or reaches 1.
    var micro = spec.batch / 2
    var accumulation = summary.gradientAccumulation * 2
    while micro >= 1 {
      let (m, g) = (micro, accumulation)
      if consider(
        .microBatch, "\(m)/\(g)",
        { s in
          s.batch = m
          s.training?.gradientAccumulation = g
        })
      {
        break
      }
      micro /= 2
      accumulation *= 2
    }
    if summary.dataParallel > 1 {
      // DeepSpeed's pipeline engine refuses ZeRO stages 2 and 3.
      let highest = spec.pipelineParallel > 1 ? 1 : 3
      for stage in (summary.zeroStage + 1)..<(highest + 1) {
        if consider(.zeroStage, String(stage), { $0.training?.zeroStage = stage }) { break }
      }
    }
    if summary.optimizer == .adamw {
      _ = consider(.optimizer, TrainingOptions.Optimizer.adamw8bit.rawValue) {
        $0.training?.optimizer = .adamw8bit
      }
    }
    let methods: [TrainingOptions.Method] =
      options.method == .full ? [.lora, .qlora] : options.method == .lora ? [.qlora] : []
    for method in methods {
      if consider(.method, method.rawValue, { $0.training?.method = method }) { break }
    }
    // Training keeps tensor parallelism inside one 8-GPU node: across nodes its all-reduces
    // per layer run over the network (Megatron-LM practice).
    return found + hardwareRemedies(spec, current, gpus: gpus, maxTensor: 8)
  }
}
