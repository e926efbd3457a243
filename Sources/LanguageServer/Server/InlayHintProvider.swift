import VRAMLint
import VRAMModel
import YAMLSource

/// GiB at the end of lines: weights after the model, KV cache after seq_len (or batch), and
/// need vs limit per GPU after the GPU.
enum InlayHintProvider {
  static func hints(in document: OpenDocument, _ encoding: PositionEncoding) -> [InlayHint] {
    let lines = document.result.lines
    var hints: [InlayHint] = []
    func hint(after range: SourceRange, _ label: String) {
      let end = lines.byteRange(ofLine: range.end.line).upperBound
      hints.append(
        InlayHint(
          position: lines.lspPosition(lines.position(byteOffset: end), encoding),
          label: label, paddingLeft: true))
    }
    for (deployment, estimate) in document.result.estimates {
      let m = estimate.perGPU
      if let model = deployment.model {
        hint(after: model.range, "weights \(ByteUnits.gibString(m.weights))/GPU")
      }
      if let kvLine = deployment.seqLen ?? deployment.batch {
        hint(after: kvLine.range, "KV \(ByteUnits.gibString(estimate.requestedKVBytes))/GPU")
      }
      if let gpu = deployment.gpu {
        hint(
          after: gpu.range,
          "needs \(ByteUnits.gibString(m.required)) of \(ByteUnits.gibString(m.limit))"
            + (estimate.fits ? "" : " ✗"))
      }
    }
    return hints
  }
}
