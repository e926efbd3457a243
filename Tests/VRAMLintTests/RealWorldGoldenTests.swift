import Foundation
import Testing
import YAMLSource

@testable import VRAMLint

/// Golden files for the real-world formats: each `Tests/Fixtures/realworld/<format>/x.yaml`
/// has an `x.out` beside it with
///   1. what `vramlint check` prints for it,
///   2. every diagnostic with the exact characters its range covers (inside shell strings
///      and YAML-in-YAML too), so a range that drifts by one character shows in review,
///   3. every deployment found: which server, model, GPU and layout were read.
/// Re-record with VRAMLINT_RECORD=1 and read the diff like a bug report.
@Suite struct RealWorldGoldenTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/realworld")

  static let cases: [String] = {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") }.sorted()
  }()

  static func render(_ name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    let bytes = Array(try Data(contentsOf: url))
    let full = linter.lint(path: url.path, bytes: bytes)
    // The report names the file by its path under realworld/, the same on every machine.
    let result = LintResult(
      path: name, lines: full.lines, diagnostics: full.diagnostics, estimates: full.estimates)
    var out = TextReporter(color: false).render(result)
    out += "--- ranges\n"
    for d in result.diagnostics {
      let start = result.lines.humanLineColumn(of: d.range.start)
      let end = result.lines.humanLineColumn(of: d.range.end)
      out += "\(d.ruleID) \(start.line):\(start.column)-\(end.line):\(end.column) "
      out += "\(covered(d.range, result.lines).debugDescription)\n"
      for related in d.related {
        out += "  related \(covered(related.range, result.lines).debugDescription)\n"
      }
    }
    out += "--- deployments\n"
    for (d, e) in result.estimates {
      let line = result.lines.humanLineColumn(of: d.documentRange.start).line
      out += "\(line) \(d.label ?? "native"): \(e.modelID) on \(e.gpuID), \(e.engine.rawValue)"
      out += ", \(e.weightFormat.name), seq \(e.seqLen), batch \(e.batch)"
      out += ", tp \(e.tensorParallel) pp \(e.pipelineParallel), gpus \(e.gpuCount)"
      out += d.replicas.map { ", replicas \($0.value)" } ?? ""
      out += e.fits ? ", fits\n" : ", does not fit\n"
    }
    return out
  }

  static func covered(_ range: SourceRange, _ lines: LineIndex) -> String {
    let lower = min(range.start.offset, lines.bytes.count)
    let upper = min(max(range.end.offset, lower), lines.bytes.count)
    let text = String(decoding: lines.bytes[lower..<upper], as: UTF8.self)
    return text.count > 60 ? String(text.prefix(57)) + "…" : text
  }

  @Test(arguments: cases)
  func matchesGolden(name: String) throws {
    try expectGolden(try Self.render(name), Self.folder.appendingPathComponent(name))
  }

  @Test func everyFormatHasFixtures() {
    let formats = Set(Self.cases.compactMap { $0.split(separator: "/").first.map(String.init) })
    for format in [
      "vllm-config", "sglang-config", "kubernetes", "compose", "kserve", "helm", "skypilot", "ray",
      "mixed",
    ] {
      #expect(formats.contains(format), "no fixture for \(format)")
    }
  }
}
