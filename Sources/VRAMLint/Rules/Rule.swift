import VRAMModel
import YAMLSource

/// What a rule is, in one place: `vramlint rules`, SARIF metadata, hover text and
/// Documentation/rules/ all read it, and the examples run as tests.
public struct RuleDescription: Sendable {
  public let id: String
  public let summary: String
  public let rationale: String
  public let severity: Diagnostic.Severity
  /// Documents that must trigger the rule.
  public let triggering: [String]
  /// Documents that must not.
  public let passing: [String]
}

/// Everything a rule may look at for one deployment document.
public struct RuleContext: Sendable {
  public let deployment: Deployment
  public let spec: DeploymentSpec
  public let estimate: Estimate
  public let gpus: [GPUSpec]
  /// The low-headroom margin as a share of capacity (project file `headroom`, default 5 %).
  public var headroomMargin: Double = LowHeadroomRule.margin
  public var memo: EstimateMemo? = nil

  /// The planner's single changes that make this deployment fit, from the memo if any.
  public func remedies() -> [Remedy] {
    memo?.remedies(spec, gpus: gpus) ?? Planner.remedies(spec, gpus: gpus)
  }

  /// "; fits with A, or B, …" (up to four remedies), or nothing when none fits.
  public func fixesSuffix() -> String {
    let remedies = remedies()
    guard !remedies.isEmpty else { return "" }
    return "; fits with " + remedies.prefix(4).map(\.summary).joined(separator: ", or ")
  }
}

public protocol DeploymentRule: Sendable {
  static var description: RuleDescription { get }
  func check(_ context: RuleContext) -> [Diagnostic]
}

extension DeploymentRule {
  func diagnostic(_ message: String, at range: SourceRange, related: [Diagnostic.Related] = [])
    -> Diagnostic
  {
    Diagnostic(
      ruleID: Self.description.id, severity: Self.description.severity, message: message,
      range: range,
      related: related)
  }
}

/// Every rule that looks at an estimate, in reporting order.
public enum RuleRegistry {
  public static let deploymentRules: [any DeploymentRule] = [
    DoesNotFitRule(), KVPoolTooSmallRule(), ConcurrencyBelowBatchRule(), LowHeadroomRule(),
    SeqLenExceedsContextRule(),
    PrecisionUnsupportedOnGPURule(), KVHeadsReplicatedRule(), PooledVRAMRule(),
    DynamicQuantizationRule(), SLOUnreachableRule(),
  ]

  public static let descriptions: [RuleDescription] =
    deploymentRules.map { type(of: $0).description } + InputRules.descriptions
    + RealWorldRules.descriptions

  public static let ids: Set<String> = Set(descriptions.map(\.id))
}
