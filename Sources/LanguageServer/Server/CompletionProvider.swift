import VRAMLint
import VRAMModel
import YAMLSource

/// Completion of keys at the start of a line and of values after `model:`, `gpu:`,
/// `precision:`, `kv_cache:` and `engine:`, with memory figures in the details.
enum CompletionProvider {
  static func items(
    at position: SourcePosition, in document: OpenDocument, linter: Linter
  ) -> [CompletionItem] {
    let lines = document.result.lines
    let lineStart = lines.lineStarts[min(position.line, lines.lineCount - 1)]
    let before = String(decoding: lines.bytes[lineStart..<position.offset], as: UTF8.self)
    let trimmed = before.drop { $0 == " " }
    guard let colon = trimmed.firstIndex(of: ":") else {
      return DeploymentDecoder.keys.sorted { $0.key < $1.key }.map {
        CompletionItem(label: $0.key, kind: 10, detail: $0.value, insertText: "\($0.key): ")
      }
    }
    switch trimmed[..<colon] {
    case "model":
      return linter.models.entries.map { card in
        let bytes = card.parameters.bytes(in: card.checkpointFormat)
        return CompletionItem(
          label: card.id, kind: 12,
          detail:
            "\(ByteUnits.formatFixed(Double(card.parameters.total) / 1e9, decimals: 1))B parameters, \(ByteUnits.gibString(bytes)) in \(card.checkpointFormat.name)",
          insertText: nil)
      }
    case "gpu":
      return linter.gpus.entries.map { gpu in
        CompletionItem(
          label: gpu.id, kind: 12,
          detail:
            "\(ByteUnits.gibString(gpu.memoryBytes)), \(Int(gpu.bandwidthGBps)) GB/s, \(ByteUnits.formatFixed(gpu.fp16TFLOPS, decimals: 0)) FP16 TFLOPS",
          insertText: nil)
      }
    case "precision":
      return ["bf16", "fp16", "fp8", "int8", "awq", "gptq", "nf4", "mxfp4", "nvfp4", "fp32"]
        .compactMap(WeightFormat.parse).map {
          CompletionItem(
            label: $0.name, kind: 13,
            detail: "\(ByteUnits.formatFixed($0.bitsPerWeight, decimals: 2)) bits per weight",
            insertText: nil)
        }
    case "kv_cache":
      return ["auto", "bf16", "fp16", "fp8", "q8_0", "q4_0"].map {
        CompletionItem(label: $0, kind: 13, detail: "KV cache precision", insertText: nil)
      }
    case "engine":
      return EngineKind.allCases.map {
        CompletionItem(label: $0.rawValue, kind: 13, detail: "inference engine", insertText: nil)
      }
    default:
      return []
    }
  }
}
