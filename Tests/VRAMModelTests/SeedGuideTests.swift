import Testing

@testable import VRAMModel

/// The seed guide (shared/seed), §1.2 and §3.3: the figures the product grew from.
@Suite struct SeedGuideTests {
  /// §3.3: "Llama-2-7B: 7B × 2 bytes = 14GB (FP16); KV cache (4096): 2 × 2 × 32 × 4096 × 4096
  /// bytes ≈ 2GB; workspace: 14GB × 20% = 2.8GB; total ≈ 19GB." The guide counts 7e9
  /// parameters and decimal GB for weights; its KV figure is 2^31 bytes.
  @Test func llama2SevenBWorkedExample() throws {
    let spec = DeploymentSpec(
      model: Catalogs.model("meta-llama/Llama-2-7b-hf"), gpu: Catalogs.gpu("A100-40GB"),
      engine: .generic, weights: .fp16, batch: 1, seqLen: 4096, declaredParameters: 7_000_000_000)
    let estimate = try MemoryModel.estimate(spec)
    #expect(estimate.perGPU.weights == 14_000_000_000)
    #expect(estimate.perGPU.kvCache == 2 * 2 * 32 * 4096 * 4096)
    #expect(estimate.perGPU.activations == 2_800_000_000)
    // 14 GB + 2.147 GB + 2.8 GB = 18.95 GB: "约19GB".
    let totalGB = Double(estimate.perGPU.total) / 1e9
    #expect(abs(totalGB - 19) < 0.1)
    #expect(estimate.fits)
  }

  /// §1.2: 7B parameters take 28 GB in FP32, 14 GB in FP16, 7 GB in Int8 — parameters × bits / 8.
  @Test(arguments: [(WeightFormat.fp32, 28e9), (.fp16, 14e9), (.bf16, 14e9), (.int8, 7e9)])
  func precisionTable(format: WeightFormat, expectedBytes: Double) {
    // A breakdown made only of linear-layer parameters, as the guide's arithmetic assumes.
    let parameters = ParameterBreakdown().scaled(toTotal: 7_000_000_000)
    #expect(Double(parameters.bytes(in: format)) == expectedBytes)
  }

  /// The real Llama-2-7B in int8 is more than the naive 6.74 GB: quantizers leave the
  /// embedding and lm_head (2 × 32000 × 4096 = 262,144,000 parameters) and the norms
  /// (65 × 4096 = 266,240) in 16-bit. Linear layers: 32 × (4 × 4096² + 3 × 4096 × 11008) =
  /// 6,476,005,376 parameters × 1 byte; the rest 262,410,240 × 2 bytes = 524,820,480.
  @Test func int8KeepsEmbeddingsInSixteenBits() {
    let card = Catalogs.model("meta-llama/Llama-2-7b-hf")
    #expect(card.parameters.bytes(in: .int8) == 6_476_005_376 + 524_820_480)
  }

  /// §3.1: the bandwidth and FP16 TFLOPS the guide quotes are catalog facts. For the RTX
  /// 4090 the guide's 82.6 TFLOPS is the non-tensor FP16 shader rate; the catalog keeps the
  /// dense tensor rate with FP32 accumulate like every other GeForce card, which on Ada is
  /// exactly twice that (NVIDIA Ada whitepaper, Table 2: 165.2 vs 82.6).
  @Test(arguments: [("A100-40GB", 1555.0, 312.0), ("A10", 600, 125), ("RTX-4090", 1008, 2 * 82.6)])
  func gpuFigures(id: String, bandwidth: Double, tflops: Double) {
    let gpu = Catalogs.gpu(id)
    #expect(gpu.bandwidthGBps == bandwidth)
    #expect(abs(gpu.fp16TFLOPS - tflops) < 1e-9)
  }

  /// §3.2: the guide recommends 24 GB cards (RTX 4090, RTX 3090, A10) for 7B models. In FP16
  /// at the guide's 4096 tokens, Llama-2-7B fits all three under its own rule.
  @Test(arguments: ["RTX-4090", "RTX-3090", "A10"])
  func sevenBOnEntryLevelCards(gpu: String) throws {
    let spec = DeploymentSpec(
      model: Catalogs.model("llama-2-7b"), gpu: Catalogs.gpu(gpu), weights: .fp16, seqLen: 4096)
    #expect(try MemoryModel.estimate(spec).fits)
  }
}

/// The seed guide's §3.1 speed figures, as fixed facts: "A100: 1555 GB/s, A10: 600 GB/s,
/// RTX 4090: 1008 GB/s"; "A100: 312 TFLOPS (FP16), A10: 125, RTX 4090: 82.6".
@Suite struct SeedGuideSpeedTests {
  @Test(arguments: [
    ("A100-40GB", 1555.0, 312.0), ("A10", 600.0, 125.0), ("RTX-4090", 1008.0, 82.6),
  ])
  func gpuFigures(id: String, bandwidth: Double, tflops: Double) {
    let gpu = Catalogs.gpu(id)
    #expect(gpu.bandwidthGBps == bandwidth)
    // The guide's 82.6 for the RTX 4090 is the non-tensor FP16 shader rate; the catalog keeps
    // the dense tensor rate with FP32 accumulate, exactly twice it (NVIDIA Ada whitepaper),
    // like every other GeForce entry.
    #expect(gpu.fp16TFLOPS == (id == "RTX-4090" ? 2 * tflops : tflops))
  }

  /// Decode is memory-bound (MEMORY-MODEL.md §6): Llama-2-7B in fp16 on the seed's A100 at
  /// one token of context reads every weight but the input embedding (a lookup of one row):
  /// (6,738,415,616 − 32,000 × 4,096) × 2 = 13,214,687,232 bytes, plus 524,288 KV bytes
  /// (32 layers × 4096 × 2 × 2) per token: 0.8 × 1555e9 ÷ 13,215,211,520 = 94.13 tokens/s.
  /// On the A10: 0.8 × 600e9 ÷ 13,215,211,520 = 36.32.
  @Test(arguments: [("A100-40GB", 94.13), ("A10", 36.32)])
  func decodeCeiling(id: String, tokensPerSecond: Double) throws {
    let spec = DeploymentSpec(
      model: Catalogs.model("meta-llama/Llama-2-7b-hf"), gpu: Catalogs.gpu(id), weights: .fp16,
      batch: 1, seqLen: 1)
    let t = try MemoryModel.estimate(spec).throughput
    #expect(abs(t.decodeTokensPerSecondPerSequence - tokensPerSecond) < 0.01)
  }

  /// Prefill is compute-bound: 2 FLOPs per active parameter per token at half the peak. The
  /// A100's 312 TFLOPS × 0.5 ÷ (2 × 6,607,343,616 active parameters — the 131,072,000
  /// embedding parameters are a lookup, not a matmul) = 11,806 tokens/s, so a 4,096-token
  /// prompt's first token comes after 0.347 s.
  @Test func prefillCeiling() throws {
    let spec = DeploymentSpec(
      model: Catalogs.model("meta-llama/Llama-2-7b-hf"), gpu: Catalogs.gpu("A100-40GB"),
      weights: .fp16, batch: 1, seqLen: 4096)
    let t = try MemoryModel.estimate(spec).throughput
    #expect(abs(t.prefillTokensPerSecond - 11_806) < 1)
    #expect(abs(t.timeToFirstTokenSeconds - 0.347) < 0.001)
  }
}
