import Testing

@testable import VRAMModel

/// KV cache policies (seed guide §4.2): a window, a StreamingLLM budget, an H2O fraction.
/// Llama-3.1-8B caches 128 KiB per token in bf16 (32 layers × 8 KV heads × 128 dims × 2 (K
/// and V) × 2 bytes; vLLM case A35 prints 476,016 tokens in 58.11 GiB, 131,072 B each).
@Suite struct KVCachePolicyTests {
  static func kvBytes(_ policy: KVCachePolicy?, seqLen: Int, kv: KVCacheFormat? = nil) throws
    -> Int64
  {
    let spec = DeploymentSpec(
      model: Catalogs.model("meta-llama/Llama-3.1-8B-Instruct"), gpu: Catalogs.gpu("H100-80GB"),
      kvCache: kv, kvPolicy: policy, batch: 1, seqLen: seqLen)
    return try MemoryModel.estimate(spec).perGPU.kvCache
  }

  /// A 4096-token window at 131,072 tokens keeps 4096 × 128 KiB = 512 MiB instead of 16 GiB;
  /// in fp8 half of it.
  @Test func windowOnEveryLayer() throws {
    #expect(try Self.kvBytes(nil, seqLen: 131_072) == 16 << 30)
    #expect(try Self.kvBytes(.window(tokens: 4096), seqLen: 131_072) == 512 << 20)
    #expect(try Self.kvBytes(.window(tokens: 4096), seqLen: 131_072, kv: .fp8) == 256 << 20)
    // Shorter than the window: nothing to drop.
    #expect(try Self.kvBytes(.window(tokens: 4096), seqLen: 1024) == 128 << 20)
  }

  /// StreamingLLM with a 2048-token budget (4 sinks + 2044 recent): 2048 × 128 KiB = 256 MiB.
  @Test func streamingBudget() throws {
    #expect(try Self.kvBytes(.budget(tokens: 2048, sinks: 4), seqLen: 65_536) == 256 << 20)
  }

  /// H2O keeping 25 % of 32,768 tokens: 8192 × 128 KiB = 1 GiB.
  @Test func keptFraction() throws {
    #expect(try Self.kvBytes(.keep(fraction: 0.25), seqLen: 32_768) == 1 << 30)
  }

  @Test func nonsensePoliciesAreRefused() {
    #expect(throws: InvalidDeployment.self) { try Self.kvBytes(.keep(fraction: 0), seqLen: 8) }
    #expect(throws: InvalidDeployment.self) {
      try Self.kvBytes(.budget(tokens: 4, sinks: 4), seqLen: 8)
    }
  }
}
