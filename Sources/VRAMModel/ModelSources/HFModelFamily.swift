/// What a config.json leaves implicit because the modelling code hard-codes it: biases,
/// norms per layer, whether lm_head is tied when the key is absent, which layers slide.
/// Each entry names the transformers file (or config class default) it comes from; the
/// catalog (Documentation/catalog-format.md) records the same facts per model.
struct HFModelFamily {
  enum SlidingLayers {
    /// Every layer uses the window (Mistral-7B-v0.1, Phi-3).
    case all
    /// Every other layer, starting with layer 0: ceil(L / 2) (Gemma 2: `not bool(i % 2)`).
    case alternating
    /// All but every n-th layer: L − floor(L / n), n from `sliding_window_pattern`
    /// (Gemma 3: `bool((i + 1) % pattern)`, default 6; Cohere 2: 4).
    case pattern(defaultPeriod: Int)
    /// Qwen2/Qwen3: only with `use_sliding_window`, and only layers ≥ `max_window_layers`
    /// (Qwen2Config.layer_types: `i >= max_window_layers`).
    case qwen
  }

  /// `tie_word_embeddings` when the key is absent (the config class default); nil = unknown.
  var tiedByDefault: Bool?
  var mlp: ModelArchitecture.MLPKind = .gated
  var norm: ModelArchitecture.NormKind = .rms
  var normsPerLayer = 2
  var qkNorm = false
  var qkvBias = false
  var outputBias = false
  var embeddingNorm = false
  /// GPT-2 style learned absolute positions, one row per `n_positions`.
  var learnedPositions = false
  var routerBias = false
  /// Llama 4: one shared expert of `intermediate_size` beside the routed ones.
  var sharedExpertOfIntermediateSize = false
  /// Qwen-1: `intermediate_size` counts both halves of the gated MLP (`ff_dim_in =
  /// intermediate_size // 2`, modeling_qwen.py).
  var halvesIntermediate = false
  var sliding: SlidingLayers = .all
  /// Context length when the config has no key for it (the config class default).
  var defaultMaxContext: Int?
  /// Gemma 3 minimal configs rely on Gemma3TextConfig defaults for these keys.
  var textDefaults: [String: Int] = [:]

  static func named(_ modelType: String?) -> HFModelFamily {
    var f = HFModelFamily()
    switch modelType?.lowercased() ?? "" {
    case "llama", "llama4_text", "mistral", "mixtral", "granite", "granitemoe", "deepseek_v2",
      "deepseek_v3", "deepseek", "yi", "internlm2", "olmo", "phi3", "mistral3":
      // LlamaConfig, MistralConfig, MixtralConfig, GraniteConfig, DeepseekV3Config, Phi3Config:
      // tie_word_embeddings=False.
      f.tiedByDefault = false
    case "qwen2", "qwen2_moe", "qwen2_vl", "qwen2_5_vl":
      // modeling_qwen2.py: q_proj/k_proj/v_proj are nn.Linear(..., bias=True).
      f.tiedByDefault = false
      f.qkvBias = true
      f.sliding = .qwen
    case "qwen3", "qwen3_moe":
      // modeling_qwen3.py: q_norm/k_norm RMSNorm(head_dim) per layer.
      f.tiedByDefault = false
      f.qkNorm = true
      f.sliding = .qwen
    case "qwen":
      // Qwen-1 remote code (modeling_qwen.py): c_attn has a bias; MLP halves intermediate_size.
      f.tiedByDefault = false
      f.qkvBias = true
      f.halvesIntermediate = true
    case "gemma":
      f.tiedByDefault = true  // GemmaConfig tie_word_embeddings=True
    case "gemma2":
      // modeling_gemma2.py: input/post_attention/pre_feedforward/post_feedforward norms.
      f.tiedByDefault = true
      f.normsPerLayer = 4
      f.sliding = .alternating
    case "gemma3", "gemma3_text":
      f.tiedByDefault = true
      f.normsPerLayer = 4
      f.qkNorm = true
      f.sliding = .pattern(defaultPeriod: 6)
      // Gemma3TextConfig.__init__ defaults (transformers configuration_gemma3.py).
      f.textDefaults = [
        "num_attention_heads": 8, "num_key_value_heads": 4, "head_dim": 256,
        "vocab_size": 262_208, "max_position_embeddings": 131_072,
      ]
    case "cohere", "cohere2":
      // modeling_cohere.py: one input_layernorm per (parallel) block, LayerNorm class.
      f.tiedByDefault = true
      f.norm = .layer
      f.normsPerLayer = 1
      if modelType == "cohere2" { f.sliding = .pattern(defaultPeriod: 4) }
    case "phi", "phi-msft":
      // modeling_phi.py: parallel attention/MLP with one LayerNorm; fc1/fc2 and dense biased.
      f.tiedByDefault = false
      f.mlp = .plain
      f.norm = .layer
      f.normsPerLayer = 1
      f.qkvBias = true
      f.outputBias = true
    case "falcon", "refinedwebmodel", "refinedweb":
      // FalconConfig: max_position_embeddings=2048, tie_word_embeddings default (True).
      f.tiedByDefault = true
      f.mlp = .plain
      f.norm = .layer
      f.defaultMaxContext = 2048
    case "bloom":
      // modeling_bloom.py: word_embeddings_layernorm; biased qkv, dense and MLP; ALiBi.
      f.tiedByDefault = true
      f.mlp = .plain
      f.norm = .layer
      f.qkvBias = true
      f.outputBias = true
      f.embeddingNorm = true
      f.defaultMaxContext = 2048  // BLOOM paper: 2048-token training sequences
    case "gpt2":
      f.tiedByDefault = true
      f.mlp = .plain
      f.norm = .layer
      f.qkvBias = true
      f.outputBias = true
      f.learnedPositions = true
    case "gpt_neox":
      f.tiedByDefault = false  // GPTNeoXConfig tie_word_embeddings=False
      f.mlp = .plain
      f.norm = .layer
      f.qkvBias = true
      f.outputBias = true
    case "starcoder2":
      f.tiedByDefault = true
      f.mlp = .plain
      f.norm = .layer
    case "gpt_oss":
      // modeling_gpt_oss.py: router and experts carry biases; attention biases per config.
      f.tiedByDefault = false
      f.routerBias = true
    case "glm4":
      // modeling_glm4.py: post_self_attn_layernorm and post_mlp_layernorm besides the two.
      f.tiedByDefault = false
      f.normsPerLayer = 4
    case "llama4":
      f.tiedByDefault = false
    default:
      break
    }
    if modelType == "llama4_text" || modelType == "llama4" {
      f.sharedExpertOfIntermediateSize = true
    }
    return f
  }
}
