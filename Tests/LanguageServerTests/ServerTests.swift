import Foundation
import Testing
import VRAMModel

@testable import LanguageServer

/// Drives the server actor in process, message by message, as a client would.
struct Client {
  let server: LanguageServer
  var nextID = 1

  init() throws {
    server = LanguageServer(
      models: try BundledCatalogs.models(), gpus: try BundledCatalogs.gpus(), version: "test")
  }

  mutating func request(_ method: String, _ params: JSONValue = .null) async -> JSONValue {
    let id = nextID
    nextID += 1
    let reply = await send(
      .object([
        "jsonrpc": .string("2.0"), "id": .int(id), "method": .string(method), "params": params,
      ]))
    return reply.messages.first { $0["id"] == .int(id) } ?? .null
  }

  func notify(_ method: String, _ params: JSONValue = .null) async -> LanguageServer.Reply {
    await send(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
  }

  func send(_ message: JSONValue) async -> LanguageServer.Reply {
    await server.receive(OutgoingMessage.body(message))
  }

  mutating func initialize(encodings: [String] = []) async -> JSONValue {
    let general: JSONValue = .object(["positionEncodings": .array(encodings.map(JSONValue.string))])
    let reply = await request(
      "initialize", .object(["capabilities": .object(["general": general])]))
    _ = await notify("initialized", .object([:]))
    return reply
  }

  func open(_ uri: String, _ text: String) async -> [JSONValue] {
    let reply = await notify(
      "textDocument/didOpen",
      .object([
        "textDocument": .object([
          "uri": .string(uri), "languageId": .string("yaml"), "version": .int(1),
          "text": .string(text),
        ])
      ]))
    return Self.diagnostics(in: reply)
  }

  static func diagnostics(in reply: LanguageServer.Reply) -> [JSONValue] {
    reply.messages.first { $0["method"]?.stringValue == "textDocument/publishDiagnostics" }?[
      "params"]?["diagnostics"]?.arrayValue ?? []
  }
}

/// Applies LSP text edits (UTF-16 positions) to a text: the client's side, written here
/// independently of the server's own edit code.
func applying(_ edits: [JSONValue], to text: String) -> String {
  var lines = text.components(separatedBy: "\n").map { Array($0.utf16) }
  let sorted = edits.sorted {
    let a = (
      $0["range"]?["start"]?["line"]?.intValue ?? 0,
      $0["range"]?["start"]?["character"]?.intValue ?? 0
    )
    let b = (
      $1["range"]?["start"]?["line"]?.intValue ?? 0,
      $1["range"]?["start"]?["character"]?.intValue ?? 0
    )
    return a > b
  }
  for edit in sorted {
    let start = edit["range"]!["start"]!
    let end = edit["range"]!["end"]!
    let (sl, sc) = (start["line"]!.intValue!, start["character"]!.intValue!)
    let (el, ec) = (end["line"]!.intValue!, end["character"]!.intValue!)
    let before = Array(lines[sl][..<min(sc, lines[sl].count)])
    let after = Array(lines[el][min(ec, lines[el].count)...])
    let inserted = edit["newText"]!.stringValue!.components(separatedBy: "\n").map {
      Array($0.utf16)
    }
    var replacement = inserted
    replacement[0] = before + replacement[0]
    replacement[replacement.count - 1] += after
    lines.replaceSubrange(sl...el, with: replacement)
  }
  return lines.map { String(decoding: $0, as: UTF16.self) }.joined(separator: "\n")
}

@Suite struct ServerTests {
  static let doesNotFit = """
    model: meta-llama/Llama-3.1-70B-Instruct
    engine: vllm
    gpu: H100-80GB
    seq_len: 8192
    batch: 16

    """

  @Test func lifecycle() async throws {
    var client = try Client()
    // Before initialize: ServerNotInitialized (-32002).
    let early = await client.request("textDocument/hover", .object([:]))
    #expect(early["error"]?["code"] == .int(-32002))
    let initialized = await client.initialize()
    #expect(initialized["result"]?["capabilities"]?["positionEncoding"] == .string("utf-16"))
    #expect(initialized["result"]?["serverInfo"]?["name"] == .string("vramlint"))
    let unknown = await client.request("workspace/symbol", .object([:]))
    #expect(unknown["error"]?["code"] == .int(-32601))
    let again = await client.request("initialize", .object([:]))
    #expect(again["error"]?["code"] == .int(-32600))
    let shutdown = await client.request("shutdown")
    #expect(shutdown["result"] == .null && shutdown["error"] == nil)
    #expect(await client.notify("exit").exitCode == 0)
  }

  @Test func exitWithoutShutdownIsStatusOne() async throws {
    var client = try Client()
    _ = await client.initialize()
    #expect(await client.notify("exit").exitCode == 1)
  }

  @Test func utf8IsUsedWhenOffered() async throws {
    var client = try Client()
    let reply = await client.initialize(encodings: ["utf-8", "utf-16"])
    #expect(reply["result"]?["capabilities"]?["positionEncoding"] == .string("utf-8"))
  }

