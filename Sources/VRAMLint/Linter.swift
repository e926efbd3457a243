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
  /// The format every document is read as; nil recognises each document's own.
  public var inputFormat: InputFormat?

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

  /// A file over the YAML size limit that was not read: its one finding says so.
  public func lintUnread(path: String, byteCount: Int?) -> LintResult {
    let file = YAMLParser.unread(byteCount: byteCount)
    return LintResult(
      path: path, lines: file.lines, diagnostics: file.problems.map(Self.diagnostic(for:)),
      estimates: [])
  }

  public func lint(path: String, bytes: [UInt8]) -> LintResult {
    let file = YAMLParser.parse(bytes: bytes)
    var diagnostics = file.problems.map(Self.diagnostic(for:))
    let (directives, directiveProblems) = DirectiveParser.parse(
      file.comments, knownRules: RuleRegistry.ids)
    diagnostics += directiveProblems
    let decoder = DeploymentDecoder(
      models: models, gpus: gpus, baseDirectory: Self.directory(of: path))
    let reader = FormatReader(context: ReadContext(lines: file.lines, gpus: gpus))
    let documents = file.documents
    let lintOne: @Sendable (Int) -> DocumentResult = { index in
      self.lint(document: index, of: documents, directives, decoder, reader)
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
      estimates += result.estimates
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
    var estimates: [(deployment: Deployment, estimate: Estimate)] = []
  }

  /// One document: recognise its format, decode each deployment it describes (with its
  /// in-file facts and the project defaults), estimate it, and run the deployment rules.
  private func lint(
    document index: Int, of documents: [YAMLDocument], _ directives: [Directive],
    _ decoder: DeploymentDecoder, _ reader: FormatReader
  ) -> DocumentResult {
    let document = documents[index]
    guard let root = document.root else { return DocumentResult(diagnostics: []) }
    let facts = Self.facts(for: index, in: documents, directives)
    switch reader.read(root, forced: inputFormat) {
    case .nothing:
      return DocumentResult(diagnostics: [])
    case .native:
      let (decoded, found) = decoder.decode(document)
      guard let decoded else { return DocumentResult(diagnostics: found) }
      return evaluate(decoded, found, facts: facts, decoder, realWorld: false)
    case .launches(let launches, let found):
      var result = DocumentResult(diagnostics: found)
      let launchDecoder = LaunchDecoder(decoder: decoder)
      for launch in launches {
        let (decoded, problems) = launchDecoder.decode(launch)
        let one = evaluate(decoded, problems, facts: facts, decoder, realWorld: true)
        result.diagnostics += one.diagnostics
        result.estimates += one.estimates
      }
      // Candidates of one server (a SkyPilot set, node-affinity values) share their
      // settings: a finding about a setting is said once, not once per candidate.
      result.diagnostics = Self.unique(result.diagnostics)
      return result
    }
  }

  /// A decoded deployment → facts and defaults filled in → estimate → rules.
  private func evaluate(
    _ decoded: Deployment, _ found: [Diagnostic], facts: [YAMLDocument],
    _ decoder: DeploymentDecoder, realWorld: Bool
  ) -> DocumentResult {
    var deployment = decoded
    var diagnostics = found
    // In-file facts fill what the document leaves out, decoded like the document itself.
    for fact in facts {
      let (given, problems) = decoder.decode(fact)
      diagnostics += problems
      if let given { deployment = deployment.filling(from: given) }
    }
    // Project defaults fill what neither the file nor its facts give.
    if let defaults = config.defaults { deployment = deployment.filling(from: defaults) }
    if diagnostics.contains(where: { $0.severity == .error }) {
      return DocumentResult(diagnostics: diagnostics)
    }
    guard let spec = deployment.spec else {
      diagnostics +=
        realWorld
        ? Self.unknowable(deployment, already: diagnostics)
        : [Self.missingFields(deployment)]
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
      // Several candidates share the same characters: each finding names its candidate.
      diagnostics += rule.check(context).map { d in
        guard let candidate = deployment.candidate else { return d }
        return Diagnostic(
          ruleID: d.ruleID, severity: d.severity, message: "on \(candidate): " + d.message,
          range: d.range, related: d.related)
      }
    }
    return DocumentResult(diagnostics: diagnostics, estimates: [(deployment, estimate)])
  }

  /// A native document without its model or GPU: an error, since the file is vramlint's own.
  static func missingFields(_ deployment: Deployment) -> Diagnostic {
    let missing = [
      deployment.model == nil ? "model" : nil, deployment.gpu == nil ? "gpu" : nil,
    ].compactMap { $0 }
    let start = deployment.documentRange.start
    return Diagnostic(
      ruleID: "missing-field", severity: .error,
      message: "no \(missing.joined(separator: " and ")) given: add "
        + missing.map {
          $0 == "gpu" ? "gpu: H100-80GB (or {name, memory})" : "model: <catalog id>"
        }
        .joined(separator: " and "),
      range: SourceRange(start: start, end: start))
  }

  /// A real-world file that does not say which GPU (or model) it runs on: one info that
  /// says how to give it, and no guess presented as fact (FORMATS.md §2, trap 6). Nothing
  /// when an earlier finding already explains the gap (an unknown model, a `$VAR`).
  static func unknowable(_ deployment: Deployment, already found: [Diagnostic]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let explained = Set(found.map(\.ruleID))
    let who = deployment.label.map { " for \($0)" } ?? ""
    if deployment.gpu == nil, !explained.contains("unknown-gpu") {
      diagnostics.append(
        Diagnostic(
          ruleID: "gpu-unknown", severity: .info,
          message:
            "no GPU type\(who): the file does not say which card it runs on; give it with '# vramlint: gpu=H100-80GB' above the document or defaults.gpu in .vramlint.yaml",
          range: deployment.documentRange))
    }
    if deployment.model == nil, explained.isDisjoint(with: ["unknown-model", "value-unknown"]) {
      diagnostics.append(
        Diagnostic(
          ruleID: "model-unknown", severity: .info,
          message:
            "no model\(who): the server's model is not in the file; give it with '# vramlint: model=<catalog id>'",
          range: deployment.documentRange))
    }
    return diagnostics
  }

  /// Diagnostics without repeats (same rule, range and message), in their first order.
  static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen = Set<String>()
    return diagnostics.filter { d in
      seen.insert("\(d.ruleID)|\(d.range.start.offset)|\(d.range.end.offset)|\(d.message)").inserted
    }
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

  /// The folder a linted file is in: model paths in it are relative to that folder.
  static func directory(of path: String) -> String? {
    guard path != "-", let slash = path.lastIndex(of: "/") else { return path == "-" ? nil : "." }
    return String(path[..<slash])
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
