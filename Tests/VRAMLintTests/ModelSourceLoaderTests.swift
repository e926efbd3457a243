import Foundation
import Testing
import VRAMModel

@testable import VRAMLint

/// ModelSourceLoader on real files in a temporary folder: which files a path means, what the
/// card holds, and errors that name the file.
@Suite struct ModelSourceLoaderTests {
  /// A fresh folder per test.
  let root: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("vramlint-model-sources-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  static let config = """
    {"model_type": "llama", "num_hidden_layers": 1, "hidden_size": 64,
     "intermediate_size": 128, "num_attention_heads": 2, "num_key_value_heads": 2,
     "vocab_size": 32, "max_position_embeddings": 128, "torch_dtype": "float16",
     "tie_word_embeddings": true}
    """

  /// The tensors of that one-layer Llama in F16: (name, shape).
  static let tensors: [(String, [Int])] = [
    ("model.embed_tokens.weight", [32, 64]), ("model.norm.weight", [64]),
    ("model.layers.0.self_attn.q_proj.weight", [64, 64]),
    ("model.layers.0.self_attn.k_proj.weight", [64, 64]),
    ("model.layers.0.self_attn.v_proj.weight", [64, 64]),
    ("model.layers.0.self_attn.o_proj.weight", [64, 64]),
    ("model.layers.0.mlp.gate_proj.weight", [128, 64]),
    ("model.layers.0.mlp.up_proj.weight", [128, 64]),
    ("model.layers.0.mlp.down_proj.weight", [64, 128]),
    ("model.layers.0.input_layernorm.weight", [64]),
    ("model.layers.0.post_attention_layernorm.weight", [64]),
  ]
  static var tensorBytes: Int64 { tensors.reduce(0) { $0 + 2 * Int64($1.1.reduce(1, *)) } }

  /// A safetensors file of `tensors` in F16: u64 header length, JSON, zeroed data.
  static func safetensors(_ tensors: [(String, [Int])]) -> Data {
    var offset = 0
    var entries: [String] = []
    for (name, shape) in tensors {
      let bytes = 2 * shape.reduce(1, *)
      entries.append(
        #""\#(name)": {"dtype": "F16", "shape": \#(shape), "data_offsets": [\#(offset), \#(offset + bytes)]}"#
      )
      offset += bytes
    }
    let json = Array(("{" + entries.joined(separator: ", ") + "}").utf8)
    var data = Data((0..<8).map { UInt8(truncatingIfNeeded: UInt64(json.count) >> (8 * $0)) })
    data.append(contentsOf: json)
    data.append(Data(count: offset))
    return data
  }

  func write(_ relative: String, _ data: Data) -> String {
    let url = root.appendingPathComponent(relative)
    try! FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try! data.write(to: url)
    return url.path
  }

  func write(_ relative: String, _ text: String) -> String { write(relative, Data(text.utf8)) }

  func huggingFaceFolder(_ name: String = "tiny") -> String {
    _ = write("\(name)/config.json", Self.config)
    _ = write("\(name)/model.safetensors", Self.safetensors(Self.tensors))
    return root.appendingPathComponent(name).path
  }

  @Test func folderWithConfigAndSafetensors() throws {
    let folder = huggingFaceFolder()
    let loaded = try ModelSourceLoader.load(folder)
    let card = loaded.card
    #expect(card.id == "tiny" && card.source == folder)
    #expect(card.architecture.layers == 1 && card.architecture.tiedEmbeddings)
    #expect(card.measuredWeights?.totalBytes == Self.tensorBytes)
    #expect(card.measuredWeights?.format == .fp16)
    // The tied model's counted parameters are exactly the stored elements.
    #expect(card.parameters.total * 2 == Self.tensorBytes)
    #expect(loaded.files.count == 2)
    #expect(loaded.bytesRead < 4096)  // config.json + the header, not the data
  }

  @Test func configPathAndSafetensorsPathMeanTheFolder() throws {
    let folder = huggingFaceFolder()
    for path in [folder + "/config.json", folder + "/model.safetensors"] {
      let card = try ModelSourceLoader.card(forPath: path)
      #expect(card.id == "tiny", "\(path)")
      #expect(card.measuredWeights?.totalBytes == Self.tensorBytes, "\(path)")
    }
  }

  @Test func configAloneIsCounted() throws {
    let path = write("bare/config.json", Self.config)
    let card = try ModelSourceLoader.card(forPath: path)
    #expect(card.measuredWeights == nil)
    #expect(card.note?.contains("no safetensors found") == true)
  }

  @Test func shardedCheckpoint() throws {
    _ = write("sharded/config.json", Self.config)
    let first = Array(Self.tensors.prefix(5))
    let second = Array(Self.tensors.dropFirst(5))
    _ = write("sharded/model-00001-of-00002.safetensors", Self.safetensors(first))
    _ = write("sharded/model-00002-of-00002.safetensors", Self.safetensors(second))
    let map =
      (first.map { ($0.0, "model-00001-of-00002.safetensors") }
      + second.map { ($0.0, "model-00002-of-00002.safetensors") })
      .map { #""\#($0.0)": "\#($0.1)""# }.joined(separator: ", ")
    _ = write("sharded/model.safetensors.index.json", #"{"weight_map": {\#(map)}}"#)
    let loaded = try ModelSourceLoader.load(root.appendingPathComponent("sharded").path)
    #expect(loaded.card.measuredWeights?.totalBytes == Self.tensorBytes)
    #expect(loaded.card.measuredWeights?.source.contains("2 safetensors shard headers") == true)
    #expect(loaded.files.count == 4)
  }

  @Test func missingShardIsNamed() throws {
    _ = write("partial/config.json", Self.config)
    _ = write(
      "partial/model.safetensors.index.json",
      #"{"weight_map": {"a": "model-00001-of-00002.safetensors"}}"#)
    let error = #expect(throws: ModelSourceError.self) {
      try ModelSourceLoader.card(forPath: root.appendingPathComponent("partial").path)
    }
    #expect(error?.message.contains("model-00001-of-00002.safetensors") == true)
    #expect(error?.file?.hasSuffix("model.safetensors.index.json") == true)
  }

  @Test func indexNamingATensorTheShardLacks() throws {
    _ = write("liar/config.json", Self.config)
    _ = write("liar/model.safetensors", Self.safetensors(Self.tensors))
    _ = write(
      "liar/model.safetensors.index.json", #"{"weight_map": {"ghost": "model.safetensors"}}"#)
    let error = #expect(throws: ModelSourceError.self) {
      try ModelSourceLoader.card(forPath: root.appendingPathComponent("liar").path)
    }
    #expect(error?.message.contains("'ghost'") == true)
  }

  /// A GGUF with a bare llama header and one tensor, built as in gguf.md.
  static func gguf(tensor: String = "token_embd.weight", metadata: Bool = true) -> Data {
    var b: [UInt8] = Array("GGUF".utf8) + [3, 0, 0, 0]
    func u32(_ v: UInt32) { b += (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    func u64(_ v: UInt64) { b += (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    func string(_ s: String) {
      u64(UInt64(s.utf8.count))
      b += Array(s.utf8)
    }
    let keys: [(String, UInt32)] =
      metadata
      ? [
        ("llama.block_count", 1), ("llama.context_length", 128), ("llama.embedding_length", 64),
        ("llama.feed_forward_length", 128), ("llama.attention.head_count", 2),
        ("general.file_type", 1),
      ] : [("split.no", 1)]
    u64(1)  // one tensor
    u64(UInt64(keys.count + (metadata ? 1 : 0)))
    if metadata {
      string("general.architecture")
      u32(8)
      string("llama")
    }
    for (key, value) in keys {
      string(key)
      u32(4)
      u32(value)
    }
    string(tensor)
    u32(2)
    u64(64)
    u64(32)
    u32(1)  // F16
    u64(0)
    while b.count % 32 != 0 { b.append(0) }
    return Data(b + [UInt8](repeating: 0, count: 64 * 32 * 2))
  }

  @Test func ggufFileAndFolder() throws {
    let path = write("gguf/tiny-F16.gguf", Self.gguf())
    let card = try ModelSourceLoader.card(forPath: path)
    #expect(card.id == "tiny-F16.gguf")
    #expect(card.measuredWeights?.totalBytes == Int64(64 * 32 * 2))
    #expect(card.checkpointFormat == .fp16)
    _ = write("gguf/mmproj-tiny-f16.gguf", Data("not read".utf8))  // a vision projector
    let folderCard = try ModelSourceLoader.card(forPath: root.appendingPathComponent("gguf").path)
    #expect(folderCard.measuredWeights?.totalBytes == Int64(64 * 32 * 2))
  }

  @Test func ggufWithoutExtensionIsSniffed() throws {
    let path = write("blobs/sha256-abc", Self.gguf())  // Ollama's blob store names
    #expect(try ModelSourceLoader.card(forPath: path).architecture.layers == 1)
  }

  /// gguf-split parts: the first carries the metadata, every part its own tensors.
  @Test func splitGGUFReadsEveryPart() throws {
    _ = write("split/m-00001-of-00002.gguf", Self.gguf())
    let missing = #expect(throws: ModelSourceError.self) {
      try ModelSourceLoader.card(forPath: root.appendingPathComponent("split").path)
    }
    #expect(missing?.message.contains("m-00002-of-00002.gguf") == true)
    _ = write("split/m-00002-of-00002.gguf", Self.gguf(tensor: "output.weight", metadata: false))
    let card = try ModelSourceLoader.card(forPath: root.appendingPathComponent("split").path)
    #expect(card.id == "m")
    #expect(card.measuredWeights?.totalBytes == Int64(2 * 64 * 32 * 2))
    #expect(card.measuredWeights?.tensorCount == 2 && !card.architecture.tiedEmbeddings)
  }

  @Test func folderWithTwoModelsAsksForOne() {
    _ = write("two/a.gguf", Self.gguf())
    _ = write("two/b.gguf", Self.gguf())
    let error = #expect(throws: ModelSourceError.self) {
      try ModelSourceLoader.card(forPath: root.appendingPathComponent("two").path)
    }
    #expect(error?.message.contains("name one") == true)
  }

  @Test func errorsNameTheFile() {
    let corrupt = write("bad/model.gguf", Data("GGUX and more bytes than sixteen".utf8))
    let error = #expect(throws: ModelSourceError.self) {
      try ModelSourceLoader.card(forPath: corrupt)
    }
    #expect(error?.file == corrupt && error?.message.contains("bad magic") == true)
    let missing = #expect(throws: ModelSourceError.self) {
      try ModelSourceLoader.card(forPath: root.appendingPathComponent("nothing").path)
    }
    #expect(missing?.message == "no such file or folder")
    let empty = root.appendingPathComponent("empty-folder")
    try? FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let neither = #expect(throws: ModelSourceError.self) {
      try ModelSourceLoader.card(forPath: empty.path)
    }
    #expect(neither?.message.contains("neither config.json nor a .gguf") == true)
  }

  @Test(arguments: [
    ("/models/llama", true), ("./llama.gguf", true), ("../up/config.json", true),
    ("~/models/x", true), ("Llama-3.1-8B-Q4_K_M.GGUF", true), ("config.json", true),
    ("llama-3.1-8b", false), ("meta-llama/Llama-3.1-8B-Instruct", false), ("gpt-oss:20b", false),
  ])
  func looksLikePath(text: String, expected: Bool) {
    #expect(ModelSourceLoader.looksLikePath(text) == expected, "\(text)")
  }
}