  /// `{engine: vllm, model: 部署🚀, batch: -1}`: before `-1` come 22 ASCII characters, 部署
  /// (2 UTF-16 units, 6 UTF-8 bytes), 🚀 (a surrogate pair: 2 units, 4 bytes) and 9 more
  /// ASCII characters: UTF-16 column 22 + 2 + 2 + 9 = 35, UTF-8 column 22 + 6 + 4 + 9 = 41.
  @Test(arguments: [("utf-16", 35), ("utf-8", 41)])
  func rangesInTheNegotiatedEncoding(encoding: String, column: Int) async throws {
    var client = try Client()
    _ = await client.initialize(encodings: encoding == "utf-8" ? ["utf-8"] : [])
    let diagnostics = await client.open(
      "file:///tmp/emoji.yaml", "{engine: vllm, model: 部署🚀, batch: -1}\n")
    let outOfRange = diagnostics.first { $0["code"] == .string("out-of-range") }
    #expect(
      outOfRange?["range"]?["start"] == .object(["line": .int(0), "character": .int(column)]))
    #expect(outOfRange?["range"]?["end"]?["character"] == .int(column + 2))
  }

  /// The quick fix of a deployment that does not fit, applied by the client, makes the
  /// finding go away on the next change.
  @Test func quickFixRemovesTheFinding() async throws {
    var client = try Client()
    _ = await client.initialize()
    let uri = "file:///tmp/deploy.yaml"
    let before = await client.open(uri, Self.doesNotFit)
    let finding = try #require(before.first { $0["code"] == .string("does-not-fit") })
    #expect(finding["codeDescription"]?["href"]?.stringValue?.hasSuffix("does-not-fit.md") == true)
    #expect(finding["relatedInformation"]?.arrayValue?.isEmpty == false)
    let actions = await client.request(
      "textDocument/codeAction",
      .object([
        "textDocument": .object(["uri": .string(uri)]), "range": finding["range"]!,
        "context": .object(["diagnostics": .array([finding])]),
      ]))
    let list = try #require(actions["result"]?.arrayValue)
    let fix = try #require(list.first { $0["isPreferred"] == .bool(true) })
    #expect(fix["title"]?.stringValue?.contains("fits with") == true)
    let edits = try #require(fix["edit"]?["changes"]?[uri]?.arrayValue)
    let fixed = applying(edits, to: Self.doesNotFit)
    let reply = await client.notify(
      "textDocument/didChange",
      .object([
        "textDocument": .object(["uri": .string(uri), "version": .int(2)]),
        "contentChanges": .array([.object(["text": .string(fixed)])]),
      ]))
    let after = Client.diagnostics(in: reply)
    #expect(!after.contains { $0["code"] == .string("does-not-fit") }, "\(fixed)")
    #expect(list.contains { $0["title"]?.stringValue == "Disable does-not-fit for this line" })
  }

