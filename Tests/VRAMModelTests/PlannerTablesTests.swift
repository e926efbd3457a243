import Testing

@testable import VRAMModel

/// Dynamic batching and parallel strategies (seed guide §4.3, §5), hand-derived.
@Suite struct PlannerTablesTests {
  /// Llama-3.1-8B in bf16 on an H100 with the generic rule: 79.19 GiB − 14.96 GiB weights −
  /// 2.99 GiB workspace (20 %) = 61.24 GiB for the cache; one 1,024-token sequence takes
  /// 1,024 × 128 KiB = 128 MiB, so 489 fit (61.24 × 8 = 489.9); at 2,048 tokens half: 244.
  @Test func batchAtLengths() {
    let spec = DeploymentSpec(
      model: Catalogs.model("meta-llama/Llama-3.1-8B-Instruct"), gpu: Catalogs.gpu("H100-80GB"))
    let table = Planner.batchAtLengths(spec)
    #expect(table.first?.seqLen == 1024)
    #expect(table.first?.batch == 489)
    #expect(table.dropFirst().first?.batch == 244)
    // Batches double, lengths shrink: the longest at batch 1 is the model's context.
    let byBatch = Planner.lengthAtBatches(spec)
    #expect(byBatch.first?.seqLen == 131_072)
  }

  /// Llama-3.1-70B in bf16 at 8,192 tokens on H100s: at tensor 2 each GPU holds 70.55e9 ×
  /// 2 ÷ 2 = 65.7 GiB of weights + 13.1 GiB workspace + 8,192 × 320 KiB ÷ 2 = 1.25 GiB of
  /// KV = 80.1 GiB > 79.19: no; tensor 4 halves it: yes. Data parallelism copies the whole
  /// model to every GPU: it never fits.
  @Test func parallelStrategies() {
    let spec = DeploymentSpec(
      model: Catalogs.model("meta-llama/Llama-3.1-70B-Instruct"), gpu: Catalogs.gpu("H100-80GB"),
      seqLen: 8192)
    let options = Planner.parallelComparison(spec)
    func fits(_ s: Planner.Strategy, _ n: Int) -> Bool {
      options.first { $0.strategy == s && $0.gpus == n }?.fits ?? false
    }
    #expect(!fits(.tensor, 2) && fits(.tensor, 4))
    #expect(!fits(.pipeline, 2) && fits(.pipeline, 4))
    #expect(![1, 2, 4, 8].contains { fits(.data, $0) })
    let data = options.filter { $0.strategy == .data }.compactMap(\.perGPU)
    #expect(Set(data).count == 1)
  }
}
