import VRAMLint
import VRAMModel
import YAMLSource

/// The JSON contract of `vramlint check --format json` (Documentation/json-report.md).
struct CheckReport: Encodable {
  struct Position: Encodable {
    let line: Int
    let column: Int
  }

  struct Range: Encodable {
    let start: Position
    let end: Position
  }

  struct Related: Encodable {
    let range: Range
    let message: String
  }

  struct Finding: Encodable {
    let rule: String
    let severity: String
    let message: String
    let range: Range
    let related: [Related]
  }

  struct DeploymentEntry: Encodable {
    let line: Int
    /// Which server of a real-world file ("Deployment llama, container vllm"); absent for
    /// a native document.
    let source: String?
    let replicas: Int?
    let estimate: EstimateReport
  }

  struct File: Encodable {
    let path: String
    let diagnostics: [Finding]
    let deployments: [DeploymentEntry]
  }

  struct Summary: Encodable {
    let files: Int
    let errors: Int
    let warnings: Int
    let infos: Int
  }

  let schemaVersion = 1
  let files: [File]
  let summary: Summary

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case files, summary
  }

  init(_ results: [LintResult], gpus: [GPUSpec]) {
    func range(_ lines: LineIndex, _ r: SourceRange) -> Range {
      let (sl, sc) = lines.humanLineColumn(of: r.start)
      let (el, ec) = lines.humanLineColumn(of: r.end)
      return Range(start: Position(line: sl, column: sc), end: Position(line: el, column: ec))
    }
    files = results.map { result in
      File(
        path: result.path,
        diagnostics: result.diagnostics.map { d in
          Finding(
            rule: d.ruleID, severity: d.severity.rawValue, message: d.message,
            range: range(result.lines, d.range),
            related: d.related.map {
              Related(range: range(result.lines, $0.range), message: $0.message)
            })
        },
        deployments: result.estimates.compactMap { pair in
          guard let spec = pair.deployment.spec else { return nil }
          return DeploymentEntry(
            line: pair.deployment.documentRange.start.line + 1, source: pair.deployment.label,
            replicas: pair.deployment.replicas?.value,
            estimate: EstimateReport(
              (try? pair.deployment.explainedEstimate()) ?? pair.estimate,
              answers: Answers(spec, gpus: gpus)
            ))
        })
    }
    let all = results.flatMap(\.diagnostics)
    summary = Summary(
      files: results.count, errors: all.filter { $0.severity == .error }.count,
      warnings: all.filter { $0.severity == .warning }.count,
      infos: all.filter { $0.severity == .info }.count)
  }
}
