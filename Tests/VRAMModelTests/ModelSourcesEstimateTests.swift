import Testing

@testable import VRAMModel

/// Measured weights through the memory model: exact for a whole-model rank, proportional per
/// rank, ignored when the deployment re-quantizes, scaled in llama.cpp's offload split.
@Suite struct ModelSourcesEstimateTests {
  static let h100 = Catalogs.gpu("H100-80GB")

  /// Llama-3.1-8B's architecture with a measured bf16 total 1 % above the count (as a real
  /// checkpoint with extra buffers would be).
  static func measuredLlama(extra: Double = 0.01) -> (ModelCard, Int64) {
    var card = Catalogs.model("llama-3.1-8b")
    let counted = card.parameters.bytes(in: .bf16)
    let measured = ByteUnits.bytes(Double(counted) * (1 + extra))
    card.measuredWeights = MeasuredWeights(
      container: .safetensors, totalBytes: measured, format: .bf16,
      source: "model.safetensors.index.json: 4 shards", tensorCount: 291, storedElements: 0)
    return (card, measured)
  }

  @Test func wholeModelRankIsTheMeasuredTotal() throws {
    let (card, measured) = Self.measuredLlama()
    let e = try MemoryModel.estimate(DeploymentSpec(model: card, gpu: Self.h100))
    #expect(e.perGPU.weights == measured)
    #expect(e.assumptions.contains { $0.text.hasPrefix("weights measured") })
    #expect(e.assumptions.contains { $0.source.contains("4 shards") })
  }

  @Test func tensorParallelRanksSplitTheMeasuredTotal() throws {
    let (card, measured) = Self.measuredLlama()
    let plain = Catalogs.model("llama-3.1-8b")
    let spec = DeploymentSpec(model: card, gpu: Self.h100, engine: .vllm, tensorParallel: 2)
    var unmeasured = spec
    unmeasured.model = plain
    let rank = try MemoryModel.estimate(spec).perGPU.weights
    let counted = try MemoryModel.estimate(unmeasured).perGPU.weights
    #expect(abs(Double(rank) / Double(counted) - 1.01) < 1e-6)
    #expect(rank < measured / 2 + measured / 50)
  }

  @Test func requantizingIgnoresTheMeasurement() throws {
    let (card, _) = Self.measuredLlama()
    let spec = DeploymentSpec(model: card, gpu: Self.h100, weights: .awq)
    var plain = spec
    plain.model = Catalogs.model("llama-3.1-8b")
    let e = try MemoryModel.estimate(spec)
    #expect(e.perGPU.weights == (try MemoryModel.estimate(plain)).perGPU.weights)
    #expect(e.assumptions.contains { $0.text.contains("not measured") })
  }

  @Test func statedStoredFormatStillMeasures() throws {
    let (card, measured) = Self.measuredLlama()
    let e = try MemoryModel.estimate(DeploymentSpec(model: card, gpu: Self.h100, weights: .bf16))
    #expect(e.perGPU.weights == measured)
  }

  /// A float32 checkpoint that vLLM loads in fp16: half the measured bytes.
  @Test func float32CastHalvesTheMeasuredBytes() throws {
    var card = Catalogs.model("ibm-granite/granite-3.1-8b-instruct")
    let counted = card.parameters.bytes(in: .fp32)
    card.measuredWeights = MeasuredWeights(
      container: .safetensors, totalBytes: counted + 4000, format: .fp32, source: "test",
      tensorCount: 1, storedElements: 0)
    let e = try MemoryModel.estimate(DeploymentSpec(model: card, gpu: Self.h100, engine: .vllm))
    #expect(e.weightFormat == .fp16)
    #expect(abs(e.perGPU.weights - (counted + 4000) / 2) <= 1)
  }

  @Test func declaredParametersOverrideTheFiles() throws {
    let (card, measured) = Self.measuredLlama()
    let e = try MemoryModel.estimate(
      DeploymentSpec(model: card, gpu: Self.h100, declaredParameters: 7_000_000_000))
    #expect(e.perGPU.weights == 14_000_000_000)
    #expect(e.perGPU.weights != measured)
  }

  /// The planner's probes (`.probe`) see the same bytes as a full estimate.
  @Test func probesAgreeWithFullEstimates() throws {
    let (card, _) = Self.measuredLlama()
    let spec = DeploymentSpec(model: card, gpu: Self.h100, engine: .vllm, pipelineParallel: 2)
    let full = try MemoryModel.estimate(spec)
    let probe = try MemoryModel.estimate(spec, detail: .probe)
    #expect(full.perGPU == probe.perGPU)
    #expect(probe.assumptions.isEmpty)
  }

  /// llama.cpp with a GGUF read from disk: the GPU holds everything but token_embd, exactly.
  @Test func llamaCppKeepsTheMeasuredEmbeddingOnTheHost() throws {
    let builder = GGUFBuilder.llama(type: 8)
    let header = try GGUFHeader.read(from: InMemoryByteSource(builder.build()))
    let card = try GGUFModel.card(header, id: "tiny", source: "tiny")
    let embedding = try #require(card.measuredWeights?.embeddingBytes)
    let spec = DeploymentSpec(model: card, gpu: Self.h100, engine: .llamaCpp)
    let e = try MemoryModel.estimate(spec)
    #expect(e.perGPU.weights == builder.totalTensorBytes - embedding)
    #expect(e.weightFormat.name == "q8_0")
    // -ngl 1 of 2 layers: half the layer bytes; the output head stays on the host (llama.cpp
    // offloads it only when -ngl exceeds the layer count).
    var half = spec
    half.options.gpuLayers = 1
    let output = try #require(card.measuredWeights?.outputBytes)
    let layers = builder.totalTensorBytes - embedding - output
    #expect(abs(try MemoryModel.estimate(half).perGPU.weights - layers / 2) <= 1)
  }

  /// An F32 GGUF runs in llama.cpp as stored (no fp16 cast: that is the converter's job).
  @Test func float32GGUFLoadsAsStored() throws {
    var builder = GGUFBuilder.llama(type: 0)
    builder.metadata.removeAll { $0.0 == "general.file_type" }
    builder.metadata.append(("general.file_type", .u32(0)))
    let header = try GGUFHeader.read(from: InMemoryByteSource(builder.build()))
    let card = try GGUFModel.card(header, id: "f32", source: "f32")
    let e = try MemoryModel.estimate(DeploymentSpec(model: card, gpu: Self.h100, engine: .llamaCpp))
    #expect(e.weightFormat == .fp32)
    let embedding = try #require(card.measuredWeights?.embeddingBytes)
    #expect(e.perGPU.weights == builder.totalTensorBytes - embedding)
  }
}
