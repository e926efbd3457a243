import Foundation
import VRAMModel

/// Model files on disk are read by header only; a hostile header must end in a
/// `ModelSourceError`, never a crash or an allocation its size claims. A card that is read
/// goes on through the memory model as `check` and `fit` would take it, because the header's
/// numbers are multiplied there (a crafted head_dim or expert count once trapped in the
/// parameter counter, not in the reader).
enum ModelSourceFuzzing {
  static func gguf(_ bytes: [UInt8]) throws {
    guard let header = try? GGUFHeader.read(from: InMemoryByteSource(bytes)) else { return }
    _ = header.tensorBytes
    _ = header.storedElements
    guard let card = try? GGUFModel.card(header, id: "fuzz", source: "fuzz.gguf") else { return }
    try estimateEverywhere(card)
  }

  static func safetensors(_ bytes: [UInt8]) throws {
    if let header = try? SafetensorsHeader.read(from: InMemoryByteSource(bytes)) {
      for tensor in header.tensors {
        try check(
          tensor.elements >= 0 && tensor.bytes >= 0,
          "tensor \(tensor.name) has a negative size: \(tensor.elements) elements, \(tensor.bytes) bytes"
        )
      }
      let measured = SafetensorsWeights.measure(
        [(file: "fuzz.safetensors", header: header)], checkpointFormat: .bf16, quantized: false)
      try check(
        measured.totalBytes >= 0 && measured.storedElements >= 0,
        "measured weights are negative: \(measured.totalBytes) bytes, \(measured.storedElements) elements"
      )
    }
    _ = try? SafetensorsIndex.parse(bytes)
  }

  static func config(_ bytes: [UInt8]) throws {
    guard let config = try? HFConfig.parse(bytes) else { return }
    try estimateEverywhere(config.card(id: "fuzz", source: "config.json"))
  }

  /// The card served by each engine family at two tensor-parallel degrees, its planner
  /// answers and its remedies, and one training step: every path that multiplies the
  /// architecture's numbers. Estimates may throw (a model that cannot run); they may not trap,
  /// and a total must not be negative (an overflow that wrapped).
  static func estimateEverywhere(_ card: ModelCard) throws {
    let gpu = FuzzCatalogs.gpus.lookup("H100-80GB") ?? FuzzCatalogs.gpus.entries[0]
    let engines: [EngineKind] = [.vllm, .llamaCpp, .transformers, .generic]
    for engine in engines {
      for tensor in [1, 2] {
        let spec = DeploymentSpec(
          model: card, gpu: gpu, engine: engine, batch: 4, tensorParallel: tensor)
        guard let estimate = try? MemoryModel.estimate(spec) else { continue }
        try check(
          estimate.perGPU.total >= 0,
          "\(engine) tp \(tensor): a negative total, \(estimate.perGPU.total) bytes")
        _ = Planner.maxBatch(spec)
        _ = Planner.maxSeqLen(spec)
        _ = Planner.remedies(spec, gpus: FuzzCatalogs.gpus.entries)
      }
    }
    let training = DeploymentSpec(
      model: card, gpu: gpu, engine: .transformers, batch: 2, seqLen: 1024,
      training: TrainingOptions(method: .lora))
    _ = try? MemoryModel.estimate(training)
  }
}
