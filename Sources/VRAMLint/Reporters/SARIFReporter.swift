import Foundation
import YAMLSource

/// SARIF 2.1.0 (OASIS): one run with the rule metadata and one result per finding.
/// Columns are Unicode code points, 1-based, and the run says so (`columnKind`).
public struct SARIFReporter: Sendable {
  public let toolVersion: String

  public init(toolVersion: String) { self.toolVersion = toolVersion }

  /// The `results` array of the run: one object per finding, with its rule's index in the
  /// run's rule table. Apart from `render` so the fuzzers can check it on every input
  /// without serializing the rule table each time (90 % of a render of one small file).
  public func results(_ results: [LintResult]) -> [[String: Any]] {
    let rules = RuleRegistry.descriptions
    let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    func region(_ lines: LineIndex, _ range: SourceRange) -> [String: Any] {
      let (startLine, startColumn) = lines.humanLineColumn(of: range.start)
      let (endLine, endColumn) = lines.humanLineColumn(of: range.end)
      return [
        "startLine": startLine, "startColumn": startColumn, "endLine": endLine,
        "endColumn": endColumn,
      ]
    }
    func location(_ path: String, _ lines: LineIndex, _ range: SourceRange, message: String? = nil)
      -> [String: Any]
    {
      var l: [String: Any] = [
        "physicalLocation": [
          "artifactLocation": ["uri": uri(path)],
          "region": region(lines, range),
        ]
      ]
      if let message { l["message"] = ["text": message] }
      return l
    }
    var sarifResults: [[String: Any]] = []
    for result in results {
      for d in result.diagnostics {
        var entry: [String: Any] = [
          "ruleId": d.ruleID,
          "level": level(d.severity),
          "message": ["text": d.message],
          "locations": [location(result.path, result.lines, d.range)],
        ]
        if let i = index[d.ruleID] { entry["ruleIndex"] = i }
        if !d.related.isEmpty {
          entry["relatedLocations"] = d.related.enumerated().map { i, r in
            var l = location(result.path, result.lines, r.range, message: r.message)
            l["id"] = i
            return l
          }
        }
        sarifResults.append(entry)
      }
    }
    return sarifResults
  }

  public func render(_ results: [LintResult]) throws -> Data {
    let rules = RuleRegistry.descriptions
    let sarifResults = self.results(results)
    let log: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [
        [
          "tool": [
            "driver": [
              "name": "vramlint",
              "version": toolVersion,
              "informationUri": "https://github.com/vramlint/vramlint",
              "rules": rules.map { rule -> [String: Any] in
                [
                  "id": rule.id,
                  "name": rule.id.split(separator: "-").map {
                    $0.prefix(1).uppercased() + $0.dropFirst()
                  }.joined(),
                  "shortDescription": ["text": rule.summary],
                  "fullDescription": ["text": rule.rationale],
                  "helpUri": RuleDocumentation.url(forRule: rule.id),
                  "help": ["text": rule.rationale],
                  "defaultConfiguration": ["level": level(rule.severity)],
                ]
              },
            ]
          ],
          "columnKind": "unicodeCodePoints",
          "results": sarifResults,
        ]
      ],
    ]
    return try JSONSerialization.data(
      withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
  }

  func level(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// Relative paths stay relative (GitHub resolves them against the checkout); spaces and
  /// the like are percent-encoded as a URI reference needs.
  func uri(_ path: String) -> String {
    path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
  }
}
