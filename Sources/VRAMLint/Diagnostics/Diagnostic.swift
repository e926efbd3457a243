import YAMLSource

/// A finding about a file: a value, never a thrown error (ARCHITECTURE.md). Messages start
/// lower-case, end without a period, give values with units and the fix when it is known.
public struct Diagnostic: Sendable {
  public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, info

    var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank > rhs.rank }
  }

  /// A second place that explains the finding (the GPU line that caps memory).
  public struct Related: Sendable {
    public let range: SourceRange
    public let message: String
  }

  public let ruleID: String
  public var severity: Severity
  public let message: String
  public let range: SourceRange
  public var related: [Related]

  public init(
    ruleID: String, severity: Severity, message: String, range: SourceRange, related: [Related] = []
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = Self.shortened(message)
    self.range = range
    self.related = related.map { Related(range: $0.range, message: Self.shortened($0.message)) }
  }

  /// Messages quote the values they are about; a value of megabytes would be quoted whole in
  /// every report format and every editor hover. Past `maxMessageLength` characters the
  /// middle gives way to "…", keeping the start (what is wrong) and the end (the fix).
  public static let maxMessageLength = 300

  static func shortened(_ message: String) -> String {
    let scalars = message.unicodeScalars
    guard scalars.count > maxMessageLength else { return message }
    let head = scalars.prefix(maxMessageLength * 2 / 3)
    let tail = scalars.suffix(maxMessageLength / 3 - 1)
    return String(String.UnicodeScalarView(head)) + "…" + String(String.UnicodeScalarView(tail))
  }
}
