/// Weight bytes read from a checkpoint's own headers (safetensors dtypes and shapes, GGUF
/// tensor infos): exact, where the architecture count × bits per weight is an estimate
/// (MEMORY-MODEL.md §1: "Exact when the file says so").
public struct MeasuredWeights: Sendable, Hashable {
  /// The file format the bytes were read from.
  public enum Container: String, Sendable, Hashable {
    case safetensors
    case gguf
  }

  public var container: Container
  /// Sum over the stored tensors of elements × bytes per element of each tensor's type.
  public var totalBytes: Int64
  /// The format the tensors are stored in (the card's checkpoint format).
  public var format: WeightFormat
  /// Where the figure comes from: "model.safetensors headers: 291 tensors".
  public var source: String
  public var tensorCount: Int
  /// Elements as stored (packed quantized tensors count their packed words, not weights).
  public var storedElements: Int64
  /// The input token embedding as stored, when the file names it (llama.cpp keeps it in host
  /// memory: GGUF `token_embd.weight`).
  public var embeddingBytes: Int64?
  /// The separate output head as stored; nil when tied or not named.
  public var outputBytes: Int64?

  public init(
    container: Container, totalBytes: Int64, format: WeightFormat, source: String, tensorCount: Int,
    storedElements: Int64, embeddingBytes: Int64? = nil, outputBytes: Int64? = nil
  ) {
    self.container = container
    self.totalBytes = totalBytes
    self.format = format
    self.source = source
    self.tensorCount = tensorCount
    self.storedElements = storedElements
    self.embeddingBytes = embeddingBytes
    self.outputBytes = outputBytes
  }
}
