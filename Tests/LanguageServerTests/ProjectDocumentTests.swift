import Foundation
import Testing

@testable import LanguageServer

/// The server follows the project file the way `vramlint check` does: `.vramlint.yaml`
/// itself is checked as a project file, the files its globs leave out are not linted, and
/// a change to it on disk re-lints what is open.
@Suite struct ProjectDocumentTests {
  /// A fresh directory with `files` (relative path → text), removed by the caller.
  static func directory(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("vramlint-lsp-\(UUID().uuidString)")
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
  }

  // 70B in bf16 is ~141 GB of weights: no 80 GB card holds it.
  static let tooBig = "model: llama-3.1-70b\nengine: vllm\ngpu: H100-80GB\n"

  @Test func projectFileIsCheckedAsAProjectFile() async throws {
    var client = try Client()
    _ = await client.initialize()
    // `defaults` and `include` are project keys (no unknown-key findings for them); the
    // misspelt `headrom` is not, and `headroom` must be a percentage.
    let diagnostics = await client.open(
      "file:///tmp/vramlint-project-doc/.vramlint.yaml",
      "defaults: {gpu: L40S}\ninclude: [\"deploy/**/*.yaml\"]\nheadrom: 10%\n")
    let codes = diagnostics.compactMap { $0["code"]?.stringValue }
    #expect(codes == ["unknown-key"])
    #expect(diagnostics.first?["range"]?["start"]?["line"] == .int(2))
  }

