import Testing

@testable import VRAMModel

@Suite struct PlannerTests {
  /// Llama-2-7B fp16 at 4096 tokens on an RTX 4090 under the seed rule. By hand: weights
  /// 6,738,415,616 × 2 B = 12.55 GiB, workspace 20 % = 2.51 GiB, KV 2 GiB per sequence;
  /// capacity 23.64 GiB (catalog: 23.64 GiB seen by CUDA) → (23.64 − 15.06) / 2 = 4.29 → 4.
  @Test func largestBatchOnA4090() {
    let spec = DeploymentSpec(
      model: Catalogs.model("llama-2-7b"), gpu: Catalogs.gpu("rtx4090"), weights: .fp16,
      seqLen: 4096)
    #expect(Planner.maxBatch(spec) == 4)
  }

  /// At batch 1 the same card holds (23.64 − 15.06) GiB / 512 KiB per token = 17,990 tokens,
  /// capped by Llama-2's 4096-token context.
  @Test func largestSequenceIsCappedByTheContext() {
    let spec = DeploymentSpec(
      model: Catalogs.model("llama-2-7b"), gpu: Catalogs.gpu("rtx4090"), weights: .fp16,
      seqLen: 4096)
    #expect(Planner.maxSeqLen(spec) == 4096)
  }

  /// Llama-3.1-70B in bf16 (141 GB of weights) fits no single catalog GPU below 141 GB of
  /// memory; the smallest that fits is larger than an H100 and no 80 GB card qualifies.
  @Test func smallestGPUForA70BModel() throws {
    let spec = DeploymentSpec(
      model: Catalogs.model("meta-llama/Llama-3.1-70B-Instruct"), gpu: Catalogs.gpu("H100-80GB"),
      seqLen: 8192)
    let gpu = try #require(Planner.smallestFittingGPU(spec, among: Catalogs.gpus.entries))
    #expect(gpu.usableBytes > 140 * ByteUnits.giB)
    #expect(try !MemoryModel.estimate(spec).fits)
  }

  /// Every remedy the planner offers really fits, and the smallest tensor-parallel degree that
  /// fits a 70B bf16 model at 8192 tokens on H100s under the seed rule is 4. By hand: at TP 2,
  /// 70.55e9 × 2 B / 2 = 65.70 GiB + 20 % workspace 13.14 + KV 8192 × 160 KiB = 1.25 → 80.1 GiB
  /// > 79.19; at TP 4 half of that, 40.0 GiB.
  @Test func remediesFit() throws {
    let spec = DeploymentSpec(
      model: Catalogs.model("meta-llama/Llama-3.1-70B-Instruct"), gpu: Catalogs.gpu("H100-80GB"),
      seqLen: 8192)
    let remedies = Planner.remedies(spec, gpus: Catalogs.gpus.entries)
    #expect(remedies.contains { $0.kind == .tensorParallel && $0.value == "4" })
    #expect(!remedies.contains { $0.kind == .tensorParallel && $0.value == "2" })
  }

  /// vLLM: the largest batch is the pool's concurrency. Case A35 printed "Maximum concurrency
  /// for 8,192 tokens per request: 58.11x", so 58 sequences fit and 59 do not.
  @Test func vllmBatchFollowsThePool() throws {
    let a35 = try #require(MeasuredCase.all.first { $0.deployment.case == "A35" })
    #expect(Planner.maxBatch(a35.spec) == 58)
  }

  @Test func largestIsABinarySearch() {
    #expect(Planner.largest(upTo: 1000) { $0 <= 737 } == 737)
    #expect(Planner.largest(upTo: 1000) { _ in true } == 1000)
    #expect(Planner.largest(upTo: 1000) { _ in false } == 0)
    #expect(Planner.largest(upTo: 1) { _ in true } == 1)
  }

  /// The search from a guess finds the same answer wherever the guess lands: below, at,
  /// above the answer, past the limit, or negative; and 0 when nothing qualifies.
  @Test(arguments: [-5, 1, 2, 500, 736, 737, 738, 999, 1000, 5000])
  func largestFromAnyGuess(guess: Int) {
    #expect(Planner.largest(upTo: 1000, near: guess) { $0 <= 737 } == 737)
    #expect(Planner.largest(upTo: 1000, near: guess) { _ in true } == 1000)
    #expect(Planner.largest(upTo: 1000, near: guess) { _ in false } == 0)
    #expect(Planner.largest(upTo: 1000, near: guess) { $0 <= 1 } == 1)
  }
}
