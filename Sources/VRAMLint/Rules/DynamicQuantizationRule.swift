import VRAMModel

/// `quantization: dynamic` quantizes activations at run time and keeps the weights at their
/// precision (seed guide §4.1 "动态量化: 保持权重为原精度, 仅量化中间激活值"), so it saves no
/// weight memory; a file that pairs it with a smaller `precision` expects a saving it will
/// not get. Static quantization ("预先将模型量化为Int8/Int4, 显存占用大幅降低") does.
public struct DynamicQuantizationRule: DeploymentRule {
  public static let description = RuleDescription(
    id: "dynamic-quantization-keeps-weights",
    summary: "dynamic quantization does not shrink the weights",
    rationale:
      "Dynamic quantization converts activations to int8 at run time; the weights stay at their precision, so the memory estimate keeps them there. Only a statically quantized checkpoint stores smaller weights.",
    severity: .warning,
    triggering: ["model: llama-3.1-8b\ngpu: L4\nprecision: int8\nquantization: dynamic\n"],
    passing: ["model: llama-3.1-8b\ngpu: L4\nprecision: int8\nquantization: static\n"])

  public init() {}

  public func check(_ c: RuleContext) -> [Diagnostic] {
    guard let mode = c.deployment.quantization, mode.value == .dynamic, c.spec.training == nil
    else { return [] }
    let kept = c.estimate.perGPU.weights
    let target = c.deployment.precision?.value ?? .int8
    var quantized = c.spec
    quantized.weights = target
    let smaller = (try? MemoryModel.estimate(quantized, detail: .probe))?.perGPU.weights
    let figure =
      smaller.map { " (\(target.name) weights would take \(ByteUnits.gibString($0)))" } ?? ""
    let expects = c.deployment.precision.map { " precision \($0.value.name) does not apply:" } ?? ""
    var related: [Diagnostic.Related] = []
    if let precision = c.deployment.precision {
      related.append(
        Diagnostic.Related(
          range: precision.range,
          message: "weights stay at \(c.estimate.weightFormat.name), not \(precision.value.name)"))
    }
    return [
      diagnostic(
        "dynamic quantization quantizes activations at run time and keeps the weights at \(c.estimate.weightFormat.name) (\(ByteUnits.gibString(kept)) per GPU);\(expects) use a statically quantized checkpoint (quantization: static) to store them smaller\(figure)",
        at: mode.range, related: related)
    ]
  }
}