  @Test func filesTheProjectLeavesOutAreNotLinted() async throws {
    let root = try Self.directory([
      ".vramlint.yaml": "include: [\"deploy/**/*.yaml\"]\nexclude: [\"deploy/legacy/**\"]\n"
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    var client = try Client()
    _ = await client.initialize()
    let included = await client.open(
      root.appendingPathComponent("deploy/big.yaml").absoluteString, Self.tooBig)
    #expect(included.contains { $0["code"] == .string("does-not-fit") })
    let excluded = await client.open(
      root.appendingPathComponent("deploy/legacy/big.yaml").absoluteString, Self.tooBig)
    #expect(excluded.isEmpty)
    let outside = await client.open(
      root.appendingPathComponent("ci/workflow.yaml").absoluteString, "name: CI\non: push\n")
    #expect(outside.isEmpty)
  }

  @Test func changedProjectFileRelintsOpenDocuments() async throws {
    let root = try Self.directory([".vramlint.yaml": "defaults: {gpu: H100-80GB}\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    var client = try Client()
    _ = await client.initialize()
    // 8B in bf16 is ~16 GB of weights: it fits an 80 GB H100 and not a 12 GB RTX 3060.
    let uri = root.appendingPathComponent("deploy.yaml").absoluteString
    let before = await client.open(uri, "model: llama-3.1-8b\nengine: vllm\n")
    #expect(!before.contains { $0["code"] == .string("does-not-fit") })
    try "defaults: {gpu: RTX-3060-12GB}\n".write(
      to: root.appendingPathComponent(".vramlint.yaml"), atomically: true, encoding: .utf8)
    let reply = await client.notify(
      "workspace/didChangeWatchedFiles",
      .object([
        "changes": .array([
          .object([
            "uri": .string(root.appendingPathComponent(".vramlint.yaml").absoluteString),
            "type": .int(2),
          ])
        ])
      ]))
    #expect(Client.diagnostics(in: reply).contains { $0["code"] == .string("does-not-fit") })
  }
}

@Suite struct FileWatchRegistrationTests {
  func initialized(dynamicRegistration: Bool) async throws -> LanguageServer.Reply {
    var client = try Client()
    let workspace: JSONValue = .object([
      "didChangeWatchedFiles": .object(["dynamicRegistration": .bool(dynamicRegistration)])
    ])
    _ = await client.request(
      "initialize", .object(["capabilities": .object(["workspace": workspace])]))
    return await client.notify("initialized", .object([:]))
  }

  /// LSP 3.17 §workspace/didChangeWatchedFiles: a server registers its watchers with
  /// `client/registerCapability`, only where the client supports dynamic registration.
  @Test func projectFilesAreWatchedWhereTheClientCan() async throws {
    let registration = try await initialized(dynamicRegistration: true).messages.first
    #expect(registration?["method"] == .string("client/registerCapability"))
    #expect(registration?["id"] != nil)
    let watcher = registration?["params"]?["registrations"]?[0]
    #expect(watcher?["method"] == .string("workspace/didChangeWatchedFiles"))
    #expect(
      watcher?["registerOptions"]?["watchers"]?[0]?["globPattern"]
        == .string("**/.vramlint.yaml"))
    #expect(try await initialized(dynamicRegistration: false).messages.isEmpty)
  }
}

/// A burst of edits that arrive while the server is busy is linted once, with the text
/// the last edit left; a request in the burst still sees the latest text.
@Suite struct DeferredLintTests {
  func change(_ uri: String, version: Int, text: String) -> JSONValue {
    .object([
      "jsonrpc": .string("2.0"), "method": .string("textDocument/didChange"),
      "params": .object([
        "textDocument": .object(["uri": .string(uri), "version": .int(version)]),
        "contentChanges": .array([.object(["text": .string(text)])]),
      ]),
    ])
  }

  func publications(_ reply: LanguageServer.Reply) -> [JSONValue] {
    reply.messages.filter { $0["method"] == .string("textDocument/publishDiagnostics") }
  }

  @Test func aBurstOfEditsIsLintedOnce() async throws {
    var client = try Client()
    _ = await client.initialize()
    let uri = "file:///tmp/burst.yaml"
    _ = await client.open(uri, "model: llama-3.1-8b\ngpu: H100-80GB\n")
    // batch: -1 is out of range; batch: 2 is fine. The burst ends on the bad value.
    for (version, text) in [(2, "batch: 2\n"), (3, "batch: -1\n")] {
      let body = OutgoingMessage.body(
        change(uri, version: version, text: "model: llama-3.1-8b\ngpu: H100-80GB\n" + text))
      let deferred = await client.server.receive(body, moreQueued: true)
      #expect(publications(deferred).isEmpty)
    }
    let last = await client.server.receive(
      OutgoingMessage.body(
        change(uri, version: 4, text: "model: llama-3.1-8b\ngpu: H100-80GB\nbatch: -1\n")),
      moreQueued: false)
    let published = publications(last)
    #expect(published.count == 1)
    #expect(published.first?["params"]?["version"] == .int(4))
    let lines = published.first?["params"]?["diagnostics"]?.arrayValue?.compactMap {
      $0["range"]?["start"]?["line"]?.intValue
    }
    #expect(lines?.contains(2) == true)
  }

  @Test func aRequestInTheBurstSeesTheLatestText() async throws {
    var client = try Client()
    _ = await client.initialize()
    let uri = "file:///tmp/burst-hover.yaml"
    _ = await client.open(uri, "gpu: H100-80GB\n")
    _ = await client.server.receive(
      OutgoingMessage.body(change(uri, version: 2, text: "model: llama-3.1-8b\ngpu: H100-80GB\n")),
      moreQueued: true)
    let hover = await client.server.receive(
      OutgoingMessage.body(
        .object([
          "jsonrpc": .string("2.0"), "id": .int(99), "method": .string("textDocument/hover"),
          "params": .object([
            "textDocument": .object(["uri": .string(uri)]),
            "position": .object(["line": .int(0), "character": .int(8)]),
          ]),
        ])), moreQueued: true)
    // The deferred edit is published before the answer, and the answer is about the model.
    #expect(publications(hover).first?["params"]?["version"] == .int(2))
    #expect(
      hover.messages.last?["result"]?["contents"]?["value"]?.stringValue?.contains("| weights |")
        == true)
  }
}

/// YAML that is no deployment gets no diagnostics unless a project's include globs say it is.
@Suite struct DeploymentSnifferTests {
  @Test(arguments: [
    ("model: llama-3.1-8b\n", true),
    ("{engine: vllm, model : x}\n", true),
    ("# vramlint: gpu=H100-80GB\nbatch: 2\n", true),
    ("name: CI\non: push\njobs: {}\n", false),
    // KServe's `modelFormat:` and a `model_name:` key are other keys.
    ("spec:\n  predictor:\n    modelFormat: {name: huggingface}\n    model_name: x\n", false),
    // A heuristic's limit: `model:` inside a plain scalar counts too (the file is linted).
    ("description: the model: a sentence\n", true),
  ])
  func sniff(text: String, deployment: Bool) {
    #expect(DeploymentSniffer.looksLikeDeployment(Array(text.utf8)) == deployment)
  }

  @Test func workflowsAreLeftAloneWithoutIncludeGlobs() async throws {
    var client = try Client()
    _ = await client.initialize()
    let workflow = await client.open("file:///tmp/ci-workflow.yaml", "name: CI\non: push\n")
    #expect(workflow.isEmpty)
    let deployment = await client.open("file:///tmp/model-only.yaml", "model: llama-3.1-8b\n")
    #expect(deployment.contains { $0["code"] == .string("missing-field") })
  }
}
