import Testing

@testable import VRAMModel

/// GGUF metadata and tensor names → architecture, card and measured bytes.
@Suite struct ModelSourcesGGUFModelTests {
  func header(_ builder: GGUFBuilder) throws -> GGUFHeader {
    try GGUFHeader.read(from: InMemoryByteSource(builder.build()))
  }

  @Test func llamaArchitecture() throws {
    let a = try GGUFModel.architecture(header(.llama(type: 8)))
    let expected = ModelArchitecture(
      layers: 2, hiddenSize: 256, intermediateSize: 512, attentionHeads: 4, kvHeads: 2,
      vocabSize: 512, tiedEmbeddings: false, maxContext: 256, mlp: .gated, norm: .rms,
      normsPerLayer: 2)
    #expect(a == expected)
  }

  /// No output.weight: the head is the embedding; no tokenizer: token_embd's [hidden, vocab].
  @Test func tiedHeadAndVocabularyFromTheEmbedding() throws {
    let a = try GGUFModel.architecture(header(.llama(type: 1, tied: true, vocabulary: false)))
    #expect(a.tiedEmbeddings && a.vocabSize == 512)
  }

  @Test func cardCarriesTheExactBytes() throws {
    let builder = GGUFBuilder.llama(type: 8)
    let card = try GGUFModel.card(header(builder), id: "tiny.gguf", source: "./tiny.gguf")
    let measured = try #require(card.measuredWeights)
    #expect(measured.totalBytes == builder.totalTensorBytes)
    #expect(measured.container == .gguf && measured.tensorCount == 21)
    // token_embd 256 × 512 Q8_0 = 4096 blocks × 34 bytes.
    #expect(measured.embeddingBytes == Int64(256 * 512 / 32 * 34))
    #expect(measured.outputBytes == Int64(256 * 512 / 32 * 34))
    #expect(measured.format.name == "q8_0" && card.checkpointFormat.name == "q8_0")
    #expect(measured.source.contains("21 tensors, Q8_0"))
    #expect(card.id == "tiny.gguf" && card.source == "./tiny.gguf")
  }

  /// Without general.file_type the format is the type holding most bytes; a mix vramlint has
  /// no catalog figure for carries the file's own bits per weight.
  @Test func fileTypeFallbacks() throws {
    var builder = GGUFBuilder.llama(type: 8)
    builder.metadata.removeAll { $0.0 == "general.file_type" }
    #expect(GGUFModel.fileTypeName(try header(builder)) == "Q8_0")
    builder.metadata.append(("general.file_type", .u32(22)))  // IQ3_XS: no catalog entry
    let card = try GGUFModel.card(header(builder), id: "x", source: "x")
    let format = card.checkpointFormat
    #expect(format.name == "iq3_xs" && format.ggufFileType == "IQ3_XS")
    let counted = Double(card.parameters.total)
    #expect(abs(format.bitsPerWeight - Double(builder.totalTensorBytes) * 8 / counted) < 1e-9)
  }

  @Test func missingArchitectureKeysAreNamed() throws {
    var builder = GGUFBuilder.llama()
    builder.metadata.removeAll { $0.0 == "llama.context_length" }
    let error = #expect(throws: ModelSourceError.self) {
      try GGUFModel.architecture(header(builder))
    }
    #expect(error?.message.contains("llama.context_length is missing") == true)
    builder.metadata.removeAll { $0.0 == "general.architecture" }
    let second = #expect(throws: ModelSourceError.self) {
      try GGUFModel.architecture(header(builder))
    }
    #expect(second?.message.contains("general.architecture is missing") == true)
  }

  /// A Mixtral-style MoE in the llama architecture: expert tensors, expert_count keys.
  @Test func mixtureOfExperts() throws {
    var builder = GGUFBuilder.llama()
    builder.metadata += [("llama.expert_count", .u32(8)), ("llama.expert_used_count", .u32(2))]
    builder.tensors.removeAll { $0.name.contains("ffn_gate.") || $0.name.contains("ffn_up.") }
    builder.tensors.removeAll { $0.name.contains("ffn_down.") }
    for i in 0..<2 {
      builder.tensors += [
        ("blk.\(i).ffn_gate_inp.weight", [256, 8], 0),
        ("blk.\(i).ffn_gate_exps.weight", [256, 512, 8], 1),
        ("blk.\(i).ffn_up_exps.weight", [256, 512, 8], 1),
        ("blk.\(i).ffn_down_exps.weight", [512, 256, 8], 1),
      ]
    }
    let a = try GGUFModel.architecture(header(builder))
    #expect(
      a.moe == ModelArchitecture.MoE(experts: 8, expertsPerToken: 2, expertIntermediateSize: 512))
    #expect(a.mlp == .gated)
    // Counted parameters = stored elements for this layout (ParameterCounter is exact).
    let stored = builder.tensors.reduce(Int64(0)) { $0 + Int64($1.dims.reduce(1, *)) }
    #expect(ParameterCounter(a).wholeModel.total == stored)
  }

  /// DeepSeek-V2 in GGUF: MLA from kv_lora_rank, rope dims and the per-head key length.
  @Test func latentAttention() throws {
    var builder = GGUFBuilder.llama()
    builder.metadata = builder.metadata.map {
      ($0.0.replacingOccurrences(of: "llama.", with: "deepseek2."), $0.1)
    }
    builder.metadata.removeAll { $0.0 == "general.architecture" }
    builder.metadata += [
      ("general.architecture", .string("deepseek2")),
      ("deepseek2.attention.kv_lora_rank", .u32(512)),
      ("deepseek2.attention.q_lora_rank", .u32(0)),
      ("deepseek2.rope.dimension_count", .u32(64)),
      ("deepseek2.attention.key_length", .u32(192)),
      ("deepseek2.attention.value_length", .u32(128)),
    ]
    let a = try GGUFModel.architecture(header(builder))
    #expect(
      a.mla
        == ModelArchitecture.MLA(
          kvLoraRank: 512, qLoraRank: nil, qkRopeHeadDim: 64, qkNopeHeadDim: 128, vHeadDim: 128))
    #expect(a.headDimOverride == nil)
  }

  /// Windows per llama.cpp's per-architecture pattern, or the file's own pattern array.
  @Test(arguments: [
    ("gemma2", nil as [Bool]?, 1),  // every other layer of 2: ceil(2/2)
    ("llama", nil, nil),  // all layers (Mistral-7B-v0.1 style)
    ("gemma3", [true, false], 1),
  ])
  func slidingWindow(arch: String, pattern: [Bool]?, layers: Int?) throws {
    var builder = GGUFBuilder.llama()
    builder.metadata = builder.metadata.map {
      ($0.0.replacingOccurrences(of: "llama.", with: "\(arch)."), $0.1)
    }
    builder.metadata.removeAll { $0.0 == "general.architecture" }
    builder.metadata += [
      ("general.architecture", .string(arch)), ("\(arch).attention.sliding_window", .u32(4096)),
    ]
    if let pattern {
      builder.metadata.append(("\(arch).attention.sliding_window_pattern", .bools(pattern)))
    }
    let a = try GGUFModel.architecture(header(builder))
    #expect(a.slidingWindow == 4096 && a.slidingWindowLayers == layers)
  }

  /// Per-layer head counts (an array) give the largest.
  @Test func perLayerHeadCounts() throws {
    var builder = GGUFBuilder.llama()
    builder.metadata.removeAll { $0.0 == "llama.attention.head_count_kv" }
    builder.metadata.append(("llama.attention.head_count_kv", .u32s([1, 2])))
    #expect(try GGUFModel.architecture(header(builder)).kvHeads == 2)
  }
}
