import Foundation
import VRAMLint
import VRAMModel
import YAMLSource

/// Lints the bytes as a deployment file and renders every report: positions must lie inside
/// the file and agree with its line index, whatever the bytes.
enum YAMLFuzzing {
  static func run(_ bytes: [UInt8]) throws {
    let result = FuzzCatalogs.linter.lint(path: "fuzz.yaml", bytes: bytes)
    for diagnostic in result.diagnostics {
      try checkRange(diagnostic.range, in: result.lines, bytes.count, diagnostic.ruleID)
      for related in diagnostic.related {
        try checkRange(related.range, in: result.lines, bytes.count, diagnostic.ruleID)
      }
    }
    for (deployment, _) in result.estimates {
      try checkRange(deployment.documentRange, in: result.lines, bytes.count, "document")
      for range in deployment.valueRanges {
        try checkRange(range, in: result.lines, bytes.count, "value")
      }
    }
    _ = TextReporter(color: false).render(result)
    // The SARIF results without the constant rule table (whose serialization is 90 % of a
    // whole render): the positions and messages of this input, serialized.
    let sarif = SARIFReporter(toolVersion: "fuzz").results([result])
    _ = try JSONSerialization.data(withJSONObject: sarif)
  }

  static func checkRange(_ range: SourceRange, in lines: LineIndex, _ count: Int, _ what: String)
    throws
  {
    try check(
      0 <= range.start.offset && range.start.offset <= range.end.offset
        && range.end.offset <= count,
      "\(what): range \(range.start.offset)..<\(range.end.offset) outside a \(count)-byte file")
    for position in [range.start, range.end] {
      let again = lines.position(byteOffset: position.offset)
      try check(
        again.line == position.line && again.column == position.column,
        "\(what): offset \(position.offset) is at \(position.line):\(position.column), the line index says \(again.line):\(again.column)"
      )
    }
  }
}

/// The bundled catalogs and a linter over them, built once per process.
enum FuzzCatalogs {
  static let models: NamedCatalog<ModelCard> = {
    do { return try BundledCatalogs.models() } catch { fatalError("model catalog: \(error)") }
  }()
  static let gpus: NamedCatalog<GPUSpec> = {
    do { return try BundledCatalogs.gpus() } catch { fatalError("GPU catalog: \(error)") }
  }()
  static let linter = Linter(models: models, gpus: gpus)
}
