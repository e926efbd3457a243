import Synchronization
import VRAMModel

/// Estimates and remedies remembered by deployment: both are pure functions of the
/// `DeploymentSpec` (and of the linter's GPU catalog, which a memo never outlives). The
/// language server re-lints a whole file on every keystroke, and in a file of many
/// deployments all but the edited one come back unchanged; it keeps one memo per project.
/// `vramlint check` does not use one: each file is linted once.
public final class EstimateMemo: Sendable {
  private struct Entries {
    var estimates: [DeploymentSpec: Result<Estimate, InvalidDeployment>] = [:]
    var remedies: [DeploymentSpec: [Remedy]] = [:]
  }

  private let entries = Mutex(Entries())
  /// Past this many deployments the memo starts again, so a long session stays bounded.
  let capacity: Int

  public init(capacity: Int = 20_000) {
    self.capacity = capacity
  }

  /// `MemoryModel.estimate(spec, detail: .verdict)`, computed once per spec.
  func estimate(_ spec: DeploymentSpec) throws -> Estimate {
    if let known = entries.withLock({ $0.estimates[spec] }) { return try known.get() }
    let result: Result<Estimate, InvalidDeployment>
    do {
      result = .success(try MemoryModel.estimate(spec, detail: .verdict))
    } catch let invalid as InvalidDeployment {
      result = .failure(invalid)
    }
    entries.withLock {
      if $0.estimates.count >= capacity { $0.estimates.removeAll(keepingCapacity: true) }
      $0.estimates[spec] = result
    }
    return try result.get()
  }

  /// `Planner.remedies(spec, gpus:)`, computed once per spec.
  func remedies(_ spec: DeploymentSpec, gpus: [GPUSpec]) -> [Remedy] {
    if let known = entries.withLock({ $0.remedies[spec] }) { return known }
    let remedies = Planner.remedies(spec, gpus: gpus)
    entries.withLock {
      if $0.remedies.count >= capacity { $0.remedies.removeAll(keepingCapacity: true) }
      $0.remedies[spec] = remedies
    }
    return remedies
  }
}
