import Foundation
import Testing

@testable import VRAMModel

/// config.json parsing rules, one per test, on configs written here.
@Suite struct ModelSourcesHFConfigParsingTests {
  func parse(_ json: String) throws -> HFConfig { try HFConfig.parse(Array(json.utf8)) }

  static let llamaLike = """
    {"model_type": "llama", "num_hidden_layers": 2, "hidden_size": 256,
     "intermediate_size": 512, "num_attention_heads": 4, "num_key_value_heads": 2,
     "vocab_size": 512, "max_position_embeddings": 256, "torch_dtype": "float16",
     "tie_word_embeddings": false}
    """

  @Test func genericKeys() throws {
    let c = try parse(Self.llamaLike)
    let a = c.architecture
    #expect(a.layers == 2 && a.hiddenSize == 256 && a.intermediateSize == 512)
    #expect(a.attentionHeads == 4 && a.kvHeads == 2 && a.headDim == 64)
    #expect(a.vocabSize == 512 && a.maxContext == 256 && !a.tiedEmbeddings)
    #expect(c.dtype == "float16" && c.quantization == nil && c.modelType == "llama")
  }

  /// An architecture nobody has taught the reader still parses from the generic keys; the
  /// unknown tie default is taken as untied (more memory) and said in a note.
  @Test func unknownModelTypeUsesGenericKeys() throws {
    let c = try parse(
      """
      {"model_type": "brand_new_lm", "num_hidden_layers": 30, "hidden_size": 2048,
       "intermediate_size": 8192, "num_attention_heads": 16, "vocab_size": 50000,
       "max_position_embeddings": 8192}
      """)
    #expect(c.architecture.kvHeads == 16)  // MHA when no KV key
    #expect(!c.architecture.tiedEmbeddings)
    #expect(c.notes.contains { $0.contains("tie_word_embeddings absent") })
    #expect(c.notes.contains { $0.contains("bfloat16 assumed") })
  }

  @Test(arguments: [
    ("num_hidden_layers", "lacks num_hidden_layers"), ("hidden_size", "lacks hidden_size"),
    ("num_attention_heads", "lacks num_attention_heads"), ("vocab_size", "lacks vocab_size"),
    ("max_position_embeddings", "lacks max_position_embeddings"),
  ])
  func missingRequiredKeyIsNamed(key: String, message: String) throws {
    var object = try JSONSerialization.jsonObject(with: Data(Self.llamaLike.utf8)) as! [String: Any]
    object[key] = nil
    let bytes = Array(try JSONSerialization.data(withJSONObject: object))
    let error = #expect(throws: ModelSourceError.self) { try HFConfig.parse(bytes) }
    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
  }

