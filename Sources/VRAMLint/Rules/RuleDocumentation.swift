/// The page `Documentation/rules/<id>.md` for a rule, generated from its description so the
/// docs, `vramlint rules`, SARIF and hover never disagree.
public enum RuleDocumentation {
  /// Where the generated pages (Documentation/rules/<id>.md) are published; SARIF's
  /// `helpUri` and LSP's `codeDescription.href` both point there.
  public static let pagesBase =
    "https://github.com/vramlint/vramlint/blob/main/Documentation/rules/"

  public static func url(forRule id: String) -> String { pagesBase + id + ".md" }

  public static func page(_ rule: RuleDescription) -> String {
    var page = "# \(rule.id)\n\n"
    page += "**\(rule.summary)** · default severity: \(rule.severity.rawValue)\n\n"
    page += rule.rationale + "\n\n"
    if !rule.triggering.isEmpty {
      page +=
        "## Flagged\n\n" + rule.triggering.map { "```yaml\n\($0)```\n" }.joined(separator: "\n")
        + "\n"
    }
    if !rule.passing.isEmpty {
      page +=
        "## Not flagged\n\n" + rule.passing.map { "```yaml\n\($0)```\n" }.joined(separator: "\n")
        + "\n"
    }
    page +=
      "_Generated from the rule's description by `vramlint rules --write-docs`; edit the rule, not this page._\n"
    return page
  }

  public static func index(_ rules: [RuleDescription]) -> String {
    "# Rules\n\n| rule | severity | summary |\n|---|---|---|\n"
      + rules.map { "| [\($0.id)](\($0.id).md) | \($0.severity.rawValue) | \($0.summary) |" }
      .joined(separator: "\n")
      + "\n"
  }
}
