import VRAMLint
import VRAMModel
import YAMLSource

/// The server's state and its answer to each message: one actor, so documents, settings and
/// the lifecycle change in one place, one message at a time, in arrival order. It does no
/// I/O: `receive` takes a message body and returns the messages to write (and, after
/// `exit`, the process's exit status), so tests drive it without pipes.
public actor LanguageServer {
  public struct Reply: Sendable {
    public var messages: [JSONValue] = []
    /// Set by `exit`: 0 after `shutdown`, 1 without (LSP 3.17).
    public var exitCode: Int32?
  }

  enum Lifecycle { case waiting, running, shuttingDown }

  private var lifecycle = Lifecycle.waiting
  private var encoding = PositionEncoding.utf16
  /// Whether the client watches files for servers that register a glob (VS Code, eglot);
  /// others (Neovim 0.7) send `didChangeWatchedFiles` from their own set-up, or never.
  private var clientWatchesFiles = false
  private var documents: [String: OpenDocument] = [:]
  /// Documents whose text changed while more messages waited in line: linted once, when
  /// the line is empty or a request needs them, so a burst of keystrokes costs one lint.
  private var unlinted: Set<String> = []
  /// Open documents whose text the server could not follow (an edit too costly or a text
  /// too large), with why: out of `documents` until their text comes whole again.
  private var lostDocuments: [String: String] = [:]
  /// Bytes one didChange may move (`OpenDocument.maxChangeWork`); tests set it lower.
  private(set) var changeWorkBudget = OpenDocument.maxChangeWork
  func setChangeWorkBudget(_ bytes: Int) { changeWorkBudget = bytes }
  private var projects: ProjectFiles
  private let version: String

  public init(models: NamedCatalog<ModelCard>, gpus: NamedCatalog<GPUSpec>, version: String) {
    projects = ProjectFiles(models: models, gpus: gpus, memoizing: true)
    self.version = version
  }

  /// `moreQueued`: whether other messages already wait behind this one (the session knows);
  /// edits are then applied without linting until the line is empty.
  public func receive(_ body: [UInt8], moreQueued: Bool = false) -> Reply {
    var reply = answer(body, moreQueued: moreQueued)
    if !moreQueued, !unlinted.isEmpty, reply.exitCode == nil {
      reply.messages += lintChanged().messages
    }
    return reply
  }

  private func answer(_ body: [UInt8], moreQueued: Bool) -> Reply {
    switch IncomingMessage(body: body) {
    case .invalid(let id, let code, let message):
      return Reply(messages: [OutgoingMessage.error(id: id, code: code, message: message)])
    case .response:
      return Reply()
    case .notification(let method, let params):
      return notification(method, params, moreQueued: moreQueued)
    case .request(let id, let method, let params):
      // A request reads the latest text: deferred edits are linted (and published) first.
      let published = unlinted.isEmpty ? [] : lintChanged().messages
      let answer: JSONValue
      do {
        answer = OutgoingMessage.response(id: id, result: try request(method, params))
      } catch let failure as RequestFailure {
        answer = OutgoingMessage.error(id: id, code: failure.code, message: failure.message)
      } catch {
        answer = OutgoingMessage.error(
          id: id, code: .invalidParams,
          message: "the params of \(method) could not be read: \(error)")
      }
      return Reply(messages: published + [answer])
    }
  }

  /// A cancelled request that was still queued gets this answer instead of its result.
  public static func cancelled(_ id: JSONValue) -> JSONValue {
    OutgoingMessage.error(id: id, code: .requestCancelled, message: "cancelled by the client")
  }

  struct RequestFailure: Error {
    let code: ErrorCode
    let message: String
  }

  // MARK: requests

  private func request(_ method: String, _ params: JSONValue) throws -> JSONValue {
    if method == "initialize" {
      guard lifecycle == .waiting else {
        throw RequestFailure(code: .invalidRequest, message: "initialize was already received")
      }
      return try initialize(params)
    }
    switch lifecycle {
    case .waiting:
      throw RequestFailure(
        code: .serverNotInitialized, message: "\(method) before initialize")
    case .shuttingDown:
      throw RequestFailure(code: .invalidRequest, message: "\(method) after shutdown")
    case .running:
      break
    }
    switch method {
    case "shutdown":
      lifecycle = .shuttingDown
      return .null
    case "textDocument/diagnostic":
      let p = try params.decode(DocumentDiagnosticParams.self)
      if let reason = lostDocuments[p.textDocument.uri] {
        throw RequestFailure(
          code: .requestFailed,
          message: "vramlint lost track of this document's text (\(reason)); reopen it")
      }
      let items =
        documents[p.textDocument.uri].map {
          DiagnosticConverter.convert($0.result, uri: $0.uri, encoding)
        } ?? []
      return try JSONValue.encoding(FullDocumentDiagnosticReport(items: items))
    case "textDocument/hover":
      let p = try params.decode(TextDocumentPositionParams.self)
      guard let document = documents[p.textDocument.uri] else { return .null }
      let at = document.result.lines.sourcePosition(p.position, encoding)
      guard let text = HoverProvider.hover(at: at, in: document) else { return .null }
      return try JSONValue.encoding(Hover(contents: .markdown(text), range: nil))
    case "textDocument/codeAction":
      let p = try params.decode(CodeActionParams.self)
      guard let document = documents[p.textDocument.uri] else { return .array([]) }
      // The client's copies of our diagnostics, or ours on the range when it sent none.
      var diagnostics = p.context.diagnostics
      if diagnostics.isEmpty {
        diagnostics = DiagnosticConverter.convert(document.result, uri: document.uri, encoding)
          .filter {
            $0.range.start.line <= p.range.end.line && p.range.start.line <= $0.range.end.line
          }
      }
      let linter = projects.project(forFileAt: document.path).linter
      var actions = CodeActionProvider.actions(
        for: diagnostics, in: document, encoding, gpus: linter.gpus.entries)
      if let only = p.context.only {
        actions = actions.filter { action in only.contains { action.kind.hasPrefix($0) } }
      }
      return try JSONValue.encoding(actions)
    case "textDocument/completion":
      let p = try params.decode(TextDocumentPositionParams.self)
      guard let document = documents[p.textDocument.uri] else { return .null }
      let at = document.result.lines.sourcePosition(p.position, encoding)
      let items = CompletionProvider.items(
        at: at, in: document, linter: projects.project(forFileAt: document.path).linter)
      return try JSONValue.encoding(CompletionList(isIncomplete: false, items: items))
    case "textDocument/inlayHint":
      let p = try params.decode(InlayHintParams.self)
      guard let document = documents[p.textDocument.uri] else { return .array([]) }
      return try JSONValue.encoding(
        InlayHintProvider.hints(in: document, encoding).filter {
          $0.position.line >= p.range.start.line && $0.position.line <= p.range.end.line
        })
    default:
      throw RequestFailure(code: .methodNotFound, message: "\(method) is not served by vramlint")
    }
  }

  private func initialize(_ params: JSONValue) throws -> JSONValue {
    let offered = params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?
      .compactMap(\.stringValue)
    encoding = PositionEncoding.negotiate(offered: offered)
    clientWatchesFiles =
      params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]
      == .bool(true)
    lifecycle = .running
    let capabilities: JSONValue = .object([
      "positionEncoding": .string(encoding.rawValue),
      "textDocumentSync": .object(["openClose": .bool(true), "change": .int(2)]),
      "hoverProvider": .bool(true),
      "codeActionProvider": .object([
        "codeActionKinds": .array([.string("quickfix"), .string("source.fixAll.vramlint")])
      ]),
      "completionProvider": .object(["triggerCharacters": .array([.string(":"), .string(" ")])]),
      "inlayHintProvider": .bool(true),
      "diagnosticProvider": .object([
        "interFileDependencies": .bool(false), "workspaceDiagnostics": .bool(false),
      ]),
    ])
    return .object([
      "capabilities": capabilities,
      "serverInfo": .object(["name": .string("vramlint"), "version": .string(version)]),
    ])
  }

  // MARK: notifications

  private func notification(_ method: String, _ params: JSONValue, moreQueued: Bool) -> Reply {
    if method == "exit" {
      return Reply(exitCode: lifecycle == .shuttingDown ? 0 : 1)
    }
    guard lifecycle == .running else { return Reply() }
    do {
      switch method {
      case "initialized":
        return Reply(messages: clientWatchesFiles ? [Self.watchProjectFiles] : [])
      case "textDocument/didOpen":
        let p = try params.decode(DidOpenTextDocumentParams.self)
        let item = p.textDocument
        unlinted.remove(item.uri)
        lostDocuments[item.uri] = nil
        return publish(
          open(uri: item.uri, version: item.version, bytes: Array(item.text.utf8)))
      case "textDocument/didChange":
        let p = try DidChangeTextDocumentParams(json: params)
        let uri = p.textDocument.uri
        var document: OpenDocument
        if let open = documents[uri] {
          document = open
          // Versions only grow; an older change arriving late is not applied over a newer one.
          if let version = p.textDocument.version, version < document.version {
            return Reply(messages: [
              log(
                "didChange of \(document.uri) at version \(version), older than its version \(document.version): not applied (LSP versions only grow); reopen the file if the editor shows otherwise"
              )
            ])
          }
          if let failure = document.apply(p.contentChanges, encoding, budget: changeWorkBudget) {
            return lose(uri, failure)
          }
        } else if lostDocuments[uri] != nil {
          // Its text is unknown: only a change that carries it whole brings it back.
          let path = OpenDocument.path(fromURI: uri)
          document = OpenDocument(
            uri: uri, path: path, version: 0, bytes: [], result: lint(path: path, bytes: []))
          if document.apply(p.contentChanges, encoding, lost: true, budget: changeWorkBudget) != nil
          {
            return Reply()
          }
          lostDocuments[uri] = nil
        } else {
          return Reply()
        }
        // A change without a version counts one up, saturating: a client at Int.max must not
        // crash us.
        document.version =
          p.textDocument.version ?? (document.version == .max ? .max : document.version + 1)
        if moreQueued {
          documents[document.uri] = document
          unlinted.insert(document.uri)
          return Reply()
        }
        unlinted.remove(document.uri)
        return publish(open(uri: document.uri, version: document.version, bytes: document.bytes))
      case "textDocument/didClose":
        let p = try params.decode(DidCloseTextDocumentParams.self)
        documents[p.textDocument.uri] = nil
        lostDocuments[p.textDocument.uri] = nil
        unlinted.remove(p.textDocument.uri)
        return Reply(messages: [
          OutgoingMessage.notification(
            method: "textDocument/publishDiagnostics",
            params: .object(["uri": .string(p.textDocument.uri), "diagnostics": .array([])]))
        ])
      case "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration":
        projects.invalidate()
        var reply = Reply()
        for document in documents.values.sorted(by: { $0.uri < $1.uri }) {
          reply.messages +=
            publish(
              open(uri: document.uri, version: document.version, bytes: document.bytes)
            ).messages
        }
        unlinted = []
        return reply
      default:
        return Reply()  // $/setTrace, $/cancelRequest (handled by the session)
      }
    } catch {
      return Reply(messages: [log("\(method): its params could not be read: \(error)")])
    }
  }

  /// Lints `bytes` as the document's new text and keeps it.
  private func open(uri: String, version: Int, bytes: [UInt8]) -> OpenDocument {
    let path = OpenDocument.path(fromURI: uri)
    let result = lint(path: path, bytes: bytes)
    let document = OpenDocument(
      uri: uri, path: path, version: version, bytes: bytes, result: result)
    documents[uri] = document
    return document
  }

  /// The deferred edits' diagnostics, when the session finds nothing left in line after a
  /// message it answered itself (a cancelled request).
  public func flushDeferred() -> Reply {
    lintChanged()
  }

  /// Lints and publishes the documents whose edits were deferred.
  private func lintChanged() -> Reply {
    var reply = Reply()
    for uri in unlinted.sorted() {
      guard let document = documents[uri] else { continue }
      reply.messages +=
        publish(
          open(uri: uri, version: document.version, bytes: document.bytes)
        ).messages
    }
    unlinted = []
    return reply
  }

  /// A project file is checked as one (its own keys, catalog entries and globs); a
  /// deployment file its project's include/exclude globs leave out is not linted at all,
  /// as `vramlint check DIR` would skip it; without include globs, YAML that is no
  /// deployment (`DeploymentSniffer`) is left alone; the rest is linted as a deployment.
  private func lint(path: String, bytes: [UInt8]) -> LintResult {
    if path.hasSuffix("/" + ProjectConfig.fileName) || path == ProjectConfig.fileName {
      let (_, lines, diagnostics) = ProjectConfig.load(
        path: path, bytes: bytes, models: projects.models, gpus: projects.gpus)
      return LintResult(path: path, lines: lines, diagnostics: diagnostics, estimates: [])
    }
    let project = projects.project(forFileAt: path)
    let leftOut =
      (path.hasPrefix("/") && !projects.selects(path))
      || (project.config.include.isEmpty && !DeploymentSniffer.looksLikeDeployment(bytes))
    guard !leftOut else {
      return LintResult(path: path, lines: LineIndex(bytes: bytes), diagnostics: [], estimates: [])
    }
    return project.linter.lint(path: path, bytes: bytes)
  }

  private func publish(_ document: OpenDocument) -> Reply {
    let diagnostics = DiagnosticConverter.convert(document.result, uri: document.uri, encoding)
    let params = PublishDiagnosticsParams(
      uri: document.uri, version: document.version, diagnostics: diagnostics)
    return Reply(messages: [
      OutgoingMessage.notification(
        method: "textDocument/publishDiagnostics",
        params: (try? JSONValue.encoding(params)) ?? .null)
    ])
  }

  /// Asks the client to report changes to project files, which change every open
  /// document's defaults, severities and catalogs. The client's answer is not needed.
  static let watchProjectFiles = OutgoingMessage.request(
    id: .string("vramlint/watch-project-files"), method: "client/registerCapability",
    params: .object([
      "registrations": .array([
        .object([
          "id": .string("vramlint/watch-project-files"),
          "method": .string("workspace/didChangeWatchedFiles"),
          "registerOptions": .object([
            "watchers": .array([.object(["globPattern": .string("**/\(ProjectConfig.fileName)")])])
          ]),
        ])
      ])
    ]))

  /// The text of `uri` could not be followed: it is forgotten (hover, fixes and completion
  /// on a text we do not know could edit the wrong characters) and the user is told, since
  /// the diagnostics the editor shows are now stale. A pull for it is answered with an error.
  private func lose(_ uri: String, _ reason: String) -> Reply {
    documents[uri] = nil
    unlinted.remove(uri)
    lostDocuments[uri] = reason
    return Reply(messages: [
      OutgoingMessage.notification(
        method: "window/showMessage",
        params: .object([
          "type": .int(1),
          "message": .string(
            "vramlint lost track of \(OpenDocument.path(fromURI: uri)): \(reason). Its diagnostics are stale until the file is closed and reopened."
          ),
        ]))
    ])
  }

  private func log(_ text: String) -> JSONValue {
    OutgoingMessage.notification(
      method: "window/logMessage", params: .object(["type": .int(2), "message": .string(text)]))
  }
}
