import Testing
import VRAMModel

@testable import VRAMLint

/// The native file's training block, KV policies, quantization mode and SLO: each bad value
/// at its own characters, each good one reaching the estimate.
@Suite struct TrainingAndOptimizationFileTests {
  func only(_ text: String) -> (LintResult, Estimate?) {
    let result = lint(text)
    return (result, result.estimates.first?.estimate)
  }

  func text(of d: Diagnostic, in source: String) -> Substring {
    let bytes = Array(source.utf8)
    return Substring(
      String(decoding: bytes[d.range.start.offset..<d.range.end.offset], as: UTF8.self))
  }

  @Test func trainingBlockReachesTheEstimate() throws {
    let (result, estimate) = only(
      """
      mode: training
      model: meta-llama/Llama-2-7b-hf
      gpu: A100-80GB
      batch: 2
      seq_len: 2048
      training:
        method: lora
        lora: {rank: 8, targets: [q_proj, v_proj]}
        optimizer: adamw-8bit
        recomputation: full
        gradient_accumulation: 8

      """)
    #expect(!result.hasErrors)
    let t = try #require(estimate?.training)
    #expect(t.method == .lora)
    #expect(t.trainableParameters == 4_194_304)  // PEFT's print-out for this config
    #expect(t.optimizer == .adamw8bit)
    #expect(t.globalBatch == 16)
  }

  /// A training block without `mode:` means training; with `mode: inference` it is ignored
  /// and said so at the block's key.
  @Test func modeAndBlockAgree() {
    let implied = only("model: llama-3.1-8b\ngpu: h100\ntraining: {method: qlora}\n")
    #expect(implied.1?.training?.method == .qlora)
    // LoRA settings without a method mean LoRA, not a full fine-tune that drops them.
    let lora = only("model: llama-3.1-8b\ngpu: h100\ntraining: {lora: {rank: 16}}\n")
    #expect(lora.1?.training?.method == .lora)
    let source = "model: llama-3.1-8b\ngpu: h100\nmode: inference\ntraining: {method: qlora}\n"
    let ignored = only(source)
    #expect(ignored.1?.training == nil)
    let warning = ignored.0.diagnostics.first { $0.ruleID == "conflicting-setting" }
    #expect(warning.map { text(of: $0, in: source) } == "training")
  }

  @Test(arguments: [
    ("training: {optimizer: lamb}\n", "lamb", "unknown-value"),
    ("training: {zero: 4}\n", "4", "out-of-range"),
    ("training: {lora: {rank: 0}}\n", "0", "out-of-range"),
    ("training: {method: full, double_quantization: true}\n", "true", "conflicting-setting"),
    ("training: {lora: {targets: [q_proj, wkv]}}\n", "wkv", "unknown-value"),
    ("training: {recompute: full}\n", "recompute", "unknown-key"),
    ("kv_cache: {window: 0}\n", "0", "out-of-range"),
    ("kv_cache: {keep: 150%}\n", "150%", "out-of-range"),
    ("kv_cache: {sinks: 4}\n", "4", "conflicting-setting"),
    ("kv_cache: {window: 4096, keep: 0.5}\n", "0.5", "conflicting-setting"),
    ("quantization: runtime\n", "runtime", "unknown-value"),
    ("slo: {time_to_first_token: 500}\n", "500", "wrong-type"),
    ("slo: {tokens_per_second: -3}\n", "-3", "wrong-type"),
  ])
  func badValuesAreReportedWhereTheyAre(line: String, at: String, rule: String) {
    let source = "model: llama-3.1-8b\ngpu: h100\n" + line
    let result = lint(source)
    let found = result.diagnostics.first { $0.ruleID == rule }
    #expect(found.map { text(of: $0, in: source) } == Substring(at), "\(result.diagnostics)")
  }

  /// `quantization: dynamic` keeps the checkpoint's weights (seed guide §4.1) whatever the
  /// precision says: Llama-3.1-8B stays at 8,030,261,248 × 2 bytes.
  @Test func dynamicQuantizationKeepsTheWeights() throws {
    let (_, dynamic) = only(
      "model: llama-3.1-8b\ngpu: L4\nprecision: int8\nquantization: dynamic\n")
    let kept = try #require(dynamic?.perGPU.weights)
    #expect(kept == 16_060_522_496)
    // Static int8: the linear layers at 1 byte, embeddings and lm_head (2 × 128,256 × 4,096)
    // still 16-bit: 6,979,321,856 + 2 × 1,050,939,392 = 9,081,200,640 bytes.
    let (_, stat) = only("model: llama-3.1-8b\ngpu: L4\nprecision: int8\nquantization: static\n")
    #expect(stat?.perGPU.weights == 9_081_200_640)
  }

  @Test func durations() {
    #expect(DeploymentDecoder.duration("500ms") == 0.5)
    #expect(DeploymentDecoder.duration("2 s") == 2)
    #expect(DeploymentDecoder.duration("500") == nil)
  }
}
