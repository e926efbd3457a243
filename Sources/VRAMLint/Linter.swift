import VRAMModel
import YAMLSource

/// One linted file: its lines (for rendering), its findings in source order, and each
/// deployment with its estimate.
public struct LintResult: Sendable {
  public init(
    path: String, lines: LineIndex, diagnostics: [Diagnostic],
    estimates: [(deployment: Deployment, estimate: Estimate)]
  ) {
    self.path = path
    self.lines = lines
    self.diagnostics = diagnostics
    self.estimates = estimates
  }

  public let path: String
  public let lines: LineIndex
  public let diagnostics: [Diagnostic]
  public let estimates: [(deployment: Deployment, estimate: Estimate)]

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// text → positioned YAML → deployments → estimates → diagnostics.
public struct Linter: Sendable {
  public let models: NamedCatalog<ModelCard>
  public let gpus: NamedCatalog<GPUSpec>
  public let config: ProjectConfig
  /// The GPUs from the least memory up (ties: more bandwidth first), the order in which the
  /// planner looks for the smallest card that fits; sorted once here, not per deployment.
  let gpusBySize: [GPUSpec]
  /// Remembers estimates and remedies across calls (the language server's linters).
  public var memo: EstimateMemo?

  /// A linter over the bundled catalogs extended by the project file's own entries.
  public init(
    models: NamedCatalog<ModelCard>, gpus: NamedCatalog<GPUSpec>,
    config: ProjectConfig = ProjectConfig()
  ) {
    var models = models
    var gpus = gpus
    for card in config.models { try? models.add(card, replacing: true) }
    for gpu in config.gpus { try? gpus.add(gpu, replacing: true) }
    self.models = models
    self.gpus = gpus
    self.config = config
    gpusBySize = gpus.entries.sorted(by: GPUSpec.smallerFirst)
  }

  public func lint(path: String, bytes: [UInt8]) -> LintResult {
    let file = YAMLParser.parse(bytes: bytes)
    var diagnostics = file.problems.map(Self.diagnostic(for:))
    let (directives, directiveProblems) = DirectiveParser.parse(
      file.comments, knownRules: RuleRegistry.ids)
    diagnostics += directiveProblems
    let decoder = DeploymentDecoder(models: models, gpus: gpus)
    let documents = file.documents
    let lintOne: @Sendable (Int) -> DocumentResult = { index in
      self.lint(document: index, of: documents, directives, decoder)
    }
    // Documents are independent; a file of many (a generated multi-document stream, or a
    // long file re-linted on each keystroke by the language server) uses every core.
    let results =
      documents.count >= Self.documentsWorthSpreading
      ? ConcurrentMap.map(Array(documents.indices), lintOne)
      : documents.indices.map(lintOne)
    var estimates: [(deployment: Deployment, estimate: Estimate)] = []
    for result in results {
      diagnostics += result.diagnostics
      if let estimate = result.estimate { estimates.append(estimate) }
    }
    diagnostics = Suppression.apply(directives, to: diagnostics)
    // Severities from the project file; `off` drops the rule.
    diagnostics = diagnostics.compactMap { d in
      guard let setting = config.severities[d.ruleID] else { return d }
      guard let severity = setting else { return nil }
      var changed = d
      changed.severity = severity
      return changed
    }
    diagnostics.sort { ($0.range.start.offset, $0.ruleID) < ($1.range.start.offset, $1.ruleID) }
    return LintResult(path: path, lines: file.lines, diagnostics: diagnostics, estimates: estimates)
  }

  /// Files with at least this many documents lint them on every core; below, the cost of
  /// spreading the work exceeds the work.
  static let documentsWorthSpreading = 64

  struct DocumentResult: Sendable {
    var diagnostics: [Diagnostic]
    var estimate: (deployment: Deployment, estimate: Estimate)?
  }

