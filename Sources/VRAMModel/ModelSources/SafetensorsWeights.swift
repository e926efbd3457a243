/// Exact weight bytes of a safetensors checkpoint (one file or the shards of an index),
/// summed from the headers alone.
public enum SafetensorsWeights {
  /// Tensor names of the input embedding and the output head across the common families
  /// (Llama `model.embed_tokens`, GPT-2 `wte`, BLOOM `word_embeddings`, GPT-NeoX `embed_out`,
  /// ChatGLM `output_layer`).
  static let embeddingSuffixes = [
    "embed_tokens.weight", "wte.weight", "word_embeddings.weight", "tok_embeddings.weight",
    "embedding.word_embeddings.weight",
  ]
  static let outputSuffixes = ["lm_head.weight", "embed_out.weight", "output_layer.weight"]

  /// Measured weights of `shards` (file name, header), stored as `checkpointFormat` unless the
  /// tensors say otherwise: an unquantized checkpoint is stored in its dominant float dtype,
  /// whatever `torch_dtype` claims.
  public static func measure(
    _ shards: [(file: String, header: SafetensorsHeader)], checkpointFormat: WeightFormat,
    quantized: Bool
  ) -> MeasuredWeights {
    var total: Int64 = 0
    var elements: Int64 = 0
    var count = 0
    var bytesByDType: [String: Int64] = [:]
    var embedding: Int64?
    var output: Int64?
    for (_, header) in shards {
      for tensor in header.tensors {
        // Saturating: see SafetensorsHeader.tensorBytes.
        total = total.saturatingAdd(tensor.bytes)
        elements = elements.saturatingAdd(tensor.elements)
        count += 1
        bytesByDType[tensor.dtype, default: 0] = bytesByDType[tensor.dtype, default: 0]
          .saturatingAdd(tensor.bytes)
        if embedding == nil, embeddingSuffixes.contains(where: { tensor.name.hasSuffix($0) }) {
          embedding = tensor.bytes
        }
        if output == nil, outputSuffixes.contains(where: { tensor.name.hasSuffix($0) }) {
          output = tensor.bytes
        }
      }
    }
    var format = checkpointFormat
    if !quantized, let dominant = bytesByDType.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })
    {
      switch dominant.key {
      case "F32": format = .fp32
      case "F16": format = .fp16
      case "BF16": format = .bf16
      default: break
      }
    }
    let files =
      shards.count == 1
      ? "\(shards[0].file) header" : "\(shards.count) safetensors shard headers"
    return MeasuredWeights(
      container: .safetensors, totalBytes: total, format: format,
      source: "\(files): \(count) tensors, \(total) bytes", tensorCount: count,
      storedElements: elements, embeddingBytes: embedding, outputBytes: output)
  }
}
