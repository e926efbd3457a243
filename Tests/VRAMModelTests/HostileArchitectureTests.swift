import Foundation
import Testing

@testable import VRAMModel

/// A config.json (or GGUF) is untrusted: every size in it is multiplied somewhere in the
/// parameter counter or the KV cache. Each case here trapped on Int64 overflow before its
/// field was bounded (crafted by an independent review, then kept as fuzz regression inputs
/// in Tests/FuzzTargetsTests/Corpus); each must now be refused naming the field.
@Suite struct HostileArchitectureTests {
  static let llama = """
    {"model_type": "llama", "num_hidden_layers": 2, "hidden_size": 64,
     "num_attention_heads": 4, "num_key_value_heads": 4, "vocab_size": 100,
     "max_position_embeddings": 128, "intermediate_size": 128
    """

  static func config(_ extra: String) -> [UInt8] { Array((llama + ", " + extra + "}").utf8) }

  @Test(arguments: [
    // 64 × 4 heads × 2^58 overflowed q_proj's size.
    (#""head_dim": 288230376151711744"#, "head_dim"),
    // Gemma 2 alternates windows: (layers + 1) / 2 overflowed at Int.max layers.
    (
      #""model_type": "gemma2", "num_hidden_layers": 9223372036854775807, "sliding_window": 4"#,
      "layers"
    ),
    // Qwen2 windows layers ≥ max_window_layers: layers − first overflowed.
    (
      #""model_type": "qwen2", "num_hidden_layers": 4611686018427387904, "use_sliding_window": true, "sliding_window": 4, "max_window_layers": -4611686018427387904"#,
      "layers"
    ),
    // The shared expert's width was never bounded.
    (
      #""model_type": "qwen2_moe", "num_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 32, "shared_expert_intermediate_size": 36028797018963968"#,
      "shared_expert_intermediate_size"
    ),
    (
      #""kv_lora_rank": 512, "qk_rope_head_dim": 64, "qk_nope_head_dim": 1152921504606846976, "v_head_dim": 128"#,
      "qk_nope_head_dim"
    ),
    (#""max_position_embeddings": 4611686018427387904"#, "max_context"),
    (#""num_key_value_heads": -4"#, "kv_heads"),
  ])
  func refusedNamingTheField(extra: String, field: String) throws {
    let error = #expect(throws: ModelSourceError.self) {
      try HFConfig.parse(Self.config(extra))
    }
    #expect(error?.message.contains(field) == true, "\(error?.message ?? "no error")")
  }

  /// Fields within their bounds whose product is absurd: refused by the parameter bound,
  /// with a figure, not by a field.
  @Test func absurdProductOfSaneFields() {
    // 10^6 layers × (4 × 10^6² attention) ≈ 4 × 10^18 parameters.
    let json = Array(
      """
      {"model_type": "llama", "num_hidden_layers": 1000000, "hidden_size": 1000000,
       "num_attention_heads": 1000, "vocab_size": 100, "max_position_embeddings": 128,
       "intermediate_size": 128}
      """.utf8)
    let error = #expect(throws: ModelSourceError.self) { try HFConfig.parse(json) }
    #expect(error?.message.contains("parameters, beyond any real model") == true)
  }

  /// The bound does not refuse the largest real models: the catalog passes whole.
  @Test func everyCatalogModelIsValid() throws {
    for card in try BundledCatalogs.models().entries {
      #expect(card.architecture.validationProblems() == [], "\(card.id)")
    }
  }

  /// Safetensors dtypes the format does not name keep their offsets' bytes and any shape:
  /// sums over such tensors saturate instead of overflowing.
  @Test func unknownDTypeShapesSaturate() throws {
    let header = try SafetensorsHeader.parse(
      json: Array(
        #"{"a": {"dtype": "X", "shape": [4611686018427387904], "data_offsets": [0, 0]}, "b": {"dtype": "X", "shape": [4611686018427387904], "data_offsets": [0, 0]}}"#
          .utf8), dataOffset: 8, fileSize: 8)
    #expect(header.storedElements == Int64.max)
    let measured = SafetensorsWeights.measure(
      [(file: "x.safetensors", header: header)], checkpointFormat: .bf16, quantized: false)
    #expect(measured.storedElements == Int64.max && measured.totalBytes == 0)
  }
}