  /// Training fixes edit inside the `training:` block: each quick fix, applied, leaves a file
  /// without errors of its own whose step fits (LoRA on an A10 at micro-batch 8 needs
  /// recomputation or a smaller micro-batch). The nested `lora:` block comes last in one
  /// variant, so an added key must not land inside it.
  @Test(arguments: [
    "  recomputation: none\n  lora:\n    rank: 8\n    targets: [q_proj, v_proj]\n",
    "  lora: {rank: 8}\n  recomputation: none\n",
    // A block list ends (for libyaml) at the next key's line; the added key must not follow
    // `gpus: 1`, nor fall after the comment and blank line.
    "  recomputation: none\n  lora:\n    targets:\n      - q_proj\n      - v_proj\n\n# trailing\ngpus: 1\n",
  ])
  func trainingQuickFixesEditTheBlock(block: String) async throws {
    let text =
      "mode: training\nmodel: meta-llama/Llama-2-7b-hf\ngpu: A10\nbatch: 8\nseq_len: 2048\ntraining:\n  method: qlora\n"
      + block
    var client = try Client()
    _ = await client.initialize()
    let uri = "file:///tmp/train.yaml"
    let before = await client.open(uri, text)
    let finding = try #require(before.first { $0["code"] == .string("does-not-fit") })
    let actions = await client.request(
      "textDocument/codeAction",
      .object([
        "textDocument": .object(["uri": .string(uri)]), "range": finding["range"]!,
        "context": .object(["diagnostics": .array([finding])]),
      ]))
    let fixes = try #require(actions["result"]?.arrayValue).filter {
      $0["kind"] == .string("quickfix") && $0["title"]?.stringValue?.hasPrefix("Disable") == false
    }
    #expect(fixes.count >= 2)
    var version = 1
    for fix in fixes {
      let edits = try #require(fix["edit"]?["changes"]?[uri]?.arrayValue)
      let fixed = applying(edits, to: text)
      version += 1
      let reply = await client.notify(
        "textDocument/didChange",
        .object([
          "textDocument": .object(["uri": .string(uri), "version": .int(version)]),
          "contentChanges": .array([.object(["text": .string(fixed)])]),
        ]))
      let after = Client.diagnostics(in: reply)
      #expect(after.isEmpty, "\(fix["title"]?.stringValue ?? "")\n\(fixed)\n\(after)")
    }
  }

  /// Incremental changes apply in order against the text the previous one left; an old
  /// version arriving late is ignored.
  @Test func incrementalSyncAndVersions() async throws {
    var client = try Client()
    _ = await client.initialize()
    let uri = "file:///tmp/inc.yaml"
    _ = await client.open(uri, "model: llama-3.1-8b\ngpu: H100-80GB\nbatch: 1\n")
    func change(_ version: Int, line: Int, from: Int, to: Int, _ text: String) async -> [JSONValue]
    {
      let range: JSONValue = .object([
        "start": .object(["line": .int(line), "character": .int(from)]),
        "end": .object(["line": .int(line), "character": .int(to)]),
      ])
      return Client.diagnostics(
        in: await client.notify(
          "textDocument/didChange",
          .object([
            "textDocument": .object(["uri": .string(uri), "version": .int(version)]),
            "contentChanges": .array([.object(["range": range, "text": .string(text)])]),
          ])))
    }
    // batch: 1 → batch: -1 (out of range), then back to 1.
    let broken = await change(2, line: 2, from: 7, to: 8, "-1")
    #expect(broken.contains { $0["code"] == .string("out-of-range") })
    let repaired = await change(3, line: 2, from: 7, to: 9, "1")
    #expect(!repaired.contains { $0["code"] == .string("out-of-range") })
    // A late version 2 is not applied over version 3.
    let stale = await change(2, line: 2, from: 7, to: 8, "-5")
    #expect(stale.isEmpty)
    let pulled = await client.request(
      "textDocument/diagnostic", .object(["textDocument": .object(["uri": .string(uri)])]))
    #expect(pulled["result"]?["kind"] == .string("full"))
    #expect(
      pulled["result"]?["items"]?.arrayValue?.contains { $0["code"] == .string("out-of-range") }
        == false)
  }

  @Test func hoverOnModelAndGPU() async throws {
    var client = try Client()
    _ = await client.initialize()
    let uri = "file:///tmp/hover.yaml"
    _ = await client.open(uri, Self.doesNotFit)
    func hover(line: Int) async -> String? {
      await client.request(
        "textDocument/hover",
        .object([
          "textDocument": .object(["uri": .string(uri)]),
          "position": .object(["line": .int(line), "character": .int(2)]),
        ]))["result"]?["contents"]?["value"]?.stringValue
    }
    let model = await hover(line: 0)
    #expect(model?.contains("| weights |") == true)
    #expect(model?.contains("does not fit") == true)
    // H100 SXM: 3,350 GB/s (NVIDIA H100 datasheet).
    #expect(await hover(line: 2)?.contains("3350 GB/s") == true)
  }

  @Test func closeClearsDiagnostics() async throws {
    var client = try Client()
    _ = await client.initialize()
    let uri = "file:///tmp/close.yaml"
    #expect(!(await client.open(uri, Self.doesNotFit)).isEmpty)
    let reply = await client.notify(
      "textDocument/didClose", .object(["textDocument": .object(["uri": .string(uri)])]))
    #expect(reply.messages.count == 1 && Client.diagnostics(in: reply).isEmpty)
  }

  /// Garbage in any field is answered (requests) or logged (notifications); the server
  /// goes on serving.
  @Test func malformedMessagesAreSurvived() async throws {
    var client = try Client()
    _ = await client.initialize()
    let bad = await client.request("textDocument/hover", .object(["textDocument": .int(3)]))
    #expect(bad["error"]?["code"] == .int(-32602))
    let log = await client.notify("textDocument/didOpen", .string("nonsense"))
    #expect(log.messages.first?["method"] == .string("window/logMessage"))
    let parse = await client.server.receive(Array("{not json".utf8))
    #expect(parse.messages.first?["error"]?["code"] == .int(-32700))
    // A hostile document still gets diagnostics, not a crash.
    let diagnostics = await client.open(
      "file:///tmp/bomb.yaml", "model: &a [*a, *a]\n\t- x: {{{\n")
    #expect(!diagnostics.isEmpty)
    let still = await client.request("shutdown")
    #expect(still["result"] == .null)
  }

  @Test func completionOffersCatalogEntries() async throws {
    var client = try Client()
    _ = await client.initialize()
    let uri = "file:///tmp/complete.yaml"
    _ = await client.open(uri, "gpu: \n")
    let reply = await client.request(
      "textDocument/completion",
      .object([
        "textDocument": .object(["uri": .string(uri)]),
        "position": .object(["line": .int(0), "character": .int(5)]),
      ]))
    let items = reply["result"]?["items"]?.arrayValue ?? []
    let h100 = items.first { $0["label"] == .string("H100-80GB") }
    #expect(h100?["detail"]?.stringValue?.contains("GiB") == true)
  }
}