  /// One document: decode it (with its in-file facts and the project defaults), estimate
  /// it, and run the deployment rules.
  private func lint(
    document index: Int, of documents: [YAMLDocument], _ directives: [Directive],
    _ decoder: DeploymentDecoder
  ) -> DocumentResult {
    let document = documents[index]
    guard document.root != nil else { return DocumentResult(diagnostics: []) }
    var (decoded, found) = decoder.decode(document)
    // In-file facts fill what the document leaves out, decoded like the document itself.
    for facts in Self.facts(for: index, in: documents, directives) {
      let (given, problems) = decoder.decode(facts)
      found += problems
      if let given { decoded = decoded?.filling(from: given) }
    }
    // Project defaults fill what neither the file nor its facts give.
    if let defaults = config.defaults { decoded = decoded?.filling(from: defaults) }
    var diagnostics = found
    guard let deployment = decoded else { return DocumentResult(diagnostics: diagnostics) }
    if found.contains(where: { $0.severity == .error }) {
      return DocumentResult(diagnostics: diagnostics)
    }
    guard let spec = deployment.spec else {
      let missing = [
        deployment.model == nil ? "model" : nil, deployment.gpu == nil ? "gpu" : nil,
      ].compactMap { $0 }
      diagnostics.append(
        Diagnostic(
          ruleID: "missing-field", severity: .error,
          message: "no \(missing.joined(separator: " and ")) given: add "
            + missing.map {
              $0 == "gpu" ? "gpu: H100-80GB (or {name, memory})" : "model: <catalog id>"
            }
            .joined(separator: " and "),
          range: SourceRange(start: document.range.start, end: document.range.start)))
      return DocumentResult(diagnostics: diagnostics)
    }
    let estimate: Estimate
    do {
      // Rules read numbers and verdicts; explain and the JSON report re-estimate in full.
      estimate = try memo?.estimate(spec) ?? MemoryModel.estimate(spec, detail: .verdict)
    } catch let invalid as InvalidDeployment {
      let rule =
        ["tensor", "pipeline", "gpus"].contains(invalid.field)
        ? "invalid-parallelism" : "out-of-range"
      diagnostics.append(
        Diagnostic(
          ruleID: rule, severity: .error, message: "\(invalid.field) \(invalid.reason)",
          range: deployment.range(ofField: invalid.field)))
      return DocumentResult(diagnostics: diagnostics)
    } catch {
      return DocumentResult(diagnostics: diagnostics)
    }
    let context = RuleContext(
      deployment: deployment, spec: spec, estimate: estimate, gpus: gpusBySize,
      headroomMargin: config.headroom, memo: memo)
    for rule in RuleRegistry.deploymentRules {
      diagnostics += rule.check(context)
    }
    return DocumentResult(diagnostics: diagnostics, estimate: (deployment, estimate))
  }

  /// Fact directives for `document`: those written inside it, or before it and after the
  /// previous document, as synthetic one-line documents whose values point at the comment.
  static func facts(for index: Int, in documents: [YAMLDocument], _ directives: [Directive])
    -> [YAMLDocument]
  {
    let document = documents[index]
    let after = index > 0 ? documents[index - 1].range.end.offset : -1
    return directives.compactMap { directive -> YAMLDocument? in
      guard case .facts(let pairs) = directive.kind else { return nil }
      let offset = directive.range.start.offset
      guard offset > after, offset < document.range.end.offset else { return nil }
      let r = directive.range
      func scalar(_ text: String) -> YAMLNode {
        YAMLNode(content: .scalar(YAMLScalar(value: text, style: .plain)), range: r)
      }
      let mapping = pairs.map { pair -> YAMLPair in
        if pair.key == "tensor" || pair.key == "pipeline" {
          return YAMLPair(
            key: scalar("parallel"),
            value: YAMLNode(
              content: .mapping([YAMLPair(key: scalar(pair.key), value: scalar(pair.value))]),
              range: r))
        }
        return YAMLPair(key: scalar(pair.key), value: scalar(pair.value))
      }
      return YAMLDocument(root: YAMLNode(content: .mapping(mapping), range: r), range: r)
    }
  }

  static func diagnostic(for problem: YAMLProblem) -> Diagnostic {
    switch problem.kind {
    case .duplicateKey:
      return Diagnostic(
        ruleID: "duplicate-key", severity: .warning, message: problem.message, range: problem.range,
        related: problem.related.map {
          [Diagnostic.Related(range: $0, message: "first defined here")]
        } ?? [])
    case .syntax, .encoding, .limit:
      return Diagnostic(
        ruleID: "yaml-syntax", severity: .error, message: problem.message, range: problem.range)
    }
  }
}
