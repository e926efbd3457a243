import VRAMLint
import YAMLSource

/// Linter findings as LSP diagnostics in the negotiated encoding.
enum DiagnosticConverter {
  static func convert(_ result: LintResult, uri: String, _ encoding: PositionEncoding)
    -> [LSPDiagnostic]
  {
    result.diagnostics.map { finding in
      LSPDiagnostic(
        range: result.lines.lspRange(finding.range, encoding),
        severity: severity(finding.severity), code: finding.ruleID,
        codeDescription: .init(href: RuleDocumentation.url(forRule: finding.ruleID)),
        source: "vramlint",
        message: finding.message,
        relatedInformation: finding.related.isEmpty
          ? nil
          : finding.related.map {
            .init(
              location: Location(uri: uri, range: result.lines.lspRange($0.range, encoding)),
              message: $0.message)
          },
        data: .object([
          "rule": .string(finding.ruleID), "offset": .int(finding.range.start.offset),
        ]))
    }
  }

  static func severity(_ severity: Diagnostic.Severity) -> Int {
    switch severity {
    case .error: return 1
    case .warning: return 2
    case .info: return 3
    }
  }
}