  @Test(arguments: [
    (#""hidden_size": "big""#, "hidden_size is \"big\", not an integer"),
    (#""hidden_size": 256.5"#, "hidden_size is 256.5, not an integer"),
    (#""tie_word_embeddings": 1"#, "tie_word_embeddings is 1, not true or false"),
    (#""hidden_size": 0"#, "hidden_size must be positive"),
    (#""num_key_value_heads": 3"#, "not a multiple of kv_heads"),
  ])
  func wrongValuesAreNamed(replacement: String, message: String) throws {
    let key = replacement.split(separator: ":")[0]
    let json = Self.llamaLike.replacingOccurrences(
      of: #"\#(key): [^,}]+"#, with: replacement, options: .regularExpression)
    let error = #expect(throws: ModelSourceError.self) { try parse(json) }
    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
  }

  @Test(arguments: ["", "[1, 2]", "{not json", "null"])
  func notAConfigObject(text: String) {
    #expect(throws: ModelSourceError.self) { try parse(text) }
  }

  /// Multimodal checkpoints: the text model from text_config, dtype from the root.
  @Test func textConfigIsTheLanguageModel() throws {
    let c = try parse(
      """
      {"model_type": "llava", "torch_dtype": "float16",
       "vision_config": {"hidden_size": 1024, "num_hidden_layers": 24},
       "text_config": {"model_type": "mistral", "num_hidden_layers": 40, "hidden_size": 5120,
         "intermediate_size": 14336, "num_attention_heads": 32, "num_key_value_heads": 8,
         "head_dim": 128, "vocab_size": 131072, "max_position_embeddings": 131072}}
      """)
    #expect(c.architecture.layers == 40 && c.architecture.headDim == 128)
    #expect(c.dtype == "float16" && c.modelType == "mistral" && c.hasNonTextTower)
    #expect(!c.architecture.tiedEmbeddings)  // MistralConfig default
  }

  /// Qwen2: the window applies only with use_sliding_window, to layers ≥ max_window_layers.
  @Test func qwenSlidingWindowSemantics() throws {
    let base = """
      {"model_type": "qwen2", "num_hidden_layers": 28, "hidden_size": 1024,
       "intermediate_size": 2048, "num_attention_heads": 16, "num_key_value_heads": 2,
       "vocab_size": 1000, "max_position_embeddings": 32768, "sliding_window": 4096,
       "max_window_layers": 21, "use_sliding_window": USE}
      """
    let off = try parse(base.replacingOccurrences(of: "USE", with: "false")).architecture
    #expect(off.slidingWindow == nil && off.qkvBias)
    let on = try parse(base.replacingOccurrences(of: "USE", with: "true")).architecture
    #expect(on.slidingWindow == 4096 && on.slidingWindowLayers == 7)
  }

  /// transformers ≥ 4.53 writes layer_types; it wins over every family rule.
  @Test func layerTypesCountTheWindowedLayers() throws {
    let c = try parse(
      """
      {"model_type": "gemma2", "num_hidden_layers": 4, "hidden_size": 256,
       "intermediate_size": 512, "num_attention_heads": 4, "num_key_value_heads": 2,
       "head_dim": 64, "vocab_size": 512, "max_position_embeddings": 8192,
       "sliding_window": 128, "layer_types": ["sliding_attention", "full_attention",
       "full_attention", "full_attention"]}
      """)
    #expect(c.architecture.slidingWindow == 128 && c.architecture.slidingWindowLayers == 1)
    #expect(c.architecture.normsPerLayer == 4 && c.architecture.tiedEmbeddings)
  }

  @Test func llama4ChunkedAttentionAndSharedExpert() throws {
    let shared = try #require(
      SharedConfig.all.first { $0.id == "meta-llama/Llama-4-Scout-17B-16E-Instruct" })
    let a = try HFConfig.parse(shared.config).architecture
    let catalog = Catalogs.model("meta-llama/Llama-4-Scout-17B-16E-Instruct").architecture
    #expect(a.slidingWindow == 8192 && a.slidingWindowLayers == 36)
    #expect(a.moe == catalog.moe)
    #expect(a.qkNorm)
  }

  /// Falcon-7B's remote-code config (RefinedWebModel): multi_query = 1 KV head, parallel
  /// attention with one LayerNorm, a plain GELU MLP of 4 × hidden, context 2048 by default.
  @Test func falconRemoteCodeConfig() throws {
    let shared = try #require(SharedConfig.all.first { $0.id == "tiiuae/falcon-7b" })
    let c = try HFConfig.parse(shared.config)
    #expect(c.architecture.kvHeads == 1 && c.architecture.normsPerLayer == 1)
    #expect(c.architecture.intermediateSize == 4 * 4544 && c.architecture.maxContext == 2048)
    #expect(c.notes.contains { $0.contains("4 × hidden_size") })
  }

  @Test(arguments: [
    (#"{"quant_method": "awq", "bits": 4, "group_size": 128}"#, "awq", "linear"),
    (#"{"quant_method": "awq", "w_bit": 4, "q_group_size": 64}"#, "awq-w4g64", "linear"),
    (#"{"quant_method": "gptq", "bits": 8, "group_size": 32}"#, "gptq-w8g32", "linear"),
    (#"{"quant_method": "gptq", "bits": 4, "group_size": -1}"#, "gptq-w4g4096", "linear"),
    (#"{"quant_method": "fp8", "fmt": "e4m3"}"#, "fp8", "linear"),
    (#"{"quant_method": "fbgemm_fp8"}"#, "fp8", "linear"),
    (#"{"quant_method": "bitsandbytes", "load_in_4bit": true}"#, "nf4", "linear"),
    (
      #"{"quant_method": "bitsandbytes", "load_in_4bit": true, "bnb_4bit_use_double_quant": true}"#,
      "nf4-dq", "linear"
    ),
    (#"{"quant_method": "bitsandbytes", "load_in_8bit": true}"#, "bnb-int8", "linear"),
    (
      #"{"quant_method": "compressed-tensors", "config_groups": {"group_0": {"weights": {"num_bits": 8, "type": "float"}}}}"#,
      "fp8", "linear"
    ),
    (
      #"{"quant_method": "compressed-tensors", "config_groups": {"group_0": {"weights": {"num_bits": 4, "type": "int", "group_size": 128}}}}"#,
      "int4", "linear"
    ),
    (
      #"{"quant_method": "compressed-tensors", "config_groups": {"group_0": {"weights": {"num_bits": 8, "type": "int"}}}}"#,
      "int8", "linear"
    ),
    (
      #"{"quant_method": "compressed-tensors", "format": "nvfp4-pack-quantized"}"#, "nvfp4",
      "linear"
    ),
    (#"{"quant_method": "modelopt", "quant_algo": "NVFP4"}"#, "nvfp4", "linear"),
  ])
  func quantizationMethods(config: String, method: String, appliesTo: String) throws {
    let json = Self.llamaLike.replacingOccurrences(
      of: #""tie_word_embeddings": false}"#,
      with: #""tie_word_embeddings": false, "quantization_config": \#(config)}"#)
    let c = try parse(json)
    #expect(c.quantization?.method == method, "\(config)")
    #expect(c.quantization?.appliesTo == appliesTo)
    // Every method named is one the format model knows.
    #expect(c.quantization?.weightFormat != nil, "\(method)")
  }

  @Test func unknownQuantizationIsANoteNotAGuess() throws {
    let json = Self.llamaLike.replacingOccurrences(
      of: #""tie_word_embeddings": false}"#,
      with: #""tie_word_embeddings": false, "quantization_config": {"quant_method": "aqlm"}}"#)
    let c = try parse(json)
    #expect(c.quantization == nil)
    #expect(c.notes.contains { $0.contains("'aqlm' is not modelled") })
  }

  /// gpt-oss: MXFP4 on the experts only (catalog: applies_to experts).
  @Test func mxfp4OnExperts() throws {
    let shared = try #require(SharedConfig.all.first { $0.id == "openai/gpt-oss-20b" })
    let c = try HFConfig.parse(shared.config)
    #expect(c.quantization == ModelCard.NativeQuantization(method: "mxfp4", appliesTo: "experts"))
    #expect(c.card(id: "gpt-oss-20b", source: "test").checkpointFormat == .mxfp4Experts)
  }
}
